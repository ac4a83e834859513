#pragma once

// Moving a whole database between engines (`copy`, `check --same-as`): every
// table of the schema, row for row, with the ids, the history and the version
// of each pair as they were.

#include "app/core/database.h"

#include <QByteArray>
#include <QList>

namespace tt {

struct TableDigest
{
    QString table;
    qint64 rows = 0;
    // SHA-256 over the rows' values, independent of the order the engine returns
    // them in and of how it types a number.
    QByteArray hash;
};

// Whether `db` holds anything beyond the catalogues a new database is seeded
// with (pairs, partner places, agreements, the office's settings, history).
Result<bool> holdsData(Database &db);

// Copies everything in `from` into `to`, which must be of the same schema
// version. `to` must hold no data unless `replace` is set, in which case what it
// holds is deleted first; all in one transaction of `to`.
Status copyDatabase(Database &from, Database &to, bool replace);

Result<QList<TableDigest>> digestDatabase(Database &db);

} // namespace tt
