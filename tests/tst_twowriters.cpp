// Two processes editing one file at the same time, and a window noticing what
// another process wrote.

#include "app/core/externalchangewatcher.h"
#include "app/core/maintenance.h"
#include "app/core/repositories.h"
#include "tests/testutil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace tt;

class TestTwoWriters : public QObject
{
    Q_OBJECT
private slots:
    void twoProcessesLoseNoEdit();
    void watcherSeesOtherConnections();
    void watcherSeesOtherProcess();
};

void TestTwoWriters::twoProcessesLoseNoEdit()
{
    QTemporaryDir dir;
    auto created = test::openFresh(dir);
    QVERIFY(created);
    const QString path = created->path();
    created.reset();

    const int edits = 1000;
    QProcess a, b;
    for (QProcess *p : {&a, &b})
        p->setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    a.start(QStringLiteral(TT_FAULTHELPER),
            {QStringLiteral("edits"), path, QString::number(edits), QStringLiteral("Alpha")});
    b.start(QStringLiteral(TT_FAULTHELPER),
            {QStringLiteral("edits"), path, QString::number(edits), QStringLiteral("Beta")});
    for (QProcess *p : {&a, &b}) {
        QVERIFY(p->waitForFinished(600000));
        const QByteArray errors = p->readAllStandardError();
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, errors.constData());
        QVERIFY2(!errors.contains("locked") && !errors.contains("busy"), errors.constData());
    }
    const qint64 elapsed = timer.elapsed();

    auto db = Database::open(path);
    QVERIFY(db);
    QSqlQuery q((*db)->connection());
    auto count = [&](const QString &sql) {
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM municipality WHERE name LIKE 'Alpha %'")),
             edits);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM municipality WHERE name LIKE 'Beta %'")),
             edits);
    // The counter was read and written inside each edit's transaction: not one
    // increment was lost to the other process.
    QCOMPARE(count(QStringLiteral("SELECT notes FROM municipality WHERE name = 'counter'")),
             2 * edits);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update'")),
             2 * edits);
    auto problems = (*db)->integrityProblems(true);
    QVERIFY(problems && problems->isEmpty());
    qInfo("two processes, %d edits each, in %lld ms: none lost", edits, elapsed);
}

void TestTwoWriters::watcherSeesOtherConnections()
{
    QTemporaryDir dir;
    auto window = test::openFresh(dir);
    QVERIFY(window);
    ExternalChangeWatcher watcher(*window);
    QSignalSpy spy(&watcher, &ExternalChangeWatcher::changedExternally);
    QVERIFY(!watcher.poll());

    // The window's own edits are announced by its notifier, not the watcher.
    Municipality own;
    own.name = QStringLiteral("Kielce");
    own.countryIso = QStringLiteral("PL");
    QVERIFY(MunicipalityRepository(*window).insert(own));
    QVERIFY(!watcher.poll());
    QCOMPARE(spy.count(), 0);

    auto other = Database::open(window->path());
    QVERIFY(other);
    Municipality theirs;
    theirs.name = QStringLiteral("Nancy");
    theirs.countryIso = QStringLiteral("FR");
    QVERIFY(MunicipalityRepository(**other).insert(theirs));
    QVERIFY(watcher.poll());
    QCOMPARE(spy.count(), 1);
    QVERIFY(!watcher.poll()); // once per change
    QCOMPARE(spy.count(), 1);

    // The timer looks by itself.
    watcher.setInterval(20);
    theirs.id = 0;
    theirs.name = QStringLiteral("Metz");
    QVERIFY(MunicipalityRepository(**other).insert(theirs));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 5000);
}

void TestTwoWriters::watcherSeesOtherProcess()
{
    QTemporaryDir dir;
    auto window = test::openFresh(dir);
    QVERIFY(window);
    ExternalChangeWatcher watcher(*window);
    watcher.setInterval(50);
    QSignalSpy spy(&watcher, &ExternalChangeWatcher::changedExternally);
    QProcess child;
    child.start(QStringLiteral(TT_FAULTHELPER), {QStringLiteral("edits"), window->path(),
                                                 QStringLiteral("3"), QStringLiteral("Gamma")});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 5000);
    QCOMPARE(countRows(*window, QStringLiteral("municipality")).valueOr(-1), 4);
}

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "tst_twowriters.moc"
