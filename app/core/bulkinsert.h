#pragma once

// Fast insertion of many records of one entity for imports and generated data:
// one prepared statement reused for every row, no audit row per record. The
// caller holds the Transaction, writes one audit row for the whole operation and
// announces a Reset.

#include "repository.h"

namespace tt {

template<class T>
class BulkInserter
{
public:
    explicit BulkInserter(Database &db)
        : m_db(db)
        , m_query(db.prepare(
              QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                  .arg(tableInfo<T>().table, tableInfo<T>().columns.join(u','),
                       QStringList(tableInfo<T>().columns.size(), QStringLiteral("?")).join(u','))))
    {}

    // Inserts the record and sets row.id.
    Result<qint64> add(T &row)
    {
        int i = 0;
        T::visit(row, [&](const char *, const auto &field) {
            m_query.bindValue(i++, sqlvalue::toDb(field));
        });
        if (!m_query.exec() || !m_query.next())
            return m_db.sqlError(
                m_query, QStringLiteral("Inserting into %1 failed.").arg(tableInfo<T>().table));
        row.id = m_query.value(0).toLongLong();
        m_query.finish();
        return row.id;
    }

private:
    Database &m_db;
    QSqlQuery m_query;
};

} // namespace tt
