#pragma once

// Helpers shared by the tests: a fresh database in a temporary folder.

#include "app/core/database.h"
#include "app/core/partialdate.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace tt {

// How QCOMPARE prints a date of the day, the month or the year.
inline char *toString(const PartialDate &date)
{
    return qstrdup(date.isValid() ? qPrintable(date.toIso()) : "(none)");
}

} // namespace tt

namespace tt::test {

// The engine a test runs on: SQLite files, or with TWINNING_TEST_ENGINE=postgresql
// (the second registration of a test, tt_add_pg_test) the PostgreSQL server
// that TWINNING_TEST_PG names, e.g. postgresql://twinning_test@127.0.0.1:5432/postgres
// as scripts/pg-test-server.sh starts it. That user creates a database per test.
inline bool onServer()
{
    return qEnvironmentVariable("TWINNING_TEST_ENGINE") == QLatin1String("postgresql");
}

// The server's URL, with the database part replaced by `database`.
inline QString serverUrl(const QString &database, const QString &user = {})
{
    QUrl url(qEnvironmentVariable("TWINNING_TEST_PG"));
    url.setPath(u'/' + database);
    if (!user.isEmpty())
        url.setUserName(user);
    return url.toString();
}

// Skips the test when no server is named, except in CI, where a missing server
// is a failure: a skipped server test must not pass unnoticed there. The
// Windows build has no PostgreSQL driver (docs/windows.md), so there the server
// tests skip whatever is named.
#ifdef Q_OS_WIN
#define TT_SKIP_WITHOUT_SERVER_DRIVER()                                                            \
    QSKIP("The Windows build has no PostgreSQL driver (docs/windows.md).")
#else
#define TT_SKIP_WITHOUT_SERVER_DRIVER()                                                            \
    do {                                                                                           \
    } while (false)
#endif
#define TT_REQUIRE_SERVER()                                                                        \
    do {                                                                                           \
        TT_SKIP_WITHOUT_SERVER_DRIVER();                                                           \
        if (qEnvironmentVariableIsEmpty("TWINNING_TEST_PG")) {                                     \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                               \
                QFAIL("TWINNING_TEST_PG is not set: no PostgreSQL server to test against "         \
                      "(scripts/pg-test-server.sh start).");                                       \
            QSKIP("TWINNING_TEST_PG is not set; start a server with scripts/pg-test-server.sh.");  \
        }                                                                                          \
    } while (false)

// Runs one statement on the server's maintenance database, as the test user.
inline bool serverAdmin(const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("tt-test-admin-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl url(qEnvironmentVariable("TWINNING_TEST_PG"));
        c.setHostName(url.host());
        c.setPort(url.port(5432));
        c.setUserName(url.userName());
        c.setDatabaseName(url.path().mid(1));
        if (c.open()) {
            QSqlQuery q(c);
            ok = q.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        } else {
            qWarning("cannot connect: %s", qPrintable(c.lastError().text()));
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A new, empty server database; its URL. Copied from a template migrated once
// per process, so that each test starts clean in a few milliseconds.
inline QString freshServerDatabase()
{
    static int counter = 0;
    const QString prefix = QStringLiteral("tt_%1").arg(QCoreApplication::applicationPid());
    const QString templ = prefix + QStringLiteral("_template");
    if (counter++ == 0) {
        if (!serverAdmin(QStringLiteral("CREATE DATABASE %1").arg(templ)))
            return {};
        auto db = Database::open(serverUrl(templ));
        if (!db) {
            qWarning("migration failed: %s", qPrintable(db.error().fullText()));
            return {};
        }
    }
    const QString name = prefix + QStringLiteral("_%1").arg(counter);
    if (!serverAdmin(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templ)))
        return {};
    return serverUrl(name);
}

inline std::unique_ptr<Database> openFresh(const QTemporaryDir &dir,
                                           const QString &name = QStringLiteral("t.twinning"))
{
    const QString location = onServer() ? freshServerDatabase() : dir.filePath(name);
    if (location.isEmpty())
        return nullptr;
    auto db = Database::open(location);
    if (!db) {
        qWarning("open failed: %s", qPrintable(db.error().fullText()));
        return nullptr;
    }
    return std::move(db.value());
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Poppler's pdftotext and pdfinfo, and Python with openpyxl, read reports and
// workbooks back. They are programs of the building machine: a Windows build
// tried under wine cannot start them, so the checks that need them are
// skipped there, after the program has written what they would read.
#define TT_REQUIRE_HOST_TOOL(program)                                                              \
    do {                                                                                           \
        if (QStandardPaths::findExecutable(QStringLiteral(program)).isEmpty())                     \
            QSKIP("“" program "” cannot be started here (a Windows build under wine)");            \
    } while (false)

} // namespace tt::test
