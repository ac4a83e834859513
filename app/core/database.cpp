#include "app/core/database.h"

#include "app/core/schema.h"
#include "app/core/serverschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <map>

namespace tt {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("tt-db-%1").arg(++counter);
}

QString osUser()
{
    for (const char *name : {"TWINNING_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

bool hasSqliteHeader(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return false;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

// What differs between a file's schema and the expected one, in words.
QStringList schemaDifferences(const QStringList &actual, const QStringList &expected)
{
    auto split = [](const QStringList &lines) {
        std::map<QString, QString> byName; // "table “x”" → its SQL
        for (const QString &line : lines) {
            const QStringList parts = line.split(u'\x1f');
            byName[parts.value(0) + QStringLiteral(" “") + parts.value(1) + QStringLiteral("”")] =
                parts.value(3);
        }
        return byName;
    };
    const auto have = split(actual);
    const auto want = split(expected);
    QStringList out;
    for (const auto &[name, sql] : have) {
        const auto it = want.find(name);
        if (it == want.end())
            out << DatabaseText::tr("%1 is not part of the program's schema").arg(name);
        else if (it->second != sql)
            out << DatabaseText::tr("%1 differs from the program's definition").arg(name);
    }
    for (const auto &[name, sql] : want) {
        if (!have.contains(name))
            out << DatabaseText::tr("%1 is missing").arg(name);
    }
    return out;
}

} // namespace

Database::Database(QString path, QString connectionName, Dialect dialect)
    : m_path(std::move(path))
    , m_connectionName(connectionName.isEmpty() ? nextConnectionName() : std::move(connectionName))
    , m_db(QSqlDatabase::addDatabase(dialect.isSqlite() ? QStringLiteral("QSQLITE")
                                                        : QStringLiteral("QPSQL"),
                                     m_connectionName))
    , m_dialect(dialect)
    , m_actor(osUser())
{
    if (m_dialect.isSqlite())
        m_db.setDatabaseName(m_path);
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::currentSchemaVersion()
{
    return static_cast<int>(schema::migrations().size());
}

namespace {

// A rollback journal left by a change that was cut off (the program killed
// while a bulk import committed, journalswitch.h) is played back as SQLite does
// on the first read of a writable connection: a read-only one cannot, and would
// take the file for damaged. Any connection that opens the file first would do
// the same; what the file held before the change is what it holds after. Done
// also before a read-only opening, when the file and its folder may be written.
void rollBackCutOffChange(const QString &path)
{
    const QFileInfo file(path);
    if (QFileInfo(path + QStringLiteral("-journal")).size() == 0 || !file.isWritable() ||
        !QFileInfo(file.absolutePath()).isWritable())
        return;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(Database::busyTimeoutMs));
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    if (isServerUrl(path))
        return openServer(path, options);
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists() && info.isDir())
        return Error::make(Error::Code::Io,
                           DatabaseText::tr("“%1” is a folder, not a database file.").arg(shown));
    if (!info.exists() && !options.create)
        return Error::make(Error::Code::Io,
                           DatabaseText::tr("The database “%1” does not exist.").arg(shown));

    const bool fresh = !info.exists() || info.size() == 0;
    if (!fresh) {
        QString problem;
        if (!hasSqliteHeader(path, &problem)) {
            if (!problem.isEmpty())
                return Error::make(Error::Code::Io,
                                   DatabaseText::tr("“%1” cannot be read.").arg(shown), problem);
            return Error::make(
                Error::Code::NotADatabase,
                DatabaseText::tr("“%1” is not a Twinning Tracker database: it is not an SQLite "
                                 "file at all. It was left unchanged.")
                    .arg(shown));
        }
    }

    bool readOnly = options.readOnly;
    QString readOnlyReason = readOnly ? DatabaseText::tr("Opened read-only.") : QString();
    if (!readOnly && !fresh) {
        // The owner's write bit, not access(2): a file marked read-only stays
        // read-only even for an administrator, who could write it anyway.
        const QFileInfo dir(info.absolutePath());
        if (!(info.permissions() & QFileDevice::WriteOwner) || !info.isWritable()) {
            readOnly = true;
            readOnlyReason = DatabaseText::tr("The file is read-only.");
        } else if (!dir.isWritable()) {
            readOnly = true;
            readOnlyReason = DatabaseText::tr("The folder of the file is read-only.");
        }
    }
    if (fresh && readOnly)
        return Error::make(
            Error::Code::ReadOnly,
            DatabaseText::tr("“%1” is empty and cannot be created read-only.").arg(shown));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return Error::make(Error::Code::Io,
                           DatabaseText::tr("The folder for “%1” cannot be created.").arg(shown));

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), nextConnectionName(),
                                              Dialect(Dialect::Engine::Sqlite)));
    const int target = options.targetVersion < 0
                           ? currentSchemaVersion()
                           : std::min(options.targetVersion, currentSchemaVersion());
    int version = 0;
    int objects = 0;

    if (!fresh)
        rollBackCutOffChange(info.absoluteFilePath());
    if (!fresh) {
        // Look before touching: the file is inspected over a read-only connection,
        // so that a file we refuse is left exactly as it was.
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db->m_db.open())
            return Error::make(Error::Code::Io,
                               DatabaseText::tr("“%1” cannot be opened.").arg(shown),
                               db->m_db.lastError().text());
        QSqlQuery q(db->m_db);
        q.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
            return Error::make(
                Error::Code::NotADatabase,
                DatabaseText::tr("“%1” is damaged or is not an SQLite database. It was left "
                                 "unchanged.")
                    .arg(shown),
                q.lastError().text());
        objects = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA application_id"));
        const int appId = q.next() ? q.value(0).toInt() : 0;
        q.exec(QStringLiteral("PRAGMA user_version"));
        version = q.next() ? q.value(0).toInt() : 0;
        q.finish();

        if (appId != applicationId && objects > 0)
            return Error::make(
                Error::Code::NotADatabase,
                DatabaseText::tr("“%1” is an SQLite database of another program, not a Twinning "
                                 "Tracker database. It was left unchanged.")
                    .arg(shown));
        if (version > currentSchemaVersion())
            return Error::make(
                Error::Code::NewerVersion,
                DatabaseText::tr("“%1” was written by a newer version of Twinning Tracker (data "
                                 "format %2; this version reads up to %3). Update the program to "
                                 "open it. The file was left unchanged.")
                    .arg(shown)
                    .arg(version)
                    .arg(currentSchemaVersion()));
        // The file's schema must be exactly what our migrations make at its
        // version: a trigger, view or changed table that came with the file would
        // otherwise run, or mislead, the first time we write. Compared as text
        // before anything else reads a table.
        if (objects > 0) {
            auto expected = schema::expectedObjects(version);
            if (!expected)
                return expected.error();
            auto actual = schema::objectsOf(db->m_db);
            if (!actual)
                return Error::make(
                    Error::Code::NotADatabase,
                    DatabaseText::tr("“%1” is damaged or is not an SQLite database. It was left "
                                     "unchanged.")
                        .arg(shown),
                    actual.error().message);
            if (const QStringList diff = schemaDifferences(*actual, *expected); !diff.isEmpty())
                return Error::make(
                    Error::Code::NotADatabase,
                    DatabaseText::tr("“%1” was not opened: its structure is not the one Twinning "
                                     "Tracker gives its files (%2). It may have been changed by "
                                     "another program. Nothing stored in it was run, and it was "
                                     "left unchanged.")
                        .arg(shown, diff.mid(0, 3).join(QStringLiteral("; "))),
                    diff.join(QStringLiteral("; ")));
        }
        const bool small = info.size() <= 64LL * 1024 * 1024;
        if (options.integrity == OpenOptions::Integrity::Quick ||
            options.integrity == OpenOptions::Integrity::Full ||
            (options.integrity == OpenOptions::Integrity::Auto && small)) {
            auto problems =
                db->integrityProblems(options.integrity == OpenOptions::Integrity::Full);
            if (!problems)
                return Error::make(
                    Error::Code::Corrupt,
                    DatabaseText::tr("“%1” is damaged and cannot be opened. It was left "
                                     "unchanged; restore a backup copy.")
                        .arg(shown),
                    problems.error().detail);
            if (!problems->isEmpty())
                return Error::make(
                    Error::Code::Corrupt,
                    DatabaseText::tr("“%1” failed the integrity check and was not opened. It "
                                     "was left unchanged; restore a backup copy.")
                        .arg(shown),
                    problems->mid(0, 5).join(QStringLiteral("; ")));
        }
        // A command that only reads asked for the file read-only; it may well be
        // writable.
        if (version < target && options.readOnly)
            return Error::make(
                Error::Code::ReadOnly,
                DatabaseText::tr("“%1” was made by an older version of Twinning Tracker (format "
                                 "%2) and must be upgraded to format %3 first. This command only "
                                 "reads files; open the file in the window once, which upgrades "
                                 "it after writing a backup copy beside it.")
                    .arg(shown)
                    .arg(version)
                    .arg(target));
        if (readOnly && version < target)
            return Error::make(
                Error::Code::ReadOnly,
                DatabaseText::tr("“%1” was made by an older version of Twinning Tracker and must "
                                 "be upgraded, but it is read-only. Copy it to a folder where it "
                                 "can be written and open the copy.")
                    .arg(shown));

        // A copy before migrating: an upgrade never risks the only copy.
        if (!readOnly && version < target && options.migrate && objects > 0) {
            const QString backup =
                info.absolutePath() + u'/' + info.completeBaseName() +
                QStringLiteral(".v%1-%2.backup.twinning")
                    .arg(version)
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            QSqlQuery vacuum(db->m_db);
            vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(backup);
            if (!vacuum.exec())
                return Error::make(
                    Error::Code::Io,
                    DatabaseText::tr("A backup copy of “%1” could not be written before the "
                                     "upgrade, so the file was not upgraded.")
                        .arg(shown),
                    vacuum.lastError().text());
            db->m_backupPath = backup;
        }
        db->m_db.close();
        db->m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY") : QString());
    }

    if (!db->m_db.open())
        return Error::make(Error::Code::Io, DatabaseText::tr("“%1” cannot be opened.").arg(shown),
                           db->m_db.lastError().text());
    db->m_readOnly = readOnly;
    db->m_readOnlyReason = readOnlyReason;
    db->m_schemaVersion = version;

    if (auto s = db->configureSqlite(options.cache); !s) {
        if (readOnly)
            return s.error();
        // A file on a read-only medium: carry on read-only.
        db->m_db.close();
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db->m_db.open())
            return s.error();
        db->m_readOnly = true;
        db->m_readOnlyReason = DatabaseText::tr("The file cannot be written.");
        if (auto again = db->configureSqlite(options.cache); !again)
            return again.error();
    }

    if (!db->m_readOnly && version < target) {
        if (!options.migrate)
            return Error::make(
                Error::Code::Invalid,
                DatabaseText::tr("“%1” must be upgraded before it can be used.").arg(shown));
        if (auto s = db->migrateTo(target); !s)
            return s.error();
    }
    return db;
}

Status Database::configureSqlite(OpenOptions::Cache cache)
{
    // Negative: KiB. 64 MiB for the working connection; SQLite's default 2 MB
    // for a scan.
    const int cacheKiB = cache == OpenOptions::Cache::Working ? 65536 : 2048;
    QStringList pragmas = {QStringLiteral("PRAGMA trusted_schema = OFF"),
                           QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
                           QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB)};
    if (!m_readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL");
    }
    QSqlQuery q(m_db);
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return sqlError(q, DatabaseText::tr("The database cannot be prepared for use."));
        if (pragma.contains(QLatin1String("journal_mode")) &&
            (!q.next() || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive)))
            return Error::make(Error::Code::ReadOnly,
                               DatabaseText::tr("The database cannot be written."),
                               QStringLiteral("journal_mode=WAL refused"));
    }
    return {};
}

Status Database::migrateTo(int target)
{
    // A migration may build a table again (format 5), dropping the old one: with
    // foreign keys on, that would delete every record that refers to it. They
    // are off while the migrations run, which SQLite allows only outside a
    // transaction, and checked as a whole before the commit.
    const bool sqlite = m_dialect.isSqlite();
    if (sqlite) {
        if (auto s = exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !s)
            return s;
    }
    const auto keysOn = qScopeGuard([&] {
        if (sqlite)
            (void)exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    Transaction tx(*this);
    if (!tx.isActive())
        return tx.error();
    if (!m_dialect.isSqlite()) {
        // Two programs that open an old server database at once: the second
        // waits here and then finds the work done.
        if (auto s = exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(applicationId));
            !s)
            return s;
        if (auto s = m_dialect.ensureVersionTable(m_db); !s)
            return s;
        auto now = m_dialect.schemaVersion(m_db);
        if (!now)
            return now.error();
        m_schemaVersion = *now;
        if (m_schemaVersion >= target)
            return tx.commit();
    }
    // From format 6 on a server's schema belongs to twinning_owner: the
    // migrator holds that role only while the migrations run.
    const bool ownerScope = !sqlite && target >= schema::server::ownerFormat;
    bool grantedOwner = false;
    if (ownerScope) {
        if (auto s = schema::server::enterOwnerScope(*this, &grantedOwner); !s)
            return s;
    }
    for (int v = m_schemaVersion + 1; v <= target; ++v) {
        const schema::Migration &migration = schema::migrations().at(v - 1);
        if (ownerScope && v > schema::server::ownerFormat) {
            if (auto s = schema::server::actAsOwner(*this); !s)
                return s;
        }
        if (auto s = migration.apply(*this); !s)
            return Error::make(
                s.error().code,
                DatabaseText::tr("The database could not be upgraded to format %1 (%2); it was "
                                 "left as it was.")
                    .arg(v)
                    .arg(migration.description),
                s.error().fullText());
    }
    if (sqlite) {
        QSqlQuery check(m_db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return sqlError(check, DatabaseText::tr("The upgraded database could not be checked."));
        if (check.next())
            return Error::make(
                Error::Code::Invalid,
                DatabaseText::tr("The database could not be upgraded: %1 row %2 would point to a "
                                 "missing %3 record. It was left as it was.")
                    .arg(check.value(0).toString(), check.value(1).toString(),
                         check.value(2).toString()));
    }
    if (ownerScope) {
        if (auto s = schema::server::actAsOwner(*this); !s)
            return s;
    }
    if (auto s = m_dialect.setSchemaVersion(m_db, target); !s)
        return s;
    if (ownerScope) {
        if (auto s = schema::server::leaveOwnerScope(*this, grantedOwner); !s)
            return s;
    }
    if (sqlite) {
        if (auto s = exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)); !s)
            return s;
    }
    if (auto s = tx.commit(); !s)
        return s;
    m_schemaVersion = target;
    return {};
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(q, DatabaseText::tr("A database statement failed."));
    return {};
}

void Database::releaseCache()
{
    if (m_dialect.isSqlite())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA shrink_memory"));
}

Result<QStringList> Database::integrityProblems(bool full)
{
    QStringList problems;
    // A server keeps its own pages and foreign keys whole; its administrator
    // checks it with the server's tools (amcheck).
    if (!m_dialect.isSqlite())
        return problems;
    QSqlQuery q(m_db);
    if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check")
                     : QStringLiteral("PRAGMA quick_check")))
        return sqlError(q, DatabaseText::tr("The integrity check could not run."));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(q, DatabaseText::tr("The integrity check could not run."));
    while (q.next())
        problems << DatabaseText::tr("%1 row %2 points to a missing %3 record.")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return problems;
}

Error Database::sqlError(const QSqlQuery &query, const QString &what) const
{
    const QSqlError e = query.lastError();
    const QString code = e.nativeErrorCode();
    const QString detail = e.text();
    // SQLite extended result codes, and PostgreSQL SQLSTATEs for the same cases.
    if (code == QLatin1String("2067") || code == QLatin1String("1555") ||
        code == QLatin1String("23505"))
        return Error::make(Error::Code::Duplicate,
                           what + u' ' + DatabaseText::tr("The same record exists already."),
                           detail);
    if (code == QLatin1String("787") || code == QLatin1String("1811") ||
        code == QLatin1String("23503") ||
        detail.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return Error::make(
            Error::Code::Invalid,
            what + u' ' +
                DatabaseText::tr("It refers to a record that does not exist, or other "
                                 "records still refer to it."),
            detail);
    if (code == QLatin1String("1299") || code == QLatin1String("23502") ||
        code == QLatin1String("275") || code == QLatin1String("23514"))
        return Error::make(Error::Code::Invalid,
                           what + u' ' + DatabaseText::tr("A required value is missing or wrong."),
                           detail);
    if (code == QLatin1String("5") || code == QLatin1String("517") || code == QLatin1String("6") ||
        code == QLatin1String("40001") || code == QLatin1String("55P03"))
        return Error::make(
            Error::Code::Busy,
            what + u' ' +
                DatabaseText::tr("The database is busy: another program is writing to "
                                 "it. Try again in a moment."),
            detail);
    if (code == QLatin1String("42501"))
        return Error::make(Error::Code::Forbidden,
                           what + u' ' +
                               DatabaseText::tr("The server does not allow your role to make "
                                                "this change."),
                           detail);
    if (code == QLatin1String("8") || code == QLatin1String("25006"))
        return Error::make(Error::Code::ReadOnly,
                           what + u' ' + DatabaseText::tr("The database is read-only."), detail);
    if (code == QLatin1String("57P01") || code == QLatin1String("08006") ||
        code == QLatin1String("08003") || (!m_db.isOpen() && !m_dialect.isSqlite()))
        return Error::make(Error::Code::Io,
                           what + u' ' +
                               DatabaseText::tr("The connection to the database server was lost."),
                           detail);
    if (code == QLatin1String("11") || code == QLatin1String("26"))
        return Error::make(Error::Code::Corrupt,
                           what + u' ' + DatabaseText::tr("The database file is damaged."), detail);
    if (code == QLatin1String("13"))
        return Error::make(Error::Code::Io, what + u' ' + DatabaseText::tr("The disk is full."),
                           detail);
    return Error::make(Error::Code::Sql, what, detail);
}

void Database::queueChange(ChangeSet change)
{
    m_pending.append(std::move(change));
}

void Database::flushChanges()
{
    announceChanges(std::exchange(m_pending, {}));
}

void Database::announceChanges(const QList<ChangeSet> &changes)
{
    for (const ChangeSet &change : changes)
        emit m_notifier.changed(change);
    if (!changes.isEmpty())
        emit m_notifier.committed();
}

void Database::discardChangesAfter(qsizetype mark)
{
    if (mark < m_pending.size())
        m_pending.resize(mark);
}

// --- Transaction -------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (db.m_readOnly) {
        m_error = Error::make(
            Error::Code::ReadOnly,
            DatabaseText::tr("The database is open read-only; nothing can be changed.") +
                (db.m_readOnlyReason.isEmpty() ? QString() : u' ' + db.m_readOnlyReason));
        return;
    }
    m_depth = db.m_transactionDepth + 1;
    m_mark = db.m_pending.size();
    QSqlQuery q(db.m_db);
    const QString sql = m_depth == 1 ? db.m_dialect.beginWrite() : db.m_dialect.savepoint(m_depth);
    if (!q.exec(sql)) {
        m_error = db.sqlError(q, DatabaseText::tr("The change could not be started."));
        return;
    }
    db.m_transactionDepth = m_depth;
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

void Transaction::notify(ChangeSet change)
{
    if (m_active)
        m_db.queueChange(std::move(change));
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery q(m_db.m_db);
    // Other clients of a server learn of the change when it commits (they LISTEN
    // on the channel); a transaction that changed nothing stays quiet.
    const bool announce = m_db.m_pending.size() > 0 || m_db.m_announceToOthers;
    if (m_depth == 1 && announce && !m_db.m_dialect.announceChange().isEmpty() &&
        !q.exec(m_db.m_dialect.announceChange())) {
        Error e = m_db.sqlError(q, DatabaseText::tr("The change could not be saved."));
        rollback();
        return e;
    }
    const QString sql =
        m_depth == 1 ? QStringLiteral("COMMIT") : m_db.m_dialect.releaseSavepoint(m_depth);
    if (!q.exec(sql)) {
        Error e = m_db.sqlError(q, DatabaseText::tr("The change could not be saved."));
        rollback();
        return e;
    }
    m_active = false;
    m_db.m_transactionDepth = m_depth - 1;
    if (m_depth == 1) {
        m_db.m_announceToOthers = false;
        m_db.flushChanges();
    }
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.m_db);
    if (m_depth == 1) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(m_db.m_dialect.rollbackToSavepoint(m_depth));
        q.exec(m_db.m_dialect.releaseSavepoint(m_depth));
    }
    m_db.discardChangesAfter(m_mark);
    if (m_depth == 1)
        m_db.m_announceToOthers = false;
    m_db.m_transactionDepth = m_depth - 1;
    m_active = false;
}

} // namespace tt
