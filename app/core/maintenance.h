#pragma once

// Whole-database operations for `check` and the status bar: counts, integrity,
// the shape of the schema.

#include "app/core/database.h"

#include <QList>
#include <QPair>

namespace tt {

struct CheckReport
{
    int schemaVersion = 0;
    QStringList integrityProblems; // empty when all is well
    QStringList missingTables;
    QList<QPair<QString, qint64>> counts; // table name, rows
    bool ok() const { return integrityProblems.isEmpty() && missingTables.isEmpty(); }
};

Result<CheckReport> checkDatabase(Database &db);
Result<qint64> countRows(Database &db, const QString &table);
// At least as many as the rows of `table`, read from its highest id in no
// time at all (a count reads the whole table: 20 ms at 100,000 pairs).
Result<qint64> rowsAtMost(Database &db, const QString &table);

} // namespace tt
