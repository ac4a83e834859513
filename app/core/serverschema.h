#pragma once

// What only a PostgreSQL server database has from format 6 on: the tables and
// the functions belong to the NOLOGIN role twinning_owner, which no login holds
// once a migration is done; the history is written by triggers, with the
// server's login name and time; every function that runs with its owner's
// rights names its search_path (pg_temp last) and its tables with their
// schema; no role but the owner touches a sequence; temporary objects are not
// for PUBLIC. docs/security.md says what each role may do.

#include "app/core/result.h"

namespace tt {
class Database;
}

namespace tt::schema::server {

// The format from which twinning_owner owns the schema.
constexpr int ownerFormat = 6;

// A migration to format ownerFormat or later runs between these two: the
// migrator (a superuser, or a login with CREATEROLE that owns the database)
// is made a member of twinning_owner, and twinning_owner may create objects in
// the schema; leaving takes both back. `granted` says whether the membership
// was given here (a superuser needs none).
Status enterOwnerScope(Database &db, bool *granted);
Status leaveOwnerScope(Database &db, bool granted);
// Acts as twinning_owner until the end of the transaction, or of the scope.
Status actAsOwner(Database &db);

// Format 6 on a server: ownership, least privilege, the definer functions
// again with a fixed search_path, the history, row versions and the change
// counter kept by the server.
Status migrateToV6(Database &db);

// Format 7 on a server: erasing a person (twinning_erase_person, for
// administrators), the one change of the history there is.
Status migrateToV7(Database &db);

// Format 8 on a server: the office's settings (office_setting, made by the
// common migration as twinning_owner) read by all, changed by administrators,
// with their history.
Status migrateToV8(Database &db);
// The row versions of format 10: kept by the server's trigger on each table,
// and writable by the roles that change the table.
Status migrateToV10(Database &db);

} // namespace tt::schema::server
