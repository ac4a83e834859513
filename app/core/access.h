#pragma once

// What the person at the keyboard may change. On an SQLite file that is
// everything (the file is theirs), unless it is open read-only. On a PostgreSQL
// server the server's roles decide: twinning_viewer reads, twinning_editor
// changes the pairs of the communities of the oblasts listed for them in
// editor_oblast, twinning_admin changes everything. The server enforces this
// itself (row-level security); Access only lets the window say so beforehand.

#include "app/core/result.h"

#include <QSet>
#include <QString>

namespace tt {

class Database;

enum class Role { Viewer, Editor, Administrator };

struct Access
{
    Role role = Role::Viewer;
    QString user;          // the database user on a server, the OS user on a file
    QSet<QString> oblasts; // an editor's oblasts (ISO 3166-2: UA-05)

    bool canEdit() const { return role != Role::Viewer; }
    bool canEditOblast(const QString &iso) const
    {
        return role == Role::Administrator || (role == Role::Editor && oblasts.contains(iso));
    }
};

// Reads the access of the current user. An SQLite file: Administrator, or
// Viewer when open read-only. A server: the strongest of the group roles the
// user is a member of (a superuser: Administrator; none: Viewer).
Result<Access> readAccess(Database &db);

// What a database allows before the server has been asked, and all an SQLite
// file ever needs: Administrator for the user written into the history,
// Viewer when open read-only. Reads nothing.
Access fileAccess(const Database &db);

} // namespace tt
