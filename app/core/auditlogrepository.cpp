#include "app/core/repositories.h"

#include <QCoreApplication>

#include <algorithm>

namespace tt {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct RepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
};

} // namespace

// --- audit log ------------------------------------------------------------------

Result<QList<AuditEntry>> AuditLogRepository::query(const QString &where, const QVariantList &binds,
                                                    const QString &order) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, at, actor, entity, entity_id, action, "
                                              "changes, partnership_id FROM audit_log WHERE ") +
                               where + QStringLiteral(" ORDER BY ") + order);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return m_db.sqlError(q, RepositoryText::tr("The history could not be read."));
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        sqlvalue::fromDb(q.value(1), e.at);
        e.actor = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.changes = q.value(6).toString();
        e.partnershipId = q.value(7).toLongLong();
        out << e;
    }
    return out;
}

Result<QList<AuditEntry>> AuditLogRepository::forPartnership(qint64 partnershipId) const
{
    return query(QStringLiteral("partnership_id = ?"), {partnershipId});
}

Result<QList<AuditEntry>> AuditLogRepository::forEntity(const QString &entity, qint64 id) const
{
    return query(QStringLiteral("entity = ? AND entity_id = ?"), {entity, id});
}

Result<qint64> AuditLogRepository::count() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!q.exec() || !q.next())
        return m_db.sqlError(q, RepositoryText::tr("The history could not be read."));
    return q.value(0).toLongLong();
}

Result<qint64> AuditLogRepository::lastId() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT max(id) FROM audit_log"));
    if (!q.exec() || !q.next())
        return m_db.sqlError(q, RepositoryText::tr("The history could not be read."));
    return q.value(0).toLongLong();
}

Result<QList<AuditEntry>> AuditLogRepository::after(qint64 id, int limit) const
{
    return query(QStringLiteral("id > ?"), {id},
                 QStringLiteral("id LIMIT %1").arg(std::max(limit, 1)));
}

} // namespace tt
