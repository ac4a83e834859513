#pragma once

#include "app/core/database.h"

namespace tt {

// Takes the secondary indexes of a table away for a bulk insert and creates
// them again from their own SQL: building an index once over the finished table
// is several times faster than updating it for every one of 100,000 rows. Both
// happen inside the caller's Transaction, so a failure, or a rollback, leaves
// the indexes as they were. The indexes behind UNIQUE and PRIMARY KEY
// constraints stay, and go on checking every row. A unique index of its own
// (the pair's, schema.cpp) checks the rows when it is built again: a duplicate
// fails the restore, and the transaction with it. Until then a lookup by its
// columns reads the whole table.
class IndexSuspension
{
public:
    static Result<IndexSuspension> suspend(Database &db, const QString &table);
    // Creates the indexes again; to be called before the commit.
    Status restore();

private:
    explicit IndexSuspension(Database &db)
        : m_db(&db)
    {}
    Database *m_db;
    QStringList m_statements; // CREATE INDEX …
};

} // namespace tt
