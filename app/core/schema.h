#pragma once

// The schema and its numbered migrations. Version N of the schema is what
// migrations 1..N produce; Database::open runs the missing ones in one
// transaction after a backup copy of the file. A migration is never edited once
// released: a change to the schema is a new migration at the end of the list.

#include "result.h"

#include <QList>
#include <QString>

#include <functional>

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

// The tables a database of the current version must have, for `check`.
QStringList expectedTables();

} // namespace tt::schema
