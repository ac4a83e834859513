// Other people's changes on a PostgreSQL server reach the window through
// NOTIFY twinning_changed. Runs only against a test server:
//   TWINNING_TEST_PG=postgresql://USER@HOST:PORT/DB (password from PGPASSWORD
//   or ~/.pgpass); skipped otherwise.

#include "app/core/database.h"
#include "app/core/externalchangewatcher.h"
#include "app/core/serveraddress.h"
#include "tests/testutil.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tt;

class TestServerWatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void othersChangesAreHeard();
    void ownNotificationsAreIgnored();
    void aBurstIsOneSignal();
    void spoofedNoticesAreIgnored();
    void aFloodCostsOneLookASecond();

private:
    // A second connection, as a colleague's program would hold: `times`
    // notices, after a real change when `change` is set.
    void notifyFromElsewhere(int times = 1, bool change = true);

    QString m_url;
    std::unique_ptr<Database> m_db;
};

void TestServerWatch::initTestCase()
{
    TT_REQUIRE_SERVER();
    m_url = qEnvironmentVariable("TWINNING_TEST_PG");
    OpenOptions options;
    options.password = qEnvironmentVariable("PGPASSWORD");
    auto db = Database::open(m_url, options);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
    m_db = std::move(db.value());
}

void TestServerWatch::notifyFromElsewhere(int times, bool change)
{
    const auto address = ServerAddress::fromUrl(m_url);
    QVERIFY(address);
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("colleague"));
        other.setHostName(address->host);
        other.setPort(address->port);
        other.setDatabaseName(address->database);
        other.setUserName(address->user);
        other.setPassword(qEnvironmentVariable("PGPASSWORD"));
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        if (change) {
            QSqlQuery q(other);
            QVERIFY2(q.exec(QStringLiteral("UPDATE cooperation_area SET sort_order = sort_order "
                                           "+ 1 WHERE id = (SELECT min(id) FROM "
                                           "cooperation_area)")),
                     qPrintable(q.lastError().text()));
        }
        for (int i = 0; i < times; ++i) {
            QSqlQuery q(other);
            QVERIFY2(q.exec(QStringLiteral("NOTIFY twinning_changed")),
                     qPrintable(q.lastError().text()));
        }
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("colleague"));
}

void TestServerWatch::othersChangesAreHeard()
{
    ExternalChangeWatcher watcher(*m_db);
    QVERIFY(watcher.isListening());
    QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedExternally);
    notifyFromElsewhere();
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.count(), 1);
}

void TestServerWatch::ownNotificationsAreIgnored()
{
    ExternalChangeWatcher watcher(*m_db);
    QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedExternally);
    QVERIFY(m_db->exec(QStringLiteral("NOTIFY twinning_changed")).ok());
    QVERIFY(!changed.wait(1000));
}

void TestServerWatch::aBurstIsOneSignal()
{
    ExternalChangeWatcher watcher(*m_db);
    QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedExternally);
    notifyFromElsewhere(5);
    QVERIFY(changed.wait(5000));
    QTest::qWait(ExternalChangeWatcher::notificationDelayMs * 2);
    QCOMPARE(changed.count(), 1);
}

void TestServerWatch::spoofedNoticesAreIgnored()
{
    // Anyone may send the notice; nothing changed, so nothing is reloaded.
    ExternalChangeWatcher watcher(*m_db);
    QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedExternally);
    notifyFromElsewhere(3, false);
    QVERIFY(!changed.wait(ExternalChangeWatcher::notificationDelayMs * 4));
    // A real change after them is still heard.
    notifyFromElsewhere(1, true);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.count(), 1);
}

void TestServerWatch::aFloodCostsOneLookASecond()
{
    ExternalChangeWatcher watcher(*m_db);
    QSignalSpy changed(&watcher, &ExternalChangeWatcher::changedExternally);
    QElapsedTimer clock;
    clock.start();
    // A change with every notice, for two seconds: at most one signal a second.
    while (clock.elapsed() < 2000) {
        notifyFromElsewhere(1, true);
        QTest::qWait(50);
    }
    QTest::qWait(ExternalChangeWatcher::minimumCheckIntervalMs + 300);
    QVERIFY(changed.count() >= 2);
    QVERIFY2(changed.count() <= 4, qPrintable(QString::number(changed.count())));
}

QTEST_GUILESS_MAIN(TestServerWatch)
#include "tst_serverwatch.moc"
