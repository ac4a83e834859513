#include "app/core/settings.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/window/databaselock.h"
#include "ui/window/mainwindow.h"

#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>

#include <functional>

using namespace tt;

class TestDatabaseLock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void secondLockIsRefused();
    void staleLockIsTakenOver();
    void liveLockIsNotStaleWithAge();
    void secondWindowCancels();
    void secondWindowOpensReadOnly();
    void closingReleasesLock();

private:
    // Answers the next modal message box by clicking the button `pick` finds.
    static void answerNextBox(std::function<QAbstractButton *(QMessageBox *)> pick, bool *seen);
};

void TestDatabaseLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TwinningTrackerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_databaselock"));
}

void TestDatabaseLock::answerNextBox(std::function<QAbstractButton *(QMessageBox *)> pick,
                                     bool *seen)
{
    QTimer::singleShot(100, [pick, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *seen = true;
        if (QAbstractButton *button = pick(box))
            button->click();
        else
            box->reject();
    });
}

void TestDatabaseLock::secondLockIsRefused()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.twinning"));
    ui::DatabaseLock first(db);
    QCOMPARE(first.tryLock(), ui::DatabaseLock::State::Locked);
    QVERIFY(QFile::exists(db + QStringLiteral(".lock")));
    ui::DatabaseLock second(db);
    QCOMPARE(second.tryLock(), ui::DatabaseLock::State::HeldElsewhere);
    QVERIFY(second.owner().contains(QString::number(QCoreApplication::applicationPid())));
    first.unlock();
    QVERIFY(!QFile::exists(db + QStringLiteral(".lock")));
    QCOMPARE(second.tryLock(), ui::DatabaseLock::State::Locked);
}

void TestDatabaseLock::staleLockIsTakenOver()
{
    // What a crashed window leaves: a lock naming a process that is gone.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.twinning"));
    // This machine's name as QLockFile writes it (on Windows the computer
    // name, which may differ from the host name in case or length).
    QString host;
    {
        const QString probePath = dir.filePath(QStringLiteral("probe.lock"));
        QLockFile probe(probePath);
        QVERIFY(probe.tryLock(0));
        qint64 pid = 0;
        QString app;
        QVERIFY(QLockFile(probePath).getLockInfo(&pid, &host, &app));
    }
    QFile stale(ui::DatabaseLock::lockPathFor(db));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray("2147480000\ntwinning-tracker\n") + host.toUtf8() + QByteArray("\n"));
    stale.close();
    ui::DatabaseLock lock(db);
    QCOMPARE(lock.tryLock(), ui::DatabaseLock::State::Locked);
    QVERIFY(lock.owner().contains(QString::number(QCoreApplication::applicationPid())) ||
            lock.owner().isEmpty());
}

void TestDatabaseLock::liveLockIsNotStaleWithAge()
{
    // A window may keep a file for days: an old lock of a live process holds.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("a.twinning"));
    ui::DatabaseLock first(db);
    QCOMPARE(first.tryLock(), ui::DatabaseLock::State::Locked);
    QFile lockFile(ui::DatabaseLock::lockPathFor(db));
#ifdef Q_OS_WIN
    // Windows keeps a held lock file closed to writers: nobody can age it.
    QVERIFY(!lockFile.open(QIODevice::ReadWrite));
    QCOMPARE(ui::DatabaseLock(db).tryLock(), ui::DatabaseLock::State::HeldElsewhere);
    return;
#endif
    QVERIFY(lockFile.open(QIODevice::ReadWrite));
    QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addDays(-3),
                                 QFileDevice::FileModificationTime));
    lockFile.close();
    ui::DatabaseLock second(db);
    QCOMPARE(second.tryLock(), ui::DatabaseLock::State::HeldElsewhere);
}

void TestDatabaseLock::secondWindowCancels()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.twinning"));
    ui::MainWindow first;
    QVERIFY(first.openDatabase(path));
    ui::MainWindow second;
    second.show();
    bool seen = false;
    answerNextBox([](QMessageBox *box) { return box->button(QMessageBox::Cancel); }, &seen);
    QVERIFY(!second.openDatabase(path));
    QVERIFY(seen);
    QVERIFY(!second.database());
    QVERIFY(first.database());
    QVERIFY(!first.database()->isReadOnly());
}

void TestDatabaseLock::secondWindowOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.twinning"));
    {
        auto db = test::openFresh(dir, QStringLiteral("shared.twinning"));
        QVERIFY(sample::writeDemo(*db));
    }
    ui::MainWindow first;
    QVERIFY(first.openDatabase(path));
    ui::MainWindow second;
    second.show();
    bool seen = false;
    QString text;
    answerNextBox(
        [&text](QMessageBox *box) {
            text = box->text();
            return box->findChild<QPushButton *>(QStringLiteral("openReadOnly"));
        },
        &seen);
    QVERIFY(second.openDatabase(path));
    QVERIFY(seen);
    QVERIFY(text.contains(QStringLiteral("another window")));
    QVERIFY(second.database()->isReadOnly());
    QVERIFY(!first.database()->isReadOnly());
    // The read-only window holds no lock: closing it leaves the first one's.
    second.closeDatabase();
    QVERIFY(QFile::exists(ui::DatabaseLock::lockPathFor(path)));
}

void TestDatabaseLock::closingReleasesLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.twinning"));
    const QString lockPath = ui::DatabaseLock::lockPathFor(path);
    {
        ui::MainWindow window;
        QVERIFY(window.openDatabase(path));
        QVERIFY(QFile::exists(lockPath));
        window.closeDatabase();
        QVERIFY(!QFile::exists(lockPath));
        QVERIFY(window.openDatabase(path));
        QVERIFY(QFile::exists(lockPath));
        // Opening another file gives the first one free.
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("two.twinning"))));
        QVERIFY(!QFile::exists(lockPath));
        QVERIFY(window.openDatabase(path));
    }
    QVERIFY(!QFile::exists(lockPath));
    // A second window can now have it without a question.
    ui::MainWindow other;
    QVERIFY(other.openDatabase(path));
    QVERIFY(!other.database()->isReadOnly());
}

QTEST_MAIN(TestDatabaseLock)
#include "tst_databaselock.moc"
