#pragma once

// The generic repository: create, read, update and delete of one entity, each
// write in a transaction, with an audit_log row and a ChangeSet for the models.
// Entity repositories (repositories.h) add their rules and queries on top.

#include "app/core/database.h"
#include "app/core/entities.h"
#include "app/core/sqlvalue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace tt {

namespace detail {

struct TableInfo
{
    QString table;
    Entity entity;
    QStringList columns; // without id
    // The table has a row_version (optimistic locking): read after the columns,
    // checked and bumped by every update.
    bool versioned = false;
};

// Non-template halves of the repository operations (repository.cpp).
// `version`: the row_version to give a versioned row (a record put back by an
// undo keeps the version it had); none: the table's default, 1.
Result<qint64> insertRow(Database &db, const TableInfo &info, qint64 id, const QVariantList &values,
                         std::optional<qint64> version = {});
Status updateRow(Database &db, const TableInfo &info, qint64 id, const QStringList &columns,
                 const QVariantList &values, std::optional<qint64> expectedVersion);
Status deleteRow(Database &db, const TableInfo &info, qint64 id);
Result<QSqlQuery> selectRows(Database &db, const TableInfo &info, const QString &where,
                             const QVariantList &binds, const QString &orderBy);
Error notFound(const TableInfo &info, qint64 id);
Error conflict(const TableInfo &info, qint64 id);

} // namespace detail

// Writes one audit_log row in the current transaction. `partnershipId` is the
// pair the change concerns (the pair itself, or the parent of a milestone …), so
// that a pair's history can be read in one query; 0 when none.
Status writeAudit(Database &db, const QString &entity, qint64 entityId, qint64 partnershipId,
                  const QString &action, const QJsonObject &changes);

// A stored value as the audit log writes it: NULL as JSON null.
inline QJsonValue jsonValue(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

template<class T>
const detail::TableInfo &tableInfo()
{
    static const detail::TableInfo info = [] {
        detail::TableInfo i{QLatin1String(T::table), T::entity, {}};
        T sample;
        T::visit(sample, [&](const char *column, auto &) { i.columns << QLatin1String(column); });
        i.versioned = requires
        {
            sample.rowVersion;
        };
        return i;
    }();
    return info;
}

template<class T>
QVariantList rowValues(const T &row)
{
    QVariantList values;
    T::visit(row, [&](const char *, const auto &field) { values << sqlvalue::toDb(field); });
    return values;
}

// Reads a record from the current row of `q`, whose columns are id followed by
// the record's columns in visit() order.
template<class T>
T readRow(const QSqlQuery &q)
{
    T row;
    row.id = q.value(0).toLongLong();
    int i = 1;
    T::visit(row, [&](const char *, auto &field) { sqlvalue::fromDb(q.value(i++), field); });
    if constexpr (requires { row.rowVersion; })
        row.rowVersion = q.value(i).toLongLong();
    return row;
}

template<class T>
QList<qint64> parentIdsOf(const T &row)
{
    if constexpr (requires { row.partnershipId; })
        return {row.partnershipId};
    else
        return {};
}

template<class T>
qint64 auditPartnershipOf(const T &row)
{
    if constexpr (requires { row.partnershipId; })
        return row.partnershipId;
    else if constexpr (T::entity == Entity::Partnership)
        return row.id;
    else
        return 0;
}

template<class T>
class Repository
{
public:
    explicit Repository(Database &db)
        : m_db(db)
    {}
    virtual ~Repository() = default;
    Repository(const Repository &) = delete;
    Repository &operator=(const Repository &) = delete;

    Database &database() const { return m_db; }

    Result<T> get(qint64 id) const
    {
        auto rows = select(QStringLiteral("id = ?"), {id});
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return detail::notFound(tableInfo<T>(), id);
        return rows->first();
    }

    // Every row, by id. Entity repositories add the queries their callers need
    // by name (repositories.h); no SQL text is passed in from outside.
    Result<QList<T>> all() const { return select(); }

    // Inserts the record; sets row.id. A record that carries an id keeps it, so
    // that undoing a deletion brings back the same record.
    Result<qint64> insert(T &row)
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        prepare(row);
        if (auto s = validate(row); !s)
            return s.error();
        const QVariantList values = rowValues(row);
        std::optional<qint64> version;
        if constexpr (requires { row.rowVersion; }) {
            if (row.rowVersion > 0)
                version = row.rowVersion;
            else
                row.rowVersion = 1;
        }
        auto id = detail::insertRow(m_db, tableInfo<T>(), row.id, values, version);
        if (!id)
            return id.error();
        QJsonObject audit;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!values[i].isNull())
                audit.insert(tableInfo<T>().columns[i], jsonValue(values[i]));
        }
        row.id = *id;
        if (auto s = writeAudit(m_db, tableInfo<T>().table, *id, auditPartnershipOf(row),
                                QStringLiteral("insert"), audit);
            !s)
            return s.error();
        tx.notify({T::entity, ChangeSet::Kind::Inserted, {*id}, {}, parentIdsOf(row)});
        if (auto s = tx.commit(); !s) {
            row.id = 0;
            return s.error();
        }
        return *id;
    }

    // Writes the fields that differ from the stored record; the audit row keeps
    // each as [old, new].
    Status update(T row)
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        auto old = get(row.id);
        if (!old)
            return old.error();
        prepare(row);
        if (auto s = validate(row); !s)
            return s;
        const QVariantList before = rowValues(*old);
        const QVariantList after = rowValues(row);
        QStringList columns;
        QVariantList values;
        QJsonObject audit;
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (before[i] == after[i] && before[i].isNull() == after[i].isNull())
                continue;
            const QString &column = tableInfo<T>().columns[i];
            columns << column;
            values << after[i];
            audit.insert(column, QJsonArray{jsonValue(before[i]), jsonValue(after[i])});
        }
        std::optional<qint64> expectedVersion;
        if constexpr (requires { row.rowVersion; }) {
            // 0: a record built without reading it (an import) writes unchecked.
            if (row.rowVersion > 0 && row.rowVersion != old->rowVersion)
                return detail::conflict(tableInfo<T>(), row.id);
            expectedVersion = old->rowVersion;
        }
        if (columns.isEmpty())
            return {};
        if (auto s =
                detail::updateRow(m_db, tableInfo<T>(), row.id, columns, values, expectedVersion);
            !s)
            return s;
        if (auto s = writeAudit(m_db, tableInfo<T>().table, row.id, auditPartnershipOf(row),
                                QStringLiteral("update"), audit);
            !s)
            return s;
        QList<qint64> parents = parentIdsOf(*old);
        for (qint64 p : parentIdsOf(row)) {
            if (!parents.contains(p))
                parents << p;
        }
        tx.notify({T::entity, ChangeSet::Kind::Updated, {row.id}, columns, parents});
        return tx.commit();
    }

    // Deletes the record; the audit row keeps what it held. `seenVersion`: the
    // row version of the record as the person deleting it saw it; when someone
    // else has saved it since, nothing is deleted and the error is a Conflict.
    // 0 deletes unchecked.
    Status remove(qint64 id, qint64 seenVersion = 0)
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        auto old = get(id);
        if (!old)
            return old.error();
        if constexpr (requires { old->rowVersion; }) {
            if (seenVersion > 0 && seenVersion != old->rowVersion)
                return detail::conflict(tableInfo<T>(), id);
        }
        if (auto s = detail::deleteRow(m_db, tableInfo<T>(), id); !s)
            return s;
        const QVariantList values = rowValues(*old);
        QJsonObject audit;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!values[i].isNull())
                audit.insert(tableInfo<T>().columns[i], jsonValue(values[i]));
        }
        if (auto s = writeAudit(m_db, tableInfo<T>().table, id, auditPartnershipOf(*old),
                                QStringLiteral("delete"), audit);
            !s)
            return s;
        tx.notify({T::entity, ChangeSet::Kind::Removed, {id}, {}, parentIdsOf(*old)});
        return tx.commit();
    }

protected:
    // Rows matching an SQL condition over the table's own columns: for the
    // named queries of the entity repositories only.
    Result<QList<T>> select(const QString &where = {}, const QVariantList &binds = {},
                            const QString &orderBy = QStringLiteral("id")) const
    {
        auto q = detail::selectRows(m_db, tableInfo<T>(), where, binds, orderBy);
        if (!q)
            return q.error();
        QList<T> rows;
        while (q->next())
            rows << readRow<T>(*q);
        return rows;
    }

    // Fills derived fields before a write (a Latin name from the Ukrainian one …).
    virtual void prepare(T &) const {}
    // The rules a record must keep; runs inside the write transaction, so a check
    // and the write that relies on it cannot be split by another writer.
    virtual Status validate(const T &) const { return {}; }

    Database &m_db;
};

} // namespace tt
