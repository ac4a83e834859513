// The command line as a user runs it: the real binary, its output and exit codes.

#include "testutil.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void wrongUsageExitsWithTwo_data();
    void wrongUsageExitsWithTwo();
    void demoThenCheck();
    void demoRefusesADatabaseWithData();
    void generateThenCheck();
    void checkFailsOnGarbage();
    void checkFailsOnMissingFile();
    void importThenExport();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args);
};

TestCli::Run TestCli::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TT_BINARY), args);
    if (!p.waitForFinished(300000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::helpOnEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("demo") << QStringLiteral("demo") << QStringLiteral("--db");
    QTest::newRow("check") << QStringLiteral("check") << QStringLiteral("integrity");
    QTest::newRow("generate") << QStringLiteral("generate") << QStringLiteral("--partnerships");
    QTest::newRow("import") << QStringLiteral("import") << QStringLiteral("community_latin");
    QTest::newRow("export") << QStringLiteral("export") << QStringLiteral("geojson");
}

void TestCli::helpOnEveryCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, mentions);
    const Run r = run({command, QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(mentions), qPrintable(r.out));
}

void TestCli::wrongUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("check"), QStringLiteral("--frobnicate")};
    QTest::newRow("no database") << QStringList{QStringLiteral("demo")};
    QTest::newRow("not a number") << QStringList{
        QStringLiteral("generate"), QStringLiteral("--db"), QStringLiteral("x.twinning"),
        QStringLiteral("--partnerships"), QStringLiteral("many")};
    QTest::newRow("import without a file") << QStringList{
        QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("x.twinning")};
    QTest::newRow("import with a bad --map") << QStringList{
        QStringLiteral("import"), QStringLiteral("--db"),   QStringLiteral("x.twinning"),
        QStringLiteral("--map"),  QStringLiteral("town=A"), QStringLiteral("in.csv")};
    QTest::newRow("export without -o") << QStringList{
        QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("x.twinning")};
    QTest::newRow("export to an unknown format") << QStringList{
        QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("x.twinning"),
        QStringLiteral("-o"), QStringLiteral("out.pdf")};
    QTest::newRow("export of an unknown oblast") << QStringList{
        QStringLiteral("export"),   QStringLiteral("--db"),     QStringLiteral("x.twinning"),
        QStringLiteral("--oblast"), QStringLiteral("Atlantis"), QStringLiteral("-o"),
        QStringLiteral("out.csv")};
}

void TestCli::wrongUsageExitsWithTwo()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral(TT_BINARY), args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!p.readAllStandardError().isEmpty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // nothing written
}

void TestCli::demoThenCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.twinning"));
    Run r = run({QStringLiteral("demo"), QStringLiteral("--db"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("partnerships")));
    r = run({QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("Integrity: ok")));
    QVERIFY(r.out.contains(QStringLiteral("Schema version: 1")));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("partnership\\s+3\\d\\n"))));
}

void TestCli::demoRefusesADatabaseWithData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.twinning"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), path}).code, 0);
    const QByteArray before = tt::test::fileBytes(path);
    const Run r = run({QStringLiteral("demo"), QStringLiteral("--db"), path});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("Nothing was changed")));
}

void TestCli::generateThenCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gen.twinning"));
    Run r = run({QStringLiteral("generate"), QStringLiteral("--db"), path,
                 QStringLiteral("--partnerships"), QStringLiteral("500"), QStringLiteral("--seed"),
                 QStringLiteral("3")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Generated 500 partnerships")));
    r = run({QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("milestone\\s+5000\\n"))));
}

void TestCli::checkFailsOnGarbage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.twinning"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database");
    f.close();
    const Run r = run({QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("not an SQLite file")));
}

void TestCli::checkFailsOnMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.twinning"));
    const Run r = run({QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(path)); // check never creates a file
}

void TestCli::importThenExport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.twinning"));
    const QString input = QStringLiteral(TT_TEST_DATA "/ua_twinnings.csv");
    // A dry run on a new file: nothing is created.
    Run r = run({QStringLiteral("import"), QStringLiteral("--db"), path,
                 QStringLiteral("--dry-run"), input});
    QCOMPARE(r.code, 1);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), path}).code, 0);
    const QByteArray before = tt::test::fileBytes(path);
    r = run({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--dry-run"),
             input});
    QCOMPARE(r.code, 1); // three rows are rejected
    QVERIFY(r.out.contains(QStringLiteral("Dry run")));
    QVERIFY(r.out.contains(QStringLiteral("line 1180: rejected")));
    QCOMPARE(tt::test::fileBytes(path), before);

    r = run({QStringLiteral("import"), QStringLiteral("--db"), path, input});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("3 rejected")));
    QVERIFY(!r.out.contains(QStringLiteral("Nothing was written")));

    for (const char *format : {"csv", "xlsx", "json", "ics", "geojson"}) {
        const QString out = dir.filePath(QStringLiteral("out.") + QLatin1String(format));
        r = run({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("-o"), out,
                 QStringLiteral("--oblast"), QStringLiteral("Vinnytsia Oblast")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(out).size() > 100);
        QVERIFY(r.err.isEmpty());
    }

    // A file that only holds good rows exits with 0, and again adds nothing.
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    const QString copy = dir.filePath(QStringLiteral("copy.twinning"));
    r = run({QStringLiteral("import"), QStringLiteral("--db"), copy, csv});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    r = run({QStringLiteral("import"), QStringLiteral("--db"), copy, csv});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral(": 0 pair(s) added")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
