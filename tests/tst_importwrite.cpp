// The importer writing: dry runs, rejected rows, all or nothing, rollback on
// failure, re-imports, bulk imports and their indexes, and writing while the
// file is still being read.

#include "tests/importfixture.h"

using namespace tt;
using namespace tt::io;
using namespace tt::test;
using namespace tt::test::import;

class TestImportWrite : public ImportFixture
{
    Q_OBJECT
private slots:
    void init() { ImportFixture::init(); }
    void cleanup() { ImportFixture::cleanup(); }
    void dryRunWritesNothing();
    void rejectedRowsAreSkippedAndReported();
    void allOrNothingLeavesDatabaseIdentical();
    void failureWhileWritingUndoesEverything();
    void reimportAddsNothing();
    void largeImportKeepsIndexes();
    void bulkImportWritesTheFileOnce();
    void bulkImportBesideAnotherConnection();
    void writingWhilePlanningMatchesPlanningFirst();
    void fileBrokenFarDownChangesNothing();
};

void TestImportWrite::dryRunWritesNothing()
{
    auto seed = importText(QStringLiteral("community,partner,country\nВінниця,Kraków,PL\n"));
    QVERIFY(seed);
    const QString dbPath = m_db->path();
    m_db.reset();
    const QByteArray before = test::fileBytes(dbPath);
    QVERIFY(!before.isEmpty());

    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto db = Database::open(dbPath, readOnly);
    QVERIFY(db);
    QVERIFY(writeFile(path(QStringLiteral("more.csv")),
                      QStringLiteral("community,partner,country\nВінниця,Kraków,PL\n"
                                     "Вінниця,Karlsruhe,DE\nНіде,Paris,FR\nВінниця,Rome,XX\n")
                          .toUtf8()));
    ImportOptions options;
    options.dryRun = true;
    auto report = importFile(**db, path(QStringLiteral("more.csv")), options);
    QVERIFY(report);
    QCOMPARE(report->added, 1);
    QCOMPARE(report->unchanged, 1);
    QCOMPARE(report->rejected, 2);
    QVERIFY(!report->written);
    QVERIFY(report->summary().contains(QStringLiteral("Dry run")));
    const QStringList details = report->details();
    QVERIFY(details.join(u'\n').contains(QStringLiteral("line 4: rejected")));
    QVERIFY(details.join(u'\n').contains(QStringLiteral("line 5: rejected")));
    db->reset();
    QCOMPARE(test::fileBytes(dbPath), before);
}

void TestImportWrite::rejectedRowsAreSkippedAndReported()
{
    auto report = importText(QStringLiteral("community,partner,country,since\n"
                                            "Вінниця,Karlsruhe,DE,2023\n"
                                            "Вінниця,Somewhere,Atlantis,\n"
                                            "Вінниця,Kielce,PL,someday\n"
                                            "Житомир,Kalisz,PL,\n"));
    QVERIFY(report);
    QCOMPARE(report->added, 2);
    QCOMPARE(report->rejected, 2);
    QCOMPARE(report->rows.size(), 4);
    QCOMPARE(report->rows[1].line, 3);
    QCOMPARE(report->rows[1].action, RowOutcome::Action::Rejected);
    QVERIFY(report->rows[1].message.contains(QStringLiteral("Atlantis")));
    QCOMPARE(report->rows[2].line, 4);
    QVERIFY(report->rows[2].message.contains(QStringLiteral("someday")));
    QVERIFY(report->written);
    QCOMPARE(count(*m_db, "partnership"), 2);
    QCOMPARE(count(*m_db, "municipality"), 2); // no place for the rejected rows
}

void TestImportWrite::allOrNothingLeavesDatabaseIdentical()
{
    const QString dbPath = m_db->path();
    m_db.reset();
    const QByteArray before = test::fileBytes(dbPath);
    auto db = Database::open(dbPath);
    QVERIFY(db);
    QVERIFY(writeFile(path(QStringLiteral("bad.csv")),
                      QStringLiteral("community,partner,country\nВінниця,Karlsruhe,DE\n"
                                     "Вінниця,Somewhere,Atlantis\nЖитомир,Kalisz,PL\n")
                          .toUtf8()));
    ImportOptions options;
    options.allOrNothing = true;
    auto report = importFile(**db, path(QStringLiteral("bad.csv")), options);
    QVERIFY(report);
    QCOMPARE(report->rejected, 1);
    QVERIFY(!report->written);
    QCOMPARE(count(**db, "partnership"), 0);
    db->reset();
    QCOMPARE(test::fileBytes(dbPath), before);
}

void TestImportWrite::failureWhileWritingUndoesEverything()
{
    const QString dbPath = m_db->path();
    m_db.reset();
    const QByteArray before = test::fileBytes(dbPath);
    auto db = Database::open(dbPath);
    QVERIFY(db);
    // A trigger stands for a failure of the engine in the middle of the import;
    // a temporary one, as a file with triggers of its own is not opened at all.
    QVERIFY((*db)->exec(QStringLiteral(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.partnership WHEN NEW.notes = 'boom' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    QVERIFY(writeFile(path(QStringLiteral("boom.csv")),
                      QStringLiteral("community,partner,country,notes\n"
                                     "Вінниця,Karlsruhe,DE,\nЖитомир,Kalisz,PL,boom\n"
                                     "Київ,Berlin,DE,\n")
                          .toUtf8()));
    auto report = importFile(**db, path(QStringLiteral("boom.csv")), {});
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(QStringLiteral("line 3")),
             qPrintable(report.error().message));
    QVERIFY(report.error().message.contains(QStringLiteral("nothing was written")));
    QCOMPARE(count(**db, "partnership"), 0);
    QCOMPARE(count(**db, "municipality"), 0);
    db->reset();
    QCOMPARE(test::fileBytes(dbPath), before);
}

void TestImportWrite::reimportAddsNothing()
{
    const QString text = QStringLiteral("community,partner,country,since,areas\n"
                                        "Вінниця,Karlsruhe,DE,2023,culture\n"
                                        "Житомир,Kalisz,PL,,\n");
    auto first = importText(text);
    QVERIFY(first);
    QCOMPARE(first->added, 2);
    const qint64 audit = AuditLogRepository(*m_db).count().valueOr(-1);
    auto second = importText(text);
    QVERIFY(second);
    QCOMPARE(second->added, 0);
    QCOMPARE(second->updated, 0);
    QCOMPARE(second->unchanged, 2);
    QVERIFY(!second->written);
    QCOMPARE(count(*m_db, "partnership"), 2);
    QCOMPARE(count(*m_db, "municipality"), 2);
    QCOMPARE(count(*m_db, "partnership_area"), 1);
    QCOMPARE(AuditLogRepository(*m_db).count().valueOr(-1), audit);

    // A row that brings what the pair lacks fills it in, and says so.
    auto third = importText(QStringLiteral("community,partner,country,since\n"
                                           "Житомир,Kalisz,PL,2001\n"));
    QVERIFY(third);
    QCOMPARE(third->updated, 1);
    QVERIFY(third->rows.first().message.contains(QStringLiteral("twinning_on")));
}

void TestImportWrite::largeImportKeepsIndexes()
{
    // Enough new pairs for the importer to build the indexes of pairs after
    // writing them (indexsuspension.h): a failure on the way must leave the file as
    // it was, and success must leave every index in place.
    const QStringList before = indexes(*m_db);
    QVERIFY(before.contains(
        QStringLiteral("partnership_pair: CREATE UNIQUE INDEX partnership_pair ON partnership "
                       "(community_id, municipality_id)")));
    const int rows = 6000;
    const QString text = bulkRows(rows, rows - 10);
    const QString dbPath = m_db->path();
    const QByteArray bytes = bytesOfClosedFile();
    QVERIFY(m_db);
    // A temporary trigger lives on this connection only, not in the file,
    // whose schema must stay the program's own.
    QVERIFY(m_db->exec(QStringLiteral(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.partnership WHEN NEW.notes = 'boom' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    auto failed = importText(text);
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(QStringLiteral("line %1").arg(rows - 10 + 1)),
             qPrintable(failed.error().message));
    m_db.reset();
    // Every page as it was. The import wrote in rollback-journal mode, alone
    // with the file (journalswitch.h), and switching there and back counts as
    // a change in the header.
    const QByteArray after = test::fileBytes(dbPath);
    QCOMPARE(after.size(), bytes.size());
    QCOMPARE(withoutChangeCounter(after), withoutChangeCounter(bytes));
    QVERIFY(!QFile::exists(dbPath + QStringLiteral("-journal")));

    auto db = Database::open(dbPath);
    QVERIFY(db);
    m_db = std::move(*db);
    auto report = importText(text);
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->added, rows);
    QCOMPARE(count(*m_db, "partnership"), rows);
    QCOMPARE(indexes(*m_db), before);
    const auto problems = m_db->integrityProblems(true);
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList());
    auto again = importText(text);
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, rows);
}

void TestImportWrite::bulkImportWritesTheFileOnce()
{
    const int rows = 6000;
    importBulk(rows);
    if (QTest::currentTestFailed())
        return;
    const QString dbPath = m_db->path();
    QVERIFY(!QFile::exists(dbPath + QStringLiteral("-journal")));
    QVERIFY2(QFileInfo(dbPath + QStringLiteral("-wal")).size() < 64 * 1024,
             qPrintable(QString::number(QFileInfo(dbPath + QStringLiteral("-wal")).size())));
    QCOMPARE(count(*m_db, "partnership"), rows);
    const auto problems = m_db->integrityProblems(true);
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList());
    // The next change goes through the log as any other.
    auto one = importText(QStringLiteral("community,partner,country\nВінниця,Kraków,PL\n"));
    QVERIFY(one);
    QCOMPARE(one->added, 1);
    QVERIFY(QFileInfo(dbPath + QStringLiteral("-wal")).size() > 0);
}

// Beside another connection to the file, SQLite refuses the switch at once:
// the import runs in WAL mode, without waiting, and the other connection sees
// its pairs.

void TestImportWrite::bulkImportBesideAnotherConnection()
{
    auto other = Database::open(m_db->path());
    QVERIFY(other);
    QCOMPARE(count(**other, "partnership"), 0);
    const int rows = 6000;
    importBulk(rows);
    if (QTest::currentTestFailed())
        return;
    // The pages went through the log.
    QVERIFY(QFileInfo(m_db->path() + QStringLiteral("-wal")).size() > 64 * 1024);
    QCOMPARE(count(**other, "partnership"), rows);
    QCOMPARE(pragma(**other, QStringLiteral("journal_mode")), QStringLiteral("wal"));
}

void TestImportWrite::writingWhilePlanningMatchesPlanningFirst()
{
    // An import of a CSV file on SQLite reads its rows on one thread, plans
    // them on another and stores each batch on a third; all-or-nothing reads
    // the whole file, then plans every row, then writes. Both must leave the
    // same records, ids included: places created in late batches and used again
    // later, updated pairs, areas of new and of recorded pairs, and the file's
    // blank lines, CRLF line ends and quoted line breaks in the chunks read.
    const QStringList communities = {QStringLiteral("Вінниця,UA-05"),
                                     QStringLiteral("Житомир,UA-18"), QStringLiteral("Київ,UA-30"),
                                     QStringLiteral("Львів,UA-46"), QStringLiteral("Одеса,UA-51")};
    const QString header = QStringLiteral("community,oblast,partner,country,since,areas,notes\n");
    const QString first = header + QStringLiteral("Житомир,UA-18,Partnerort 1,DE,,,\n"
                                                  "Київ,UA-30,Partnerort 7,DE,,culture,\n");
    QString text = header;
    const int rows = 5000;
    for (int i = 0; i < rows; ++i) {
        const QString community =
            i >= 3500 && i % 100 == 0 ? QStringLiteral("Тестове Село,UA-05") : communities[i % 5];
        text += community +
                QStringLiteral(",Partnerort %1,DE,%2,%3,%4%5")
                    .arg(i % 1699)
                    .arg(1990 + i % 30)
                    .arg(i % 7 == 0 ? QStringLiteral("culture;healthcare") : QString())
                    .arg(i % 250 == 0 ? QStringLiteral("\"one\nline \"\"two\"\"\"") : QString())
                    .arg(i % 3 == 0 ? QStringLiteral("\r\n") : QStringLiteral("\n"));
        if (i % 1000 == 999)
            text += u'\n';
    }
    QList<TableDigest> digests[2];
    for (int run = 0; run < 2; ++run) {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.twinning")));
        QVERIFY(db);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("first.csv")), first.toUtf8()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("pairs.csv")), text.toUtf8()));
        QVERIFY(importFile(**db, dir.filePath(QStringLiteral("first.csv")), {}));
        ImportOptions options;
        options.allOrNothing = run == 1;
        auto report = importFile(**db, dir.filePath(QStringLiteral("pairs.csv")), options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->rejected, 0);
        QCOMPARE(report->updated, 2);
        QCOMPARE(report->added, rows - 2);
        QCOMPARE(report->communitiesCreated, 1);
        QVERIFY(report->written);
        const auto problems = (*db)->integrityProblems(true);
        QVERIFY(problems);
        QCOMPARE(*problems, QStringList());
        auto digest = digestDatabase(**db);
        QVERIFY(digest);
        for (TableDigest &d : *digest) {
            if (d.table == u"audit_log")
                d.hash.clear(); // the time of each import
        }
        digests[run] = *digest;
    }
    QCOMPARE(digests[0].size(), digests[1].size());
    for (qsizetype i = 0; i < digests[0].size(); ++i) {
        QCOMPARE(digests[0][i].table, digests[1][i].table);
        QCOMPARE(digests[0][i].rows, digests[1][i].rows);
        QCOMPARE(digests[0][i].hash, digests[1][i].hash);
    }
}

void TestImportWrite::fileBrokenFarDownChangesNothing()
{
    // The rows of a CSV file are planned and written while the rest are read:
    // a quote left open near its end stops the import with the message that
    // reading the whole file gives, and the database stays as it was.
    QString text = QStringLiteral("community,partner,country\n");
    for (int i = 1; i <= 3000; ++i)
        text += QStringLiteral("Вінниця,Partnerort %1,DE\n").arg(i);
    text += QStringLiteral("Житомир,\"Kalisz,PL\n");
    const QString csv = path(QStringLiteral("broken.csv"));
    QVERIFY(writeFile(csv, text.toUtf8()));
    const QString dbPath = m_db->path();
    const QByteArray bytes = bytesOfClosedFile();
    QVERIFY(m_db);
    auto report = importFile(*m_db, csv, {});
    QVERIFY(!report);
    auto whole = parseCsv(text.toUtf8(), csv);
    QVERIFY(!whole);
    QCOMPARE(report.error().message, whole.error().message);
    QVERIFY2(report.error().message.contains(QStringLiteral("line 3002")),
             qPrintable(report.error().message));
    QCOMPARE(count(*m_db, "partnership"), 0);
    m_db.reset();
    QCOMPARE(test::fileBytes(dbPath), bytes);
}

// Alone with the file, a bulk import writes its pages once, in rollback-journal
// mode, and leaves the file in WAL mode again: the log holds none of them.

QTEST_GUILESS_MAIN(TestImportWrite)
#include "tst_importwrite.moc"
