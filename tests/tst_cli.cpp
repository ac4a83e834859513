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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
