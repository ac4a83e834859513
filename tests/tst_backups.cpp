// Rolling daily backup copies and restoring one.

#include "app/core/externalchangewatcher.h"
#include "app/core/maintenance.h"
#include "app/core/repositories.h"
#include "app/core/rollingbackup.h"
#include "tests/testplaces.h"
#include "tests/testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <chrono>
#include <optional>

using namespace tt;
using test::addPlace;
using test::placeNames;

class TestBackups : public QObject
{
    Q_OBJECT
private slots:
    void oneCopyPerDay();
    void oldCopiesAreRemoved();
    void copyOfItsOwnBesideAWriter();
    void readOnlyDatabaseIsNotCopied();
    void restoreReplacesContent();
    void restoreRefusesTamperedCopy();
};

void TestBackups::oneCopyPerDay()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir, QStringLiteral("city.twinning"));
    QVERIFY(db);
    QVERIFY(addPlace(*db, QStringLiteral("Karlsruhe")));
    const QDate today(2026, 11, 29);
    auto first = backups::makeDaily(*db, 14, today);
    QVERIFY2(first, first ? "" : qPrintable(first.error().fullText()));
    QCOMPARE(*first,
             dir.filePath(QStringLiteral("city.twinning.backups/city-2026-11-29.twinning")));
    QVERIFY(QFileInfo::exists(*first));

    QVERIFY(addPlace(*db, QStringLiteral("Nancy")));
    auto second = backups::makeDaily(*db, 14, today);
    QVERIFY(second);
    QVERIFY(second->isEmpty()); // today's exists: skipped
    QCOMPARE(backups::list(db->path()).size(), 1);

    // The copy is a database like any other, with what the file held then.
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto copy = Database::open(*first, readOnly);
    QVERIFY2(copy, copy ? "" : qPrintable(copy.error().fullText()));
    QCOMPARE(placeNames(**copy), QStringList{QStringLiteral("Karlsruhe")});
    QVERIFY(QDir(backups::folderFor(db->path()))
                .entryList({QStringLiteral("*.partial")}, QDir::Files)
                .isEmpty());
}

// The window's daily copy runs on a worker thread through a read-only
// connection of its own: it finishes while another connection holds a write
// transaction open, copies what was committed, and leaves the writer free to
// commit after it.
void TestBackups::copyOfItsOwnBesideAWriter()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir, QStringLiteral("city.twinning"));
    QVERIFY(db);
    if (db->isServer())
        QSKIP("a file's copy");
    QVERIFY(addPlace(*db, QStringLiteral("Karlsruhe")));
    Transaction writing(*db);
    QVERIFY(writing.isActive());
    QVERIFY(addPlace(*db, QStringLiteral("Nancy"))); // not committed yet
    const QString folder = dir.filePath(QStringLiteral("copies"));
    // A QThread, as the window's thread pool has: a thread Qt did not start
    // would be adopted, which MinGW's thread-local clean-up on Windows does
    // not survive.
    std::optional<Result<QString>> made;
    std::unique_ptr<QThread> worker(QThread::create(
        [&] { made = backups::makeDaily(db->path(), folder, 14, QDate(2026, 11, 29)); }));
    worker->start();
    QVERIFY(worker->wait(QDeadlineTimer(std::chrono::seconds(30))));
    QVERIFY(made);
    const auto copy = *made;
    QVERIFY2(copy, copy ? "" : qPrintable(copy.error().fullText()));
    QCOMPARE(*copy, folder + QStringLiteral("/city.twinning.backups/city-2026-11-29.twinning"));
    QVERIFY(writing.commit());
    QCOMPARE(placeNames(*db), (QStringList{QStringLiteral("Karlsruhe"), QStringLiteral("Nancy")}));
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto opened = Database::open(*copy, readOnly);
    QVERIFY(opened);
    QCOMPARE(placeNames(**opened), QStringList{QStringLiteral("Karlsruhe")});
    // A file that cannot be opened is an error, not a crash or a copy.
    auto missing =
        backups::makeDaily(dir.filePath(QStringLiteral("gone.twinning")), folder, 14, QDate());
    QVERIFY(!missing);
}

void TestBackups::oldCopiesAreRemoved()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir, QStringLiteral("city.twinning"));
    QVERIFY(db);
    const QDate today(2026, 11, 29);
    for (int daysAgo : {20, 15, 13, 10, 1})
        QVERIFY(backups::makeDaily(*db, 100, today.addDays(-daysAgo)));
    // Someone else's file in the folder is left alone.
    QFile other(backups::folderFor(db->path()) + QStringLiteral("/notes.txt"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QCOMPARE(backups::list(db->path()).size(), 5);

    QVERIFY(backups::makeDaily(*db, 14, today));
    QList<QDate> kept;
    for (const BackupFile &b : backups::list(db->path()))
        kept << b.made.date();
    QCOMPARE(kept,
             (QList<QDate>{today, today.addDays(-1), today.addDays(-10), today.addDays(-13)}));
    QVERIFY(other.exists());

    // Whatever the setting, the newest copy stays.
    QVERIFY(backups::makeDaily(*db, 0, today.addDays(30)));
    QCOMPARE(backups::list(db->path()).size(), 1);
}

void TestBackups::readOnlyDatabaseIsNotCopied()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.twinning"));
    test::openFresh(dir, QStringLiteral("ro.twinning")).reset();
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto db = Database::open(path, readOnly);
    QVERIFY(db);
    auto made = backups::makeDaily(**db, 14);
    QVERIFY(made);
    QVERIFY(made->isEmpty());
    QVERIFY(!QFileInfo::exists(backups::folderFor(path)));
}

void TestBackups::restoreReplacesContent()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir, QStringLiteral("city.twinning"));
    QVERIFY(db);
    QVERIFY(addPlace(*db, QStringLiteral("Karlsruhe")));
    auto copy = backups::makeDaily(*db, 14, QDate(2026, 11, 28));
    QVERIFY(copy);
    QVERIFY(addPlace(*db, QStringLiteral("Nancy")));

    // A second window on the same file notices the restore.
    auto other = Database::open(db->path());
    QVERIFY(other);
    ExternalChangeWatcher watcher(**other);
    QSignalSpy spy(&watcher, &ExternalChangeWatcher::changedExternally);

    auto before = backups::restore(*db, *copy);
    QVERIFY2(before, before ? "" : qPrintable(before.error().fullText()));
    QCOMPARE(placeNames(*db), QStringList{QStringLiteral("Karlsruhe")});
    QCOMPARE(placeNames(**other), QStringList{QStringLiteral("Karlsruhe")});
    QVERIFY(watcher.poll());
    auto check = checkDatabase(*db);
    QVERIFY(check && check->ok());

    // What the file held is kept, and listed as the copy before the restore.
    QVERIFY(before->contains(QStringLiteral("city-before-restore-")));
    OpenOptions readOnly;
    readOnly.readOnly = true;
    {
        auto previous = Database::open(*before, readOnly);
        QVERIFY(previous);
        QCOMPARE(placeNames(**previous),
                 (QStringList{QStringLiteral("Karlsruhe"), QStringLiteral("Nancy")}));
    }
    const QList<BackupFile> all = backups::list(db->path());
    QCOMPARE(all.size(), 2);
    QVERIFY(all.first().beforeRestore);

    // The file is still written to as before, and survives reopening.
    QVERIFY(addPlace(*db, QStringLiteral("Metz")));
    const QString path = db->path();
    other.value().reset();
    db.reset();
    auto reopened = Database::open(path);
    QVERIFY(reopened);
    QCOMPARE(placeNames(**reopened),
             (QStringList{QStringLiteral("Karlsruhe"), QStringLiteral("Metz")}));
}

void TestBackups::restoreRefusesTamperedCopy()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir, QStringLiteral("city.twinning"));
    QVERIFY(db);
    QVERIFY(addPlace(*db, QStringLiteral("Karlsruhe")));
    auto copy = backups::makeDaily(*db, 14, QDate(2026, 11, 28));
    QVERIFY(copy);
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(*copy);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER t AFTER INSERT ON municipality BEGIN DELETE FROM partnership; END")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY(addPlace(*db, QStringLiteral("Nancy")));
    auto restored = backups::restore(*db, *copy);
    QVERIFY(!restored);
    QVERIFY2(restored.error().message.contains(QStringLiteral("structure")),
             qPrintable(restored.error().message));
    QCOMPARE(placeNames(*db), (QStringList{QStringLiteral("Karlsruhe"), QStringLiteral("Nancy")}));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
