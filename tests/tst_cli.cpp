// The command line as a user runs it: the real binary, its output and exit codes.

#include "app/reports/catalogue.h"
#include "tests/testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void versionAndHelpWithoutDisplay();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void helpOfTheProgram();
    void wrongUsageExitsWithTwo_data();
    void wrongUsageExitsWithTwo();
    void demoThenCheck();
    void demoRefusesADatabaseWithData();
    void generateThenCheck();
    void checkFailsOnGarbage();
    void checkFailsOnMissingFile();
    void checkOfAnOlderFileSaysHowToUpgrade();
    void importThenExport();
    void statsJson();
    void statsJsonFiltered_data();
    void statsJsonFiltered();
    void statsText();
    void statsRejectsUnknownCodes_data();
    void statsRejectsUnknownCodes();
    void settingsPrintsAndSets();
    void settingsRefusesWrongValues_data();
    void settingsRefusesWrongValues();
    void reportIsHeadedByTheOffice();

private:
    QString demoDatabase();
    QTemporaryDir m_demoDir;

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
    // Lines as on Linux: the Windows build's C runtime ends them with \r\n.
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()).remove(u'\r'),
            QString::fromUtf8(p.readAllStandardError()).remove(u'\r')};
}

void TestCli::versionAndHelpWithoutDisplay()
{
    // An installed package is checked on a machine without a display: neither
    // --version nor --help may need one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    for (const QString &option : {QStringLiteral("--version"), QStringLiteral("--help")}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TT_BINARY), {option});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        if (option == QLatin1String("--version"))
            QCOMPARE(out.trimmed(), QStringLiteral("twinning-tracker " TWINNING_VERSION));
        else
            QVERIFY2(out.contains(QStringLiteral("FILE")), qPrintable(out));
    }
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
    QTest::newRow("stats") << QStringLiteral("stats") << QStringLiteral("--json");
    QTest::newRow("report") << QStringLiteral("report") << QStringLiteral("--office");
    QTest::newRow("settings") << QStringLiteral("settings") << QStringLiteral("--dormancy-months");
}

void TestCli::helpOnEveryCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, mentions);
    const Run r = run({command, QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(mentions), qPrintable(r.out));
    // main() takes --lang for every command; the help says so.
    QVERIFY2(r.out.contains(QStringLiteral("--lang <LANG>")), qPrintable(r.out));
    QVERIFY(run({command, QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("uk")})
                .out.contains(QStringLiteral("--lang <МОВА>")));
}

void TestCli::helpOfTheProgram()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("--lang <LANG>")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("report")), qPrintable(r.out));
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
    QTest::newRow("a share over 100")
        << QStringList{QStringLiteral("generate"),   QStringLiteral("--db"),
                       QStringLiteral("x.twinning"), QStringLiteral("--partnerships"),
                       QStringLiteral("10"),         QStringLiteral("--aid"),
                       QStringLiteral("101")};
    QTest::newRow("a share not a number")
        << QStringList{QStringLiteral("generate"),   QStringLiteral("--db"),
                       QStringLiteral("x.twinning"), QStringLiteral("--partnerships"),
                       QStringLiteral("10"),         QStringLiteral("--agreements"),
                       QStringLiteral("half")};
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
    QVERIFY(r.out.contains(
        QStringLiteral("Schema version: %1 ").arg(tt::Database::currentSchemaVersion())));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("partnership\\s+3\\d\\n"))));
    // The monitoring part of the demo: agreements (the trilateral one among them) and aid.
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("agreement_party\\s+\\d+\\n"))));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("aid\\s+8\\n"))));
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
    // The summary names what the monitoring reads; `check` counts the same.
    const auto printed = [&](const QString &pattern) {
        const QRegularExpressionMatch m = QRegularExpression(pattern).match(r.out);
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    };
    const qint64 agreements =
        printed(QStringLiteral("Recorded agreements: (\\d+) \\(\\d+ trilateral\\)"));
    const qint64 bound = printed(QStringLiteral("binding (\\d+) pairs"));
    const qint64 steps = printed(QStringLiteral("Approval tracks: \\d+, with (\\d+) steps"));
    const qint64 aid = printed(QStringLiteral("Aid: (\\d+) records"));
    QVERIFY2(agreements > 0 && bound >= agreements && steps > 0 && aid > 0, qPrintable(r.out));
    r = run({QStringLiteral("check"), QStringLiteral("--db"), path});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    const auto counted = [&](const QString &table) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("\\n  %1\\s+(\\d+)\\n").arg(table)).match(r.out);
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    };
    QCOMPARE(counted(QStringLiteral("milestone")), 5000 + steps);
    QCOMPARE(counted(QStringLiteral("agreement")), agreements);
    QCOMPARE(counted(QStringLiteral("agreement_party")), bound);
    QCOMPARE(counted(QStringLiteral("aid")), aid);

    // Without agreements, tracks and aid: the same pairs, nothing else.
    const QString bare = dir.filePath(QStringLiteral("bare.twinning"));
    r = run({QStringLiteral("generate"), QStringLiteral("--db"), bare,
             QStringLiteral("--partnerships"), QStringLiteral("500"), QStringLiteral("--seed"),
             QStringLiteral("3"), QStringLiteral("--agreements"), QStringLiteral("0"),
             QStringLiteral("--approvals"), QStringLiteral("0"), QStringLiteral("--aid"),
             QStringLiteral("0")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("check"), QStringLiteral("--db"), bare});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(counted(QStringLiteral("milestone")), 5000);
    QCOMPARE(counted(QStringLiteral("agreement")), 0);
    QCOMPARE(counted(QStringLiteral("aid")), 0);
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

void TestCli::checkOfAnOlderFileSaysHowToUpgrade()
{
    // `check` reads a file without changing it: a file of an older format is
    // neither upgraded nor called read-only, and the message says what to do.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.twinning"));
    {
        tt::OpenOptions old;
        old.targetVersion = tt::Database::currentSchemaVersion() - 1;
        QVERIFY(tt::Database::open(path, old));
    }
    const QByteArray before = tt::test::fileBytes(path);
    const Run r = run({QStringLiteral("check"), QStringLiteral("--db"), path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("must be upgraded to format %1 first")
                                .arg(tt::Database::currentSchemaVersion())),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("it is read-only")), qPrintable(r.err));
    QCOMPARE(tt::test::fileBytes(path), before);
    // No upgrade was begun: no backup copy beside the file.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*backup*")}, QDir::Files), QStringList());
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
    const QString backups = path + QStringLiteral(".backups");
    QVERIFY(!QFileInfo::exists(backups)); // a dry run copies nothing either

    r = run({QStringLiteral("import"), QStringLiteral("--db"), path, input});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("3 rejected")));
    QVERIFY(!r.out.contains(QStringLiteral("Nothing was written")));
    // The file held the demo: today's copy of it was made before the import.
    const QStringList copies = QDir(backups).entryList({QStringLiteral("*.twinning")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    r = run({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"),
             QDir(backups).filePath(copies.first())});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                 .object()
                 .value(u"totals")
                 .toObject()
                 .value(u"pairs_all")
                 .toInt(),
             39);

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
    // A file the import created had nothing worth a copy; the second import's
    // file held the first one's pairs.
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".backups")));
    r = run({QStringLiteral("import"), QStringLiteral("--db"), copy, csv});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral(": 0 pairs added")));
    QVERIFY(QFileInfo::exists(copy + QStringLiteral(".backups")));
}

QString TestCli::demoDatabase()
{
    const QString path = m_demoDir.filePath(QStringLiteral("demo.twinning"));
    if (!QFileInfo::exists(path))
        run({QStringLiteral("demo"), QStringLiteral("--db"), path});
    return path;
}

// The demo, as its code writes it: 39 pairs (37, and Хотин with Żagań and
// Teltow of the monitoring demo), one terminated (Прилуки – Belgorod); 14 German
// partners, 23 twinning agreements, 4 pairs of Lviv.
void TestCli::statsJson()
{
    const Run r = run({QStringLiteral("stats"), QStringLiteral("--db"), demoDatabase(),
                       QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject totals = j.value(u"totals").toObject();
    QCOMPARE(totals.value(u"pairs_all").toInt(), 39);
    QCOMPARE(totals.value(u"pairs").toInt(), 39);
    QCOMPARE(totals.value(u"pairs_active").toInt(), 38);
    QCOMPARE(totals.value(u"communities_total").toInt(), 1470);
    QCOMPARE(totals.value(u"communities_active").toInt(), 25);
    QCOMPARE(totals.value(u"partner_countries").toInt(), 14);
    QCOMPARE(j.value(u"by_stage").toObject().value(u"twinning_agreement").toInt(), 23);
    QCOMPARE(j.value(u"by_stage").toObject().value(u"terminated").toInt(), 1);
    QCOMPARE(j.value(u"by_kind").toObject().value(u"friendship").toInt(), 1);
    QCOMPARE(j.value(u"by_country").toObject().value(u"DE").toInt(), 14);
    QCOMPARE(j.value(u"by_area").toObject().value(u"internships").toInt(), 1);
    QCOMPARE(j.value(u"by_oblast").toObject().value(u"UA-46").toObject().value(u"pairs").toInt(),
             4);
    QCOMPARE(j.value(u"by_year").toObject().value(u"1990").toInt(), 2); // Freiburg, Nuremberg
    const QJsonObject milestones = j.value(u"milestones").toObject();
    QCOMPARE(milestones.value(u"months").toArray().size(), 18);
    int due = 0;
    for (const QJsonValue &m : milestones.value(u"months").toArray())
        due += m.toObject().value(u"due").toInt();
    QCOMPARE(milestones.value(u"due").toInt(), due);
}

void TestCli::statsJsonFiltered_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<int>("pairs");
    QTest::newRow("country") << QStringList{QStringLiteral("--country"), QStringLiteral("DE")}
                             << 14;
    QTest::newRow("two oblasts") << QStringList{QStringLiteral("--oblast"), QStringLiteral("UA-05"),
                                                QStringLiteral("--oblast"), QStringLiteral("UA-46")}
                                 << 7;
    QTest::newRow("stage") << QStringList{QStringLiteral("--stage"), QStringLiteral("memorandum")}
                           << 3;
    QTest::newRow("kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("cooperation")}
                          << 2;
    QTest::newRow("area") << QStringList{QStringLiteral("--area"), QStringLiteral("internships")}
                          << 1;
    QTest::newRow("text") << QStringList{QStringLiteral("--text"), QStringLiteral("Karlsruhe")}
                          << 1;
    QTest::newRow("hide ended") << QStringList{QStringLiteral("--hide-ended")} << 38;
    QTest::newRow("period") << QStringList{QStringLiteral("--to"), QStringLiteral("1960-01-01")}
                            << 2;
}

void TestCli::statsJsonFiltered()
{
    QFETCH(QStringList, filter);
    QFETCH(int, pairs);
    const Run r = run(QStringList{QStringLiteral("stats"), QStringLiteral("--db"), demoDatabase(),
                                  QStringLiteral("--json")} +
                      filter);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(j.value(u"totals").toObject().value(u"pairs").toInt(), pairs);
    QCOMPARE(j.value(u"totals").toObject().value(u"pairs_all").toInt(), 39);
    int byCountry = 0;
    for (const QJsonValue &v : j.value(u"by_country").toObject())
        byCountry += v.toInt();
    QCOMPARE(byCountry, pairs);
}

void TestCli::statsText()
{
    const Run r = run({QStringLiteral("stats"), QStringLiteral("--db"), demoDatabase(),
                       QStringLiteral("--today"), QStringLiteral("2026-11-29")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.out.contains(QStringLiteral("Figures as of 2026-11-29")));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("Pairs \\(all\\)\\s+39\\n"))));
    QVERIFY(r.out.contains(
        QRegularExpression(QStringLiteral("Communities with an active pair\\s+25 of 1470"))));
    QVERIFY(r.out.contains(QStringLiteral("By partner country:")));
}

void TestCli::statsRejectsUnknownCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("stage") << QStringList{QStringLiteral("--stage"), QStringLiteral("married")}
                           << 2;
    QTest::newRow("area") << QStringList{QStringLiteral("--area"), QStringLiteral("space")} << 2;
    QTest::newRow("date") << QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")}
                          << 2;
}

void TestCli::statsRejectsUnknownCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r =
        run(QStringList{QStringLiteral("stats"), QStringLiteral("--db"), demoDatabase()} + args);
    QCOMPARE(r.code, code);
    QVERIFY(!r.err.isEmpty());
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.twinning"));
    QCOMPARE(run({QStringLiteral("stats"), QStringLiteral("--db"), missing}).code, 1);
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCli::settingsPrintsAndSets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.twinning"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), path}).code, 0);
    Run r = run({QStringLiteral("settings"), QStringLiteral("--db"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Office name: (not set")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("12 months")), qPrintable(r.out));

    r = run({QStringLiteral("settings"), QStringLiteral("--db"), path, QStringLiteral("--office"),
             QStringLiteral("Вінницька міська рада"), QStringLiteral("--dormancy-months"),
             QStringLiteral("9")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("settings"), QStringLiteral("--db"), path});
    QVERIFY2(r.out.contains(QStringLiteral("Office name: Вінницька міська рада")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("9 months")), qPrintable(r.out));
    r = run({QStringLiteral("settings"), QStringLiteral("--db"), path, QStringLiteral("--lang"),
             QStringLiteral("uk")});
    QVERIFY2(r.out.contains(QStringLiteral("9 місяців")), qPrintable(r.out));

    // The monitoring counts with the office's months.
    r = run(
        {QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--monitoring")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("no activity for 9 months")), qPrintable(r.out));

    // The change is in the history; an empty name removes it.
    auto db = tt::Database::open(path);
    QVERIFY(db);
    QSqlQuery q = (*db)->prepare(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'office_setting'"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    db->reset();
    r = run({QStringLiteral("settings"), QStringLiteral("--db"), path, QStringLiteral("--office"),
             QString()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Office name: (not set")), qPrintable(r.out));
}

void TestCli::settingsRefusesWrongValues_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no database") << QStringList{QStringLiteral("settings")};
    QTest::newRow("months not a number")
        << QStringList{QStringLiteral("--dormancy-months"), QStringLiteral("many")};
    QTest::newRow("zero months") << QStringList{QStringLiteral("--dormancy-months"),
                                                QStringLiteral("0")};
    QTest::newRow("too many months")
        << QStringList{QStringLiteral("--dormancy-months"), QStringLiteral("121")};
    QTest::newRow("a name of two lines")
        << QStringList{QStringLiteral("--office"), QStringLiteral("Рада\nміста")};
}

void TestCli::settingsRefusesWrongValues()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.twinning"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), path}).code, 0);
    QStringList all = {QStringLiteral("settings")};
    if (args.value(0) != u"settings")
        all << QStringLiteral("--db") << path << args;
    const Run r = run(all);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    const Run after = run({QStringLiteral("settings"), QStringLiteral("--db"), path});
    QVERIFY2(after.out.contains(QStringLiteral("(not set")), qPrintable(after.out));
    QVERIFY2(after.out.contains(QStringLiteral("12 months")), qPrintable(after.out));
    // A database that does not exist is not made.
    QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("--db"),
                  dir.filePath(QStringLiteral("none.twinning"))})
                 .code,
             1);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.twinning"))));
}

void TestCli::reportIsHeadedByTheOffice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.twinning"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), path}).code, 0);
    TT_REQUIRE_HOST_TOOL("pdftotext");
    // Each page's text as pdftotext reads it.
    const auto pages = [](const QString &pdf) {
        QStringList out;
        for (int n = 1; n < 200; ++n) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QString::number(n), QStringLiteral("-l"),
                     QString::number(n), pdf, QStringLiteral("-")});
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                break;
            out << QString::fromUtf8(p.readAllStandardOutput());
        }
        return out;
    };
    const auto report = [&](const QString &type, const QStringList &more) {
        const QString pdf = dir.filePath(type + QStringLiteral(".pdf"));
        QFile::remove(pdf);
        QStringList args = {QStringLiteral("report"),
                            QStringLiteral("--db"),
                            path,
                            QStringLiteral("--type"),
                            type,
                            QStringLiteral("-o"),
                            pdf,
                            QStringLiteral("--today"),
                            QStringLiteral("2026-11-29")};
        if (tt::reports::reportKindForKey(type)->inputs & tt::reports::PartnershipInput)
            args << QStringLiteral("--partnership") << QStringLiteral("1");
        const Run r = run(args + more);
        return r.code == 0 ? pages(pdf) : QStringList{QStringLiteral("failed: ") + r.err};
    };
    const QString given = QStringLiteral("Вінницька міська рада");
    // Every report of the catalogue, by the key the command line takes.
    QCOMPARE(tt::reports::reportKeys(),
             (QStringList{QStringLiteral("summary"), QStringLiteral("dossier"),
                          QStringLiteral("agenda"), QStringLiteral("monitoring")}));
    for (const QString &type : tt::reports::reportKeys()) {
        // Neither set: the program's name, as before.
        QStringList text = report(type, {});
        QVERIFY2(!text.isEmpty(), qPrintable(type));
        for (const QString &page : std::as_const(text)) {
            QVERIFY2(page.contains(QStringLiteral("Twinning Tracker")), qPrintable(page));
            QVERIFY(!page.contains(given));
        }
        // --office for this report only.
        text = report(type, {QStringLiteral("--office"), given});
        QVERIFY2(!text.isEmpty() && !text.first().startsWith(QStringLiteral("failed")),
                 qPrintable(text.value(0)));
        for (int n = 0; n < text.size(); ++n)
            QVERIFY2(
                text.at(n).contains(given),
                qPrintable(QStringLiteral("%1, page %2: %3").arg(type).arg(n + 1).arg(text.at(n))));
    }
    // The summary runs over several pages: "every page" means something.
    QVERIFY(report(QStringLiteral("summary"), {}).size() > 1);

    // The office's name stored in the database heads every page; --office wins.
    QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("--db"), path,
                  QStringLiteral("--office"), QStringLiteral("Karlsruhe Partnerschaftsbüro")})
                 .code,
             0);
    const QStringList stored = report(QStringLiteral("summary"), {});
    QVERIFY(stored.size() > 1);
    for (const QString &page : stored)
        QVERIFY2(page.contains(QStringLiteral("Karlsruhe Partnerschaftsbüro")), qPrintable(page));
    for (const QString &page :
         report(QStringLiteral("summary"), {QStringLiteral("--office"), given}))
        QVERIFY2(page.contains(given) && !page.contains(QStringLiteral("Partnerschaftsbüro")),
                 qPrintable(page));
    // A report there is not: the message lists those there are.
    const Run unknown = run({QStringLiteral("report"), QStringLiteral("--db"), path,
                             QStringLiteral("--type"), QStringLiteral("minutes"),
                             QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains(tt::reports::reportKeys().join(QStringLiteral(", "))),
             qPrintable(unknown.err));
    // A name of two lines is refused.
    QCOMPARE(
        run({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--type"),
             QStringLiteral("summary"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf")),
             QStringLiteral("--office"), QStringLiteral("a\nb")})
            .code,
        2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
