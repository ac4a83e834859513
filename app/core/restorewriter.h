#pragma once

// The writes of a restore from a backup that the generic repository does not
// offer: records that keep the id they had in the backup, the bytes of a
// document, and the ids a backup does not hold. The caller holds the
// Transaction; nothing here announces changes.

#include "app/core/repository.h"

namespace tt {

// Inserts records with their own ids, or overwrites the record of that id (the
// catalogue of areas a new database is seeded with), reusing one statement.
template<class T>
class RestoreWriter
{
public:
    explicit RestoreWriter(Database &db)
        : m_db(db)
        , m_query(db.prepare(statement()))
    {}
    // Moves the table's id generator past the restored ids (on a server; SQLite
    // does it by itself). A failure here means the transaction failed already.
    ~RestoreWriter()
    {
        if (const QString sql = m_db.dialect().resyncIds(tableInfo<T>().table); !sql.isEmpty())
            (void)m_db.exec(sql);
    }
    RestoreWriter(const RestoreWriter &) = delete;
    RestoreWriter &operator=(const RestoreWriter &) = delete;

    Status put(const T &row)
    {
        m_query.bindValue(0, row.id);
        int i = 1;
        T::visit(row, [&](const char *, const auto &field) {
            m_query.bindValue(i++, sqlvalue::toDb(field));
        });
        if (!m_query.exec())
            return m_db.sqlError(
                m_query, QStringLiteral("Restoring a row of %1 failed.").arg(tableInfo<T>().table));
        m_query.finish();
        return {};
    }

private:
    static QString statement()
    {
        const QStringList &columns = tableInfo<T>().columns;
        QStringList updates;
        for (const QString &c : columns)
            updates << c + QStringLiteral(" = excluded.") + c;
        return QStringLiteral(
                   "INSERT INTO %1 (id,%2) VALUES (?,%3) ON CONFLICT (id) DO UPDATE SET %4")
            .arg(tableInfo<T>().table, columns.join(u','),
                 QStringList(columns.size(), QStringLiteral("?")).join(u','), updates.join(u','));
    }

    Database &m_db;
    QSqlQuery m_query;
};

// Stores the bytes of a document whose record exists.
Status storeDocumentContent(Database &db, qint64 documentId, const QByteArray &content);

// Ids of every record of a table that a backup does not hold, for the restore to
// remove (the seeded areas a user had deleted before the backup).
Result<QList<qint64>> recordIds(Database &db, const QString &table);

} // namespace tt
