#include "app/core/access.h"

#include "app/core/database.h"

namespace tt {

Access fileAccess(const Database &db)
{
    Access access;
    access.user = db.actor();
    access.role = db.isReadOnly() ? Role::Viewer : Role::Administrator;
    return access;
}

Result<Access> readAccess(Database &db)
{
    if (db.dialect().isSqlite())
        return fileAccess(db);
    Access access;
    // The server's answer, read once by the database layer, which also writes
    // the same user into the history.
    auto role = db.serverRole();
    if (!role)
        return role.error();
    access.user = db.serverUser();
    switch (*role) {
    case ServerRole::Admin:
        access.role = Role::Administrator;
        break;
    case ServerRole::Editor:
        access.role = Role::Editor;
        break;
    case ServerRole::Viewer:
        access.role = Role::Viewer;
        break;
    }
    if (access.role == Role::Editor) {
        auto oblasts = db.editableOblasts();
        if (!oblasts)
            return oblasts.error();
        access.oblasts = QSet<QString>(oblasts->cbegin(), oblasts->cend());
    }
    if (db.isReadOnly())
        access.role = Role::Viewer;
    return access;
}

} // namespace tt
