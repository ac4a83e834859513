#pragma once

// The schema and its numbered migrations. Version N of the schema is what
// migrations 1..N produce; Database::open runs the missing ones in one
// transaction after a backup copy of the file. A migration is never edited once
// released: a change to the schema is a new migration at the end of the list.

#include "app/core/result.h"

#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace tt {
class Database;
}

namespace tt::schema {

struct Migration
{
    int version;
    QString description;
    std::function<Status(Database &)> apply;
};

const QList<Migration> &migrations();

// The tables whose records carry a row_version since format 10 (the pair's
// since format 3), checked and moved on by every update.
QStringList versionedTables();

// The tables a database of the current version must have, for `check`.
QStringList expectedTables();

// The schema objects of a connection (type, name, table and SQL of each, one
// line per object, sorted), without SQLite's own bookkeeping: the automatic
// indexes of UNIQUE constraints and the statistics tables of ANALYZE, these
// only as SQLite itself defines them (a table that merely takes their name is
// listed like any other).
Result<QStringList> objectsOf(QSqlDatabase &db);
// The objects a file of `version` has: what the migrations up to it create on
// an empty database. Computed, not written down, so that a new migration is
// covered without a list to keep in step; once per version and process.
Result<QStringList> expectedObjects(int version);

} // namespace tt::schema
