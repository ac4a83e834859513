#include "access.h"

#include "database.h"

#include <QSqlQuery>

namespace tt {

QString serverRoleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("twinning_viewer");
    case Role::Editor:
        return QStringLiteral("twinning_editor");
    case Role::Administrator:
        return QStringLiteral("twinning_admin");
    }
    return {};
}

namespace {

struct ServerRoles
{
    QString user;
    QSet<QString> existing; // the group roles defined on the server
    QSet<QString> member;   // those current_user is a member of
};

// pg_roles instead of pg_has_role(name): the latter fails outright on a server
// where a role is missing, and a missing role is an answer here, not an error.
Result<ServerRoles> readServerRoles(Database &db)
{
    ServerRoles roles;
    QSqlQuery user = db.prepare(QStringLiteral("SELECT current_user"));
    if (!user.exec() || !user.next())
        return db.sqlError(user, QStringLiteral("current_user"));
    roles.user = user.value(0).toString();
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT rolname, pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles "
                       "WHERE rolname IN (?, ?, ?)"));
    q.bindValue(0, serverRoleName(Role::Viewer));
    q.bindValue(1, serverRoleName(Role::Editor));
    q.bindValue(2, serverRoleName(Role::Administrator));
    if (!q.exec())
        return db.sqlError(q, QStringLiteral("pg_roles"));
    while (q.next()) {
        roles.existing.insert(q.value(0).toString());
        if (q.value(1).toBool())
            roles.member.insert(q.value(0).toString());
    }
    return roles;
}

Result<QSet<QString>> readEditorOblasts(Database &db, const QString &user)
{
    QSqlQuery q =
        db.prepare(QStringLiteral("SELECT oblast_iso FROM editor_oblast WHERE username = ?"));
    q.bindValue(0, user);
    if (!q.exec())
        return db.sqlError(q, QStringLiteral("editor_oblast"));
    QSet<QString> oblasts;
    while (q.next())
        oblasts.insert(q.value(0).toString());
    return oblasts;
}

} // namespace

Result<Access> readAccess(Database &db)
{
    Access access;
    if (db.dialect().isSqlite()) {
        access.user = db.actor();
        access.role = db.isReadOnly() ? Role::Viewer : Role::Administrator;
        return access;
    }
    auto roles = readServerRoles(db);
    if (!roles)
        return roles.error();
    access.user = roles->user;
    if (roles->existing.isEmpty())
        access.role = Role::Administrator;
    else if (roles->member.contains(serverRoleName(Role::Administrator)))
        access.role = Role::Administrator;
    else if (roles->member.contains(serverRoleName(Role::Editor)))
        access.role = Role::Editor;
    else
        access.role = Role::Viewer;
    if (access.role == Role::Editor) {
        auto oblasts = readEditorOblasts(db, access.user);
        if (!oblasts)
            return oblasts.error();
        access.oblasts = *oblasts;
    }
    if (db.isReadOnly())
        access.role = Role::Viewer;
    return access;
}

} // namespace tt
