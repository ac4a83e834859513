// Opening a database on a PostgreSQL server (Database::openServer), and what
// only a server has: roles and the oblasts of an editor.

#include "app/core/database.h"
#include "app/core/schema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace tt {

namespace {

struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// The URL as shown and kept: never with a password.
QString shownUrl(QUrl url)
{
    url.setPassword({});
    return url.toString();
}

bool mentions(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location,
                                                       const OpenOptions &options)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || database.isEmpty() || database.contains(u'/'))
        return Error::make(Error::Code::Invalid,
                           DatabaseText::tr("“%1” is not a server address of the form "
                                            "postgresql://USER@HOST:PORT/DATABASE.")
                               .arg(shownUrl(url)));
    const QString shown = shownUrl(url);
    // A password in the address shows in the list of processes, to every user
    // of the machine, and in the shell's history.
    if (!url.password().isEmpty())
        return Error::make(Error::Code::Invalid,
                           DatabaseText::tr("“%1”: the address must not carry a password, which "
                                            "every user of this computer could read in the list "
                                            "of processes. Give it in the environment variable "
                                            "PGPASSWORD or in the file ~/.pgpass instead.")
                               .arg(shown));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
#ifdef Q_OS_WIN
        // The Windows build has no PostgreSQL client library (docs/windows.md).
        return Error::make(Error::Code::Invalid,
                           DatabaseText::tr("“%1” cannot be opened: the Windows version of the "
                                            "program works with database files only, not with a "
                                            "PostgreSQL server. Open a .twinning file, or use the "
                                            "program on Debian for the server.")
                               .arg(shown));
#else
        return Error::make(Error::Code::Invalid,
                           DatabaseText::tr("“%1” cannot be opened: the PostgreSQL driver of Qt "
                                            "is not installed (Debian package libqt6sql6-psql).")
                               .arg(shown));
#endif
    }

    std::unique_ptr<Database> db(new Database(shown, {}, Dialect(Dialect::Engine::Postgres)));
    QSqlDatabase &c = db->m_db;
    // libpq's defaults fill what the URL leaves out: the local socket, port 5432,
    // the OS user's name; `?host=/run/postgresql` names a socket folder.
    const QUrlQuery query(url);
    const QString host = query.hasQueryItem(QStringLiteral("host"))
                             ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                             : url.host();
    if (!host.isEmpty())
        c.setHostName(host);
    if (url.port() > 0)
        c.setPort(url.port());
    c.setDatabaseName(database);
    if (!url.userName().isEmpty())
        c.setUserName(url.userName(QUrl::FullyDecoded));
    if (!options.password.isEmpty())
        c.setPassword(options.password);
    QStringList connectOptions = {QStringLiteral("connect_timeout=10"),
                                  QStringLiteral("application_name=twinning-tracker")};
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        connectOptions << QStringLiteral("sslmode=") +
                              query.queryItemValue(QStringLiteral("sslmode"));
    c.setConnectOptions(connectOptions.join(u';'));

    const QString where = host.isEmpty() ? QStringLiteral("localhost") : host;
    const QString at = url.port() > 0 ? QStringLiteral("%1:%2").arg(where).arg(url.port()) : where;
    if (!c.open()) {
        const QString detail = c.lastError().databaseText().trimmed();
        if (mentions(detail, {"password authentication failed", "no password supplied",
                              "authentication failed", "pg_hba.conf", "role \""}))
            return Error::make(Error::Code::Forbidden,
                               DatabaseText::tr("The server %1 did not accept the user “%2”: the "
                                                "password is wrong or missing, or the user may "
                                                "not log in to “%3”.")
                                   .arg(at, url.userName(), database),
                               detail);
        if (mentions(detail, {"database \""}) && mentions(detail, {"does not exist"}))
            return Error::make(Error::Code::NotFound,
                               DatabaseText::tr("The server %1 has no database “%2”. An "
                                                "administrator creates it with CREATE DATABASE.")
                                   .arg(at, database),
                               detail);
        return Error::make(Error::Code::Io,
                           DatabaseText::tr("The database server %1 cannot be reached; check the "
                                            "host name and port, and that the server runs.")
                               .arg(at),
                           detail);
    }

    QSqlQuery q(c);
    // The server's notices ("relation … already exists, skipping") would reach
    // the terminal through libpq; warnings and errors still do, and errors
    // reach the caller as an Error as well.
    q.exec(QStringLiteral("SET client_min_messages TO warning"));
    if (!q.exec(QStringLiteral("SELECT session_user, (SELECT count(*) FROM pg_tables WHERE "
                               "schemaname = current_schema())")) ||
        !q.next())
        return db->sqlError(q, DatabaseText::tr("“%1” cannot be opened.").arg(shown));
    db->m_serverUser = q.value(0).toString();
    db->m_actor = db->m_serverUser;
    const qint64 tables = q.value(1).toLongLong();
    q.finish();
    auto version = db->m_dialect.schemaVersion(c);
    if (!version)
        return version.error();
    if (*version == 0 && tables > 0)
        return Error::make(Error::Code::NotADatabase,
                           DatabaseText::tr("“%1” holds the tables of another program, not a "
                                            "Twinning Tracker database. It was left unchanged.")
                               .arg(shown));
    if (*version > currentSchemaVersion())
        return Error::make(
            Error::Code::NewerVersion,
            DatabaseText::tr("“%1” was written by a newer version of Twinning Tracker (data "
                             "format %2; this version reads up to %3). Update the program to "
                             "open it. The database was left unchanged.")
                .arg(shown)
                .arg(*version)
                .arg(currentSchemaVersion()));
    db->m_schemaVersion = *version;
    db->m_readOnly = options.readOnly;
    if (options.readOnly) {
        db->m_readOnlyReason = DatabaseText::tr("Opened read-only.");
        if (auto s =
                db->exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
            !s)
            return s.error();
    }

    const int target = options.targetVersion < 0
                           ? currentSchemaVersion()
                           : std::min(options.targetVersion, currentSchemaVersion());
    if (*version < target) {
        if (options.readOnly || !options.migrate)
            return Error::make(
                Error::Code::ReadOnly,
                DatabaseText::tr("“%1” must be upgraded to this version of Twinning Tracker "
                                 "before it can be used; open it once for writing.")
                    .arg(shown));
        // Backups of a server database are the administrator's (pg_dump); the
        // migration runs in one transaction, so a failure leaves it as it was.
        if (auto s = db->migrateTo(target); !s)
            return s.error();
    }
    return db;
}

Result<ServerRole> Database::serverRole()
{
    if (!isServer())
        return ServerRole::Admin;
    QSqlQuery q = prepare(
        QStringLiteral("SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user), "
                       "pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = ?"));
    auto member = [&](const char *role) -> Result<std::pair<bool, bool>> {
        q.addBindValue(QLatin1String(role));
        if (!q.exec())
            return sqlError(q, DatabaseText::tr("The role of the user could not be read."));
        if (!q.next())
            return std::pair{false, false};
        return std::pair{q.value(0).toBool(), q.value(1).toBool()};
    };
    auto admin = member("twinning_admin");
    if (!admin)
        return admin.error();
    if (admin->first || admin->second)
        return ServerRole::Admin;
    auto editor = member("twinning_editor");
    if (!editor)
        return editor.error();
    return editor->second ? ServerRole::Editor : ServerRole::Viewer;
}

Result<QStringList> Database::editableOblasts()
{
    if (!isServer())
        return QStringList();
    QSqlQuery q = prepare(QStringLiteral(
        "SELECT oblast_iso FROM editor_oblast WHERE username = session_user ORDER BY oblast_iso"));
    if (!q.exec())
        return sqlError(q, DatabaseText::tr("The oblasts of the editor could not be read."));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace tt
