// The same figures wherever they are shown: the agreements in force, the
// communities with them (of the 1,470, and of those the ones in Crimea and
// Sevastopol) and their partner countries read the same on the dashboard's
// tiles, in `stats --json`, in `stats --monitoring`, in the summary's PDF and
// in the monitoring's PDF, for the same filter and date. Once on a list
// counted by hand, with a recorded agreement that binds two of its pairs, and
// once on the real national list; both imported through the binary.

#include "app/core/repositories.h"
#include "app/models/portfoliostore.h"
#include "tests/testutil.h"
#include "ui/views/dashboard/dashboardview.h"
#include "ui/widgets/kpitile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>

using namespace tt;
using namespace tt::ui;

namespace {

const QDate today(2026, 11, 29);

struct Figures
{
    int agreements = -1;
    int communities = -1; // of the 1,470, Crimea's included
    int apart = -1;       // of `communities`, in Crimea and Sevastopol
    int countries = -1;
    bool operator==(const Figures &) const = default;
};

} // namespace

Q_DECLARE_METATYPE(Figures)
Q_DECLARE_METATYPE(tt::Filter)

namespace QTest {
template<>
char *toString(const Figures &f)
{
    return qstrdup(QStringLiteral("%1 agreements, %2 communities (%3 apart), %4 countries")
                       .arg(f.agreements)
                       .arg(f.communities)
                       .arg(f.apart)
                       .arg(f.countries)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class TestIndicators : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void handCountedList_data();
    void handCountedList();
    void realNationalList_data();
    void realNationalList();

private:
    static int run(const QStringList &args, QString *output = nullptr);
    QString import(const QString &name, const QString &csv);
    // The figures as each place shows them; -1 where a figure is missing.
    static Figures fromJson(const QString &db, const QStringList &filter);
    static Figures fromStatsMonitoring(const QString &db, const QStringList &filter);
    Figures fromSummary(const QString &db, const QStringList &filter);
    Figures fromMonitoringReport(const QString &db, const QStringList &filter);
    Figures fromWorkbook(const QString &db, const QStringList &filter, QString *filterLine);
    static Figures fromDashboard(const QString &db, const Filter &filter);
    void compareEverywhere(const QString &db, const QStringList &options, const Filter &filter,
                           const Figures &expected);

    QTemporaryDir m_dir;
    QString m_list;
};

int TestIndicators::run(const QStringList &args, QString *output)
{
    QProcess p;
    p.start(QStringLiteral(TT_BINARY), args);
    if (!p.waitForFinished(180000)) {
        p.kill();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString TestIndicators::import(const QString &name, const QString &csv)
{
    const QString db = m_dir.filePath(name + QStringLiteral(".twinning"));
    // The real list has three rows without an oblast that name a community of
    // several oblasts; they are refused (exit code 1) and the rest go in.
    const int code = run({QStringLiteral("import"), QStringLiteral("--db"), db, csv});
    return code == 0 || code == 1 ? db : QString();
}

namespace {

QStringList common(const QString &db)
{
    return {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")};
}

// The first whole number after `label` on one of its lines ("1,178" reads as
// 1178); -1 when there is none.
int after(const QString &text, const QString &label)
{
    const auto m =
        QRegularExpression(QStringLiteral("(?:^|\\n)[ \\t]*") + QRegularExpression::escape(label) +
                           QStringLiteral("[ \\t]+([0-9][0-9,]*)"))
            .match(text);
    return m.hasMatch() ? m.captured(1).remove(u',').toInt() : -1;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int toNumber(QString text)
{
    bool ok = false;
    const int n = text.remove(QLocale().groupSeparator()).toInt(&ok);
    return ok ? n : -1;
}

} // namespace

Figures TestIndicators::fromJson(const QString &db, const QStringList &filter)
{
    QString out;
    if (run(QStringList{QStringLiteral("stats"), QStringLiteral("--json"),
                        QStringLiteral("--today"), today.toString(Qt::ISODate)} +
                common(db) + filter,
            &out) != 0)
        return {};
    const QJsonObject totals =
        QJsonDocument::fromJson(out.toUtf8()).object().value(u"totals").toObject();
    return {totals.value(u"agreements_in_force").toInt(-1),
            totals.value(u"communities_with_agreements").toInt(-1),
            totals.value(u"communities_with_agreements_crimea_sevastopol").toInt(-1),
            totals.value(u"agreement_partner_countries").toInt(-1)};
}

Figures TestIndicators::fromStatsMonitoring(const QString &db, const QStringList &filter)
{
    QString out;
    if (run(QStringList{QStringLiteral("stats"), QStringLiteral("--monitoring"),
                        QStringLiteral("--today"), today.toString(Qt::ISODate)} +
                common(db) + filter,
            &out) != 0)
        return {};
    return {after(out, QStringLiteral("Agreements in force")),
            after(out, QStringLiteral("Communities with international agreements")),
            // Said only when there are any.
            out.contains(QStringLiteral("Crimea"))
                ? after(out, QStringLiteral("… of them in Crimea and Sevastopol"))
                : 0,
            after(out, QStringLiteral("Partner countries"))};
}

// The summary's key figures are a number above its caption.
Figures TestIndicators::fromSummary(const QString &db, const QStringList &filter)
{
    const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
    QFile::remove(pdf);
    if (run(QStringList{QStringLiteral("report"), QStringLiteral("--type"),
                        QStringLiteral("summary"), QStringLiteral("--today"),
                        today.toString(Qt::ISODate), QStringLiteral("-o"), pdf} +
            common(db) + filter) != 0)
        return {};
    const QString t = pdfText(pdf);
    const QStringList lines = t.split(u'\n');
    // The value above a caption: the same column of the line before.
    const auto above = [&lines](const QString &caption) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype column = lines[i].indexOf(caption);
            if (column < 0)
                continue;
            const QString value = lines[i - 1].mid(column).trimmed();
            if (!value.isEmpty() && value.front().isDigit())
                return value.section(QStringLiteral("  "), 0, 0);
        }
        return QString();
    };
    const auto number = [](const QString &value) {
        return value.section(u' ', 0, 0).remove(u',').toInt();
    };
    const auto m = QRegularExpression(
                       QStringLiteral("Of the communities with agreements, (\\d+) lies? in Crimea"))
                       .match(t.simplified());
    return {number(above(QStringLiteral("agreements in force"))),
            number(above(QStringLiteral("communities with"))),
            m.hasMatch() ? m.captured(1).toInt() : 0,
            number(above(QStringLiteral("partner countries of")))};
}

Figures TestIndicators::fromMonitoringReport(const QString &db, const QStringList &filter)
{
    const QString pdf = m_dir.filePath(QStringLiteral("monitoring.pdf"));
    QFile::remove(pdf);
    if (run(QStringList{QStringLiteral("report"), QStringLiteral("--type"),
                        QStringLiteral("monitoring"), QStringLiteral("--date"),
                        today.toString(Qt::ISODate), QStringLiteral("-o"), pdf} +
            common(db) + filter) != 0)
        return {};
    const QString t = pdfText(pdf);
    return {after(t, QStringLiteral("Agreements in force")),
            after(t, QStringLiteral("Communities with international agreements")),
            t.contains(QStringLiteral("of them in Crimea"))
                ? after(t, QStringLiteral("… of them in Crimea and Sevastopol"))
                : 0,
            after(t, QStringLiteral("Partner countries"))};
}

// The Indicators sheet of the monitoring workbook, read with openpyxl; its
// last row names the filter.
Figures TestIndicators::fromWorkbook(const QString &db, const QStringList &filter,
                                     QString *filterLine)
{
    const QString xlsx = m_dir.filePath(QStringLiteral("monitoring.xlsx"));
    QFile::remove(xlsx);
    if (run(QStringList{QStringLiteral("report"), QStringLiteral("--type"),
                        QStringLiteral("monitoring"), QStringLiteral("--format"),
                        QStringLiteral("xlsx"), QStringLiteral("--date"),
                        today.toString(Qt::ISODate), QStringLiteral("-o"), xlsx} +
            common(db) + filter) != 0)
        return {};
    QProcess python;
    // The system's python3, which python3-openpyxl installs into.
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys, openpyxl\n"
                                 "ws = openpyxl.load_workbook(sys.argv[1])['Indicators']\n"
                                 "print(json.dumps([[c.value for c in r] for r in "
                                 "ws.iter_rows()], default=str))"),
                  xlsx});
    python.waitForFinished(60000);
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    const auto value = [&rows](const QString &label) {
        for (const QJsonValue &row : rows) {
            if (row.toArray().at(0).toString() == label)
                return row.toArray().at(1).toInt(-1);
        }
        return -1;
    };
    if (!rows.isEmpty())
        *filterLine = rows.last().toArray().at(0).toString();
    const int apart = value(QStringLiteral("… of them in Crimea and Sevastopol"));
    return {value(QStringLiteral("Agreements in force")),
            value(QStringLiteral("Communities with international agreements")), apart,
            value(QStringLiteral("Partner countries"))};
}

Figures TestIndicators::fromDashboard(const QString &path, const Filter &filter)
{
    auto db = Database::open(path);
    if (!db)
        return {};
    PortfolioStore store;
    store.setToday(today);
    store.setDatabase(db->get());
    store.setFilter(filter);
    DashboardView view(&store);
    view.refresh();
    const auto value = [&view](DashboardView::Tile tile) { return view.tile(tile)->value(); };
    const QString detail = view.tile(DashboardView::Tile::Communities)->detail();
    const auto apart = QRegularExpression(QStringLiteral("(\\d+) of them in Crimea")).match(detail);
    return {toNumber(value(DashboardView::Tile::Agreements)),
            toNumber(value(DashboardView::Tile::Communities).section(u' ', 0, 0)),
            apart.hasMatch() ? apart.captured(1).toInt() : 0,
            toNumber(value(DashboardView::Tile::Countries))};
}

void TestIndicators::compareEverywhere(const QString &db, const QStringList &options,
                                       const Filter &filter, const Figures &expected)
{
    QCOMPARE(fromDashboard(db, filter), expected);
    QCOMPARE(fromJson(db, options), expected);
    QCOMPARE(fromStatsMonitoring(db, options), expected);
    // The paper and the workbook, read back by programs of the building machine.
    TT_REQUIRE_HOST_TOOL("pdftotext");
    TT_REQUIRE_HOST_TOOL("python3");
    QCOMPARE(fromSummary(db, options), expected);
    QCOMPARE(fromMonitoringReport(db, options), expected);
    QString filterLine;
    QCOMPARE(fromWorkbook(db, options, &filterLine), expected);
    QVERIFY2(filterLine.startsWith(QStringLiteral("Filter: ")), qPrintable(filterLine));
    QCOMPARE(filterLine == u"Filter: all pairs", options.isEmpty());
}

void TestIndicators::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Five communities, one of them in Crimea; seven pairs, all at an
    // agreement stage and none ended; partners in three countries.
    const QString csv = m_dir.filePath(QStringLiteral("list.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("ua_city,ua_city_uk,ua_oblast,partner_city,partner_country_iso2,since_year,"
            "relation_type\n"
            "Vinnytsia,Вінниця,Vinnytsia Oblast,Karlsruhe,DE,2023,twin\n"
            "Vinnytsia,Вінниця,Vinnytsia Oblast,Kielce,PL,1998,twin\n"
            "Lviv,Львів,Lviv Oblast,Wrocław,PL,2002,partner\n"
            "Lviv,Львів,Lviv Oblast,Kraków,PL,1995,twin\n"
            "Kharkiv,Харків,Kharkiv Oblast,Nuremberg,DE,1990,twin\n"
            "Lutsk,Луцьк,Volyn Oblast,Lublin,PL,1992,twin\n"
            "Yalta,Ялта,Autonomous Republic of Crimea,Pomorie,BG,2003,twin\n");
    f.close();
    m_list = import(QStringLiteral("list"), csv);
    QVERIFY(!m_list.isEmpty());

    // One recorded agreement binds both of Lviv's pairs: it adds detail to
    // them and counts once, in place of their two stages.
    auto db = Database::open(m_list);
    QVERIFY(db);
    auto portfolio = Portfolio::loadPairs(**db, today);
    QVERIFY(portfolio);
    AgreementRecord record;
    record.agreement.kind = AgreementKind::Cooperation;
    record.agreement.number = QStringLiteral("17/2019");
    record.agreement.signedOn = QDate(2019, 5, 14);
    for (const PartnershipSummary &p : portfolio->pairs()) {
        if (p.partnerName == u"Wrocław" || p.partnerName == u"Kraków")
            record.partnershipIds << p.id;
    }
    QCOMPARE(record.partnershipIds.size(), 2);
    QVERIFY(AgreementRepository(**db).save(record));
}

void TestIndicators::handCountedList_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<Figures>("expected");

    // Six agreements: five pairs' stages and Lviv's recorded agreement.
    QTest::newRow("all pairs") << QStringList{} << Filter{} << Figures{6, 5, 1, 3};
    Filter lviv;
    lviv.oblasts = {QStringLiteral("UA-46")};
    QTest::newRow("Lviv oblast") << QStringList{QStringLiteral("--oblast"), QStringLiteral("UA-46")}
                                 << lviv << Figures{1, 1, 0, 1};
    Filter germany;
    germany.countries = {QStringLiteral("DE")};
    QTest::newRow("Germany") << QStringList{QStringLiteral("--country"), QStringLiteral("DE")}
                             << germany << Figures{2, 2, 0, 1};
    Filter crimea;
    crimea.oblasts = {QStringLiteral("UA-43")};
    QTest::newRow("Crimea") << QStringList{QStringLiteral("--oblast"), QStringLiteral("UA-43")}
                            << crimea << Figures{1, 1, 1, 1};
}

void TestIndicators::handCountedList()
{
    QFETCH(QStringList, options);
    QFETCH(Filter, filter);
    QFETCH(Figures, expected);
    compareEverywhere(m_list, options, filter, expected);
}

void TestIndicators::realNationalList_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<Figures>("expected");
    // Counted from the list itself: 1,178 pairs in 273 communities, 10 of them
    // in Crimea and Sevastopol, with partners in 68 countries.
    QTest::newRow("all pairs") << QStringList{} << Filter{} << Figures{1178, 273, 10, 68};
}

void TestIndicators::realNationalList()
{
    QFETCH(QStringList, options);
    QFETCH(Filter, filter);
    QFETCH(Figures, expected);
    const QString db =
        import(QStringLiteral("national"), QStringLiteral(TT_DATA_DIR "/ua_twinnings.csv"));
    QVERIFY(!db.isEmpty());
    compareEverywhere(db, options, filter, expected);
}

QTEST_MAIN(TestIndicators)
#include "tst_indicators.moc"
