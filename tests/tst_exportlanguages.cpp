// The exports people read, made as a user makes them: `export --lang L` writes
// CSV and XLSX in Ukrainian, English or German (headers, oblasts, countries,
// kinds, stages and areas in words, dates as date cells in XLSX), and `import`,
// running in another language, reads each back into a new database with the
// same pairs, kinds, stages, dates to their precision, areas, countries and
// oblasts: the new database exports (with --codes) to the same bytes and gives
// the same figures.

#include "tests/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace tt;

class TestExportLanguages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void csvReadsInItsLanguage_data();
    void csvReadsInItsLanguage();
    void xlsxHasDatesAndNumbers();
    void codesStayCodes();

private:
    static int run(const QStringList &args, QByteArray *out = nullptr);
    static QJsonObject readWorkbook(const QString &xlsx);
    QJsonObject figures(const QString &db);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_codes; // the demo's export with --codes
};

int TestExportLanguages::run(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.start(QStringLiteral(TT_BINARY), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning("%s\n%s", p.readAllStandardOutput().constData(),
                 p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestExportLanguages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path(QStringLiteral("demo.twinning"));
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--db"), m_db}), 0);
    // Dates known to the year or the month, a partner with a Ukrainian name, a
    // village that is not a community of the codifier (with coordinates), areas
    // and a terminated pair.
    const QString extra = path(QStringLiteral("extra.csv"));
    {
        QFile f(extra);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("community;oblast;partner;partner_uk;country;kind;stage;since;signed;ended;areas;"
                "community_lat;community_lon\n"
                "Вінниця;UA-05;Zamość;Замостя;PL;friendship;memorandum;2021;2022-05;;"
                "culture; youth_sport;;\n"
                "Згорани;UA-07;Włodawa;;PL;cooperation;terminated;2019-03;2020;2024-02-11;"
                "healthcare;51.3;23.9\n");
    }
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), m_db, extra}), 0);
    const QString codes = path(QStringLiteral("codes.csv"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--codes"),
                  QStringLiteral("-o"), codes}),
             0);
    m_codes = test::fileBytes(codes);
    QVERIFY(m_codes.contains("2022-05"));
    QVERIFY(m_codes.contains("Замостя"));
}

// The figures of `stats --json` that depend on what an export carries (not on
// milestones, which it does not).
QJsonObject TestExportLanguages::figures(const QString &db)
{
    QByteArray out;
    if (run({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json"),
             QStringLiteral("--today"), QStringLiteral("2026-01-15")},
            &out) != 0)
        return {};
    const QJsonObject all = QJsonDocument::fromJson(out).object();
    QJsonObject totals;
    const QJsonObject t = all.value(QStringLiteral("totals")).toObject();
    for (const char *key :
         {"pairs_all", "pairs", "pairs_active", "communities_with_pairs", "communities_active",
          "partner_places", "partner_countries", "signed_this_year"})
        totals.insert(QLatin1String(key), t.value(QLatin1String(key)));
    QJsonObject oblasts;
    const QJsonObject o = all.value(QStringLiteral("by_oblast")).toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        oblasts.insert(it.key(), QJsonArray{v.value(QStringLiteral("pairs")),
                                            v.value(QStringLiteral("pairs_active"))});
    }
    QJsonObject out2{{QStringLiteral("totals"), totals}, {QStringLiteral("by_oblast"), oblasts}};
    for (const char *key : {"by_stage", "by_kind", "by_country", "by_area", "by_year"})
        out2.insert(QLatin1String(key), all.value(QLatin1String(key)));
    return out2;
}

void TestExportLanguages::roundTrip_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("importLanguage");
    // Each file is read back by the program running in another language.
    QTest::newRow("uk csv") << "uk"
                            << "csv"
                            << "en";
    QTest::newRow("uk xlsx") << "uk"
                             << "xlsx"
                             << "de";
    QTest::newRow("en csv") << "en"
                            << "csv"
                            << "uk";
    QTest::newRow("en xlsx") << "en"
                             << "xlsx"
                             << "de";
    QTest::newRow("de csv") << "de"
                            << "csv"
                            << "uk";
    QTest::newRow("de xlsx") << "de"
                             << "xlsx"
                             << "en";
}

void TestExportLanguages::roundTrip()
{
    QFETCH(QString, language);
    QFETCH(QString, format);
    QFETCH(QString, importLanguage);
    const QString file = path(QStringLiteral("pairs-%1.%2").arg(language, format));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--lang"),
                  language, QStringLiteral("--format"), format, QStringLiteral("-o"), file}),
             0);
    const QString again = path(QStringLiteral("again-%1-%2.twinning").arg(language, format));
    QByteArray report;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--lang"), importLanguage,
                  QStringLiteral("--db"), again, file},
                 &report),
             0);

    const QString codes = path(QStringLiteral("again-%1-%2.csv").arg(language, format));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), again,
                  QStringLiteral("--codes"), QStringLiteral("-o"), codes}),
             0);
    const QByteArray back = test::fileBytes(codes);
    if (back != m_codes) {
        const QList<QByteArray> want = m_codes.split('\n'), got = back.split('\n');
        for (qsizetype i = 0; i < qMax(want.size(), got.size()); ++i)
            QCOMPARE(QString::fromUtf8(got.value(i)), QString::fromUtf8(want.value(i)));
    }
    const QJsonObject before = figures(m_db);
    QVERIFY(!before.isEmpty());
    QVERIFY(
        before.value(QStringLiteral("totals")).toObject().value(QStringLiteral("pairs")).toInt() >
        20);
    QCOMPARE(figures(again), before);
}

void TestExportLanguages::csvReadsInItsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("words"); // separated by |
    QTest::newRow("uk") << "uk"
                        << "Громада;Громада (латиницею);Область;Код КАТОТТГ;Партнер (українською);"
                           "Партнер (латиницею);Регіон партнера;Країна;Вид;Етап;"
                        << "Вінницька область|Німеччина|Угода про побратимство|Побратимство|"
                           "Культура|Молодь і спорт|Замостя|51,300000";
    QTest::newRow("en") << "en"
                        << "Community (Latin);Community (Cyrillic);Oblast;KATOTTG code;Partner;"
                           "Partner (Ukrainian);Partner's region;Country;Kind;Stage;"
                        << "Vinnytsia Oblast|Germany|Twinning agreement|Twinning|Culture|"
                           "Youth & sport|Замостя|51.300000";
    QTest::newRow("de") << "de"
                        << "Gemeinde (lateinisch);Gemeinde (kyrillisch);Oblast;KATOTTG-Code;"
                           "Partner;Partner (ukrainisch);Region des Partners;Land;Art;Phase;"
                        << "Oblast Winnyzja|Deutschland|Partnerschaftsvertrag|Städtepartnerschaft|"
                           "Kultur|Jugend und Sport|Замостя|51,300000";
}

void TestExportLanguages::csvReadsInItsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, header);
    QFETCH(QString, words);
    const QString file = path(QStringLiteral("read-%1.csv").arg(language));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--lang"),
                  language, QStringLiteral("-o"), file}),
             0);
    const QString text = QString::fromUtf8(test::fileBytes(file).mid(3));
    const QString first = text.section(QStringLiteral("\r\n"), 0, 0);
    QVERIFY2(first.startsWith(header), qPrintable(first));
    // Vinnytsia – Karlsruhe, the demo's first pair, in words.
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QString vinnytsia;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("Karlsruhe")) && line.contains(QStringLiteral("Vinn")))
            vinnytsia = line;
    }
    QVERIFY2(!vinnytsia.isEmpty(), qPrintable(text.left(2000)));
    for (const QString &w : words.split(u'|'))
        QVERIFY2(text.contains(w), qPrintable(w));
    for (const char *code : {";UA-05;", ";DE;", "twinning_agreement", "youth_sport"})
        QVERIFY2(!text.contains(QLatin1String(code)), code);
    // The community's name in the reader's script comes first, and so does the
    // partner's (the fifth column): Ukrainian in Ukrainian, Latin otherwise.
    const bool uk = language == u"uk";
    QCOMPARE(vinnytsia.section(u';', 0, 0),
             uk ? QStringLiteral("Вінниця") : QStringLiteral("Vinnytsia"));
    QCOMPARE(vinnytsia.section(u';', 1, 1),
             uk ? QStringLiteral("Vinnytsia") : QStringLiteral("Вінниця"));
    QCOMPARE(vinnytsia.section(u';', 4, 4),
             uk ? QStringLiteral("Карлсруе") : QStringLiteral("Karlsruhe"));
    QCOMPARE(vinnytsia.section(u';', 5, 5),
             uk ? QStringLiteral("Karlsruhe") : QStringLiteral("Карлсруе"));
    // A partner without a Ukrainian name: the Ukrainian column stays empty (it
    // would come back as a Ukrainian name), the Latin one holds it.
    QString wlodawa;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("Włodawa")))
            wlodawa = line;
    }
    QVERIFY(!wlodawa.isEmpty());
    QCOMPARE(wlodawa.section(u';', uk ? 5 : 4, uk ? 5 : 4), QStringLiteral("Włodawa"));
    QCOMPARE(wlodawa.section(u';', uk ? 4 : 5, uk ? 4 : 5), QString());
}

// Every sheet of a workbook as openpyxl reads it: rows of [type, value], type
// "d" for a date cell, "n" a number, "s" a string, "" an empty cell.
QJsonObject TestExportLanguages::readWorkbook(const QString &xlsx)
{
    static const char *script = R"(
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
ws = book.worksheets[0]
rows = []
for row in ws.iter_rows():
    cells = []
    for c in row:
        if c.value is None:
            cells.append(["", None])
        elif c.is_date:
            cells.append(["d", c.value.date().isoformat(), c.number_format])
        elif isinstance(c.value, (int, float)):
            cells.append(["n", c.value])
        else:
            cells.append(["s", str(c.value)])
    rows.append(cells)
print(json.dumps({"title": ws.title, "rows": rows}))
)";
    for (const QString &python : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QString::fromUtf8(script), xlsx});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            continue;
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }
    return {};
}

void TestExportLanguages::xlsxHasDatesAndNumbers()
{
    const QString file = path(QStringLiteral("dates-uk.xlsx"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--lang"),
                  QStringLiteral("uk"), QStringLiteral("-o"), file}),
             0);
    const QJsonObject book = readWorkbook(file);
    if (book.isEmpty())
        QSKIP("python3-openpyxl is not installed");
    QCOMPARE(book.value(QStringLiteral("title")).toString(), QStringLiteral("Партнерства"));
    const QJsonArray rows = book.value(QStringLiteral("rows")).toArray();
    QVERIFY(rows.size() > 20);
    QHash<QString, int> column;
    const QJsonArray header = rows.first().toArray();
    for (qsizetype c = 0; c < header.size(); ++c)
        column.insert(header[c].toArray()[1].toString(), static_cast<int>(c));
    const int since = column.value(QStringLiteral("Початок відносин"), -1);
    const int signedOn = column.value(QStringLiteral("Дата підписання"), -1);
    const int ended = column.value(QStringLiteral("Дата припинення"), -1);
    const int lat = column.value(QStringLiteral("Широта громади"), -1);
    QVERIFY(since >= 0 && signedOn >= 0 && ended >= 0 && lat >= 0);
    int dateCells = 0;
    bool zamosc = false, village = false;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QJsonArray row = rows[r].toArray();
        auto cell = [&](int c) { return row[c].toArray(); };
        for (int c : {since, signedOn, ended}) {
            const QString type = cell(c)[0].toString();
            QVERIFY2(type == u"d" || type == u"s" || type.isEmpty(), qPrintable(type));
            if (type == u"d") {
                ++dateCells;
                QCOMPARE(cell(c)[2].toString(), QStringLiteral("dd.mm.yyyy"));
            } else if (type == u"s") {
                // Only a year or a month stays text.
                QVERIFY2(cell(c)[1].toString().size() <= 7, qPrintable(cell(c)[1].toString()));
            }
        }
        const QString text = QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
        if (text.contains(QStringLiteral("Замостя"))) {
            zamosc = true;
            QCOMPARE(cell(since), (QJsonArray{QStringLiteral("s"), QStringLiteral("2021")}));
            QCOMPARE(cell(signedOn), (QJsonArray{QStringLiteral("s"), QStringLiteral("2022-05")}));
        }
        if (text.contains(QStringLiteral("Згорани"))) {
            village = true;
            QCOMPARE(cell(ended)[0].toString(), QStringLiteral("d"));
            QCOMPARE(cell(ended)[1].toString(), QStringLiteral("2024-02-11"));
            QCOMPARE(cell(lat)[0].toString(), QStringLiteral("n"));
            QCOMPARE(cell(lat)[1].toDouble(), 51.3);
        }
    }
    QVERIFY(zamosc && village);
    QVERIFY(dateCells > 20);
}

void TestExportLanguages::codesStayCodes()
{
    // --codes does not depend on --lang, and the backup keeps codes.
    const QString file = path(QStringLiteral("codes-uk.csv"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--lang"),
                  QStringLiteral("uk"), QStringLiteral("--codes"), QStringLiteral("-o"), file}),
             0);
    QCOMPARE(test::fileBytes(file), m_codes);
    QVERIFY(m_codes.mid(3).startsWith("community;community_latin;oblast;katottg;partner;"));
    QVERIFY(m_codes.contains(";UA-05;"));
    QVERIFY(m_codes.contains("twinning_agreement"));
    const QString json = path(QStringLiteral("backup-uk.json"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--lang"),
                  QStringLiteral("uk"), QStringLiteral("-o"), json}),
             0);
    const QByteArray backup = test::fileBytes(json);
    QVERIFY(backup.contains("\"DE\""));
    QVERIFY(backup.contains("\"twinning_agreement\""));
    QVERIFY(!backup.contains(QStringLiteral("Угода про побратимство").toUtf8()));
    QVERIFY(!backup.contains(QStringLiteral("Німеччина").toUtf8()));
}

QTEST_GUILESS_MAIN(TestExportLanguages)
#include "tst_exportlanguages.moc"
