#include "app/core/restorewriter.h"

#include <QCoreApplication>

namespace tt {

Status storeDocumentContent(Database &db, qint64 documentId, const QByteArray &content)
{
    QSqlQuery q = db.prepare(QStringLiteral("UPDATE document SET content = ? WHERE id = ?"));
    q.addBindValue(content);
    q.addBindValue(documentId);
    if (!q.exec())
        return db.sqlError(
            q, QCoreApplication::translate("Repository", "The file could not be stored."));
    return {};
}

Result<QList<qint64>> recordIds(Database &db, const QString &table)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
    if (!q.exec())
        return db.sqlError(
            q, QCoreApplication::translate("Repository", "The records could not be read."));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace tt
