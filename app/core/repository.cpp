#include "app/core/repository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace tt {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct RepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
};

} // namespace

namespace detail {

Result<qint64> insertRow(Database &db, const TableInfo &info, qint64 id, const QVariantList &values,
                         std::optional<qint64> version)
{
    QStringList columns = info.columns;
    QVariantList binds = values;
    if (version && info.versioned) {
        columns << QStringLiteral("row_version");
        binds << *version;
    }
    if (id > 0) {
        columns.prepend(QStringLiteral("id"));
        binds.prepend(id);
    }
    const QString placeholders = QStringList(columns.size(), QStringLiteral("?")).join(u',');
    QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                 .arg(info.table, columns.join(u','), placeholders));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return db.sqlError(q, RepositoryText::tr("The record could not be added."));
    const qint64 newId = q.value(0).toLongLong();
    // A server's ids come from its own generator, which has passed every id the
    // program gives back (an undone deletion); moving it would need rights on
    // the sequence, which no role but the owner holds.
    if (id > 0 && !db.isServer()) {
        if (const QString sql = db.dialect().resyncIds(info.table); !sql.isEmpty()) {
            if (auto s = db.exec(sql); !s)
                return s.error();
        }
    }
    return newId;
}

// Why a write by id touched no row: the record is gone, someone else changed
// it since it was read (`expectedVersion`), or the server's row-level security
// hides it from this user's writes.
Error missedRow(Database &db, const TableInfo &info, qint64 id,
                std::optional<qint64> expectedVersion)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
            .arg(info.versioned ? QStringLiteral("row_version") : QStringLiteral("1"), info.table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return notFound(info, id);
    if (expectedVersion && q.value(0).toLongLong() != *expectedVersion)
        return conflict(info, id);
    return Error::make(Error::Code::Forbidden,
                       RepositoryText::tr("The server does not allow your role to change this "
                                          "record."),
                       QStringLiteral("%1 #%2").arg(info.table).arg(id));
}

Status updateRow(Database &db, const TableInfo &info, qint64 id, const QStringList &columns,
                 const QVariantList &values, std::optional<qint64> expectedVersion)
{
    QStringList sets;
    for (const QString &c : columns)
        sets << c + QStringLiteral(" = ?");
    QString where = QStringLiteral("id = ?");
    if (expectedVersion) {
        // Checked in the statement itself, not only by the read before it: on a
        // server a concurrent writer can commit between the two.
        sets << QStringLiteral("row_version = row_version + 1");
        where += QStringLiteral(" AND row_version = ?");
    }
    QSqlQuery q = db.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(info.table, sets.join(u','), where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    if (expectedVersion)
        q.addBindValue(*expectedVersion);
    if (!q.exec())
        return db.sqlError(q, RepositoryText::tr("The record could not be saved."));
    if (q.numRowsAffected() == 0)
        return missedRow(db, info, id, expectedVersion);
    return {};
}

Status deleteRow(Database &db, const TableInfo &info, qint64 id)
{
    QSqlQuery q = db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(info.table));
    q.addBindValue(id);
    if (!q.exec())
        return db.sqlError(q, RepositoryText::tr("The record could not be deleted."));
    if (q.numRowsAffected() == 0)
        return missedRow(db, info, id, std::nullopt);
    return {};
}

Result<QSqlQuery> selectRows(Database &db, const TableInfo &info, const QString &where,
                             const QVariantList &binds, const QString &orderBy)
{
    QString sql =
        QStringLiteral("SELECT id, %1%2 FROM %3")
            .arg(info.columns.join(u','),
                 info.versioned ? QStringLiteral(", row_version") : QString(), info.table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(q, RepositoryText::tr("The records could not be read."));
    return q;
}

Error conflict(const TableInfo &info, qint64 id)
{
    return Error::make(Error::Code::Conflict,
                       RepositoryText::tr("Someone else changed this record after you opened it. "
                                          "Reload it to see their change, then edit again."),
                       QStringLiteral("%1 #%2").arg(info.table).arg(id));
}

Error notFound(const TableInfo &info, qint64 id)
{
    return Error::make(
        Error::Code::NotFound,
        RepositoryText::tr("The record was not found; it may have been deleted meanwhile."),
        QStringLiteral("%1 #%2").arg(info.table).arg(id));
}

} // namespace detail

Status writeAudit(Database &db, const QString &entity, qint64 entityId, qint64 partnershipId,
                  const QString &action, const QJsonObject &changes)
{
    // A server writes the history itself, by trigger, for every change
    // (serverschema.h); no login may write it.
    if (db.isServer())
        return {};
    const QString actor = db.dialect().auditActor();
    QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, "
                                            "partnership_id, action, changes) "
                                            "VALUES (?, %1, ?, ?, ?, ?, ?)")
                                 .arg(actor));
    q.addBindValue(sqlvalue::toDb(QDateTime::currentDateTimeUtc()));
    if (actor == u'?')
        q.addBindValue(db.actor());
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(partnershipId > 0 ? QVariant(partnershipId)
                                     : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(action);
    q.addBindValue(changes.isEmpty() ? sqlvalue::null()
                                     : QVariant(QString::fromUtf8(
                                           QJsonDocument(changes).toJson(QJsonDocument::Compact))));
    if (!q.exec())
        return db.sqlError(q,
                           RepositoryText::tr("The change could not be recorded in the history."));
    return {};
}

} // namespace tt
