#pragma once

// The database layer. A Database is one open document: an SQLite file (the
// default) or a PostgreSQL server database (postgresql://USER@HOST:PORT/DB). It owns the
// connection, knows its dialect, migrates the schema on open and runs every write inside a
// Transaction. Repositories (repositories.h) are the only code that holds SQL.

#include "app/core/changenotifier.h"
#include "app/core/dialect.h"
#include "app/core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace tt {

struct OpenOptions
{
    // Auto: quick_check for files up to 64 MiB; a national database is opened
    // without waiting for a scan of every page (`check` runs the full one).
    enum class Integrity { None, Auto, Quick, Full };

    bool readOnly = false; // open read-only even when the file is writable
    bool create = true;    // create the file when it does not exist
    bool migrate = true;   // bring an older schema up to date (after a backup)
    Integrity integrity = Integrity::Auto;
    // SQLite's page cache of the connection (files only). Working: up to 64
    // MiB, for the window's connection, which edits and imports. Scan: a few
    // pages, for a connection that reads through once (the milestones in the
    // background, the daily backup copy): a scan reads no page twice, and a
    // large cache would only hold the file in memory beside the read model.
    enum class Cache { Working, Scan };
    Cache cache = Cache::Working;
    // Migrate only this far (tests build files of older versions with it);
    // -1: the current version.
    int targetVersion = -1;
    // Server databases only: the password, asked for by the program and never
    // stored. Empty: libpq's own sources (PGPASSWORD, ~/.pgpass, a peer or trust
    // socket).
    QString password;
};

// What the server lets the user do (PostgreSQL roles twinning_viewer,
// twinning_editor, twinning_admin). A file is always Admin: the file system
// decides there.
enum class ServerRole { Viewer, Editor, Admin };

class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `path` is a file, or a server URL (isServerUrl). Opening a server database
    // fails with a message that says what and where: Io when the server cannot be
    // reached, Forbidden when it refuses the user or password, NotFound when the
    // database does not exist, Invalid when Qt's PostgreSQL driver is missing.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const OpenOptions &options = {});
    static bool isServerUrl(const QString &location);

    static int currentSchemaVersion();
    // How long a statement on a file waits for another connection's lock.
    static constexpr int busyTimeoutMs = 10000;
    // Marks our SQLite files; PRAGMA application_id reads it back.
    static constexpr int applicationId = 0x54574E47; // "TWNG"

    // The file path, or the server URL (without a password).
    QString path() const { return m_path; }
    bool isServer() const { return !m_dialect.isSqlite(); }
    // The login name on the server; empty for a file.
    QString serverUser() const { return m_serverUser; }
    // The user's role on the server, read again on each call; Admin for a file.
    Result<ServerRole> serverRole();
    // The oblasts (ISO codes) an editor may change pairs of (editor_oblast).
    Result<QStringList> editableOblasts();
    bool isReadOnly() const { return m_readOnly; }
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Why the database is read-only, for the status bar; empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy made before the last migration, empty when none was needed.
    QString migrationBackupPath() const { return m_backupPath; }

    const Dialect &dialect() const { return m_dialect; }
    QSqlDatabase &connection() { return m_db; }
    ChangeNotifier &notifier() { return m_notifier; }
    // Tells the notifier's listeners of changes another process committed, as
    // the changes of this connection's own transactions are told.
    void announceChanges(const QList<ChangeSet> &changes);

    // Who is written into the audit log: the OS user unless set otherwise.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // A prepared query on this connection; `sql` uses ? placeholders.
    QSqlQuery prepare(const QString &sql);
    // Runs a statement with no parameters; the error says what failed.
    Status exec(const QString &sql);

    // Gives back the memory of SQLite's page cache (PRAGMA shrink_memory), as
    // after reading whole tables once, whose pages would otherwise stay beside
    // what was read from them. Nothing on a server.
    void releaseCache();

    // Integrity: "ok" or the problems found (PRAGMA integrity_check).
    Result<QStringList> integrityProblems(bool full = true);

    // Translates a failed query into an Error a person can read.
    Error sqlError(const QSqlQuery &query, const QString &what) const;

private:
    friend class Transaction;
    Database(QString path, QString connectionName, Dialect dialect);

    static Result<std::unique_ptr<Database>> openServer(const QString &url,
                                                        const OpenOptions &options);
    Status configureSqlite(OpenOptions::Cache cache);
    Status migrateTo(int target);

    void queueChange(ChangeSet change);
    void flushChanges();
    void discardChangesAfter(qsizetype mark);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    Dialect m_dialect;
    ChangeNotifier m_notifier;
    QString m_actor;
    QString m_serverUser;
    QString m_readOnlyReason;
    QString m_backupPath;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QList<ChangeSet> m_pending;
    bool m_announceToOthers = false; // a change no ChangeSet tells (office settings)
};

// A write transaction. The outermost one begins and commits; nested ones use
// savepoints, so a helper can open its own without knowing who called it. A
// Transaction that is destroyed without commit() rolls back, and the changes it
// queued are never announced.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not begin (read-only, locked …).
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }

    void notify(ChangeSet change);
    // Other clients of a server hear of this transaction's commit although it
    // tells this window's views nothing (the office's settings).
    void announceToOthers() { m_db.m_announceToOthers = true; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    Error m_error;
    int m_depth = 0;
    qsizetype m_mark = 0;
    bool m_active = false;
};

} // namespace tt
