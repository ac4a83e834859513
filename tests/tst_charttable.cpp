// The table of charts (app/present/charts.h) is read the same everywhere: the
// dashboard shows one chart per entry with the entry's title and data, and a
// click on a category applies the category's filter; the summary report draws
// the table's data for the same pairs; `stats --chart KEY` prints it. Every
// entry is walked, so a new one is covered without a line here.

#include "app/core/language.h"
#include "app/core/repositories.h"
#include "app/core/statistics.h"
#include "app/models/portfoliostore.h"
#include "app/present/charts.h"
#include "app/reports/monitoring.h"
#include "app/reports/reports.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/views/dashboard/dashboardview.h"
#include "ui/widgets/chartview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QProcess>
#include <QScrollArea>
#include <QSignalSpy>

using namespace tt;

namespace {

// A paint device that keeps the texts drawn on it, to read what a report's
// figure says.
class TextEngine : public QPaintEngine
{
public:
    TextEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawTextItem(const QPointF &, const QTextItem &item) override { texts << item.text(); }
    Type type() const override { return QPaintEngine::User; }
    QStringList texts;
};

class TextDevice : public QPaintDevice
{
public:
    QPaintEngine *paintEngine() const override { return &engine; }
    mutable TextEngine engine;

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 3000;
        case PdmWidthMM:
        case PdmHeightMM:
            return 254;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 300;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }
};

// The texts a figure draws, in order.
QStringList drawnTexts(const reports::Figure &figure)
{
    TextDevice device;
    {
        QPainter painter(&device);
        figure.paint(painter, QRectF(0, 0, figure.size.width() * 300 / 25.4,
                                     figure.size.height() * 300 / 25.4));
    }
    return device.engine.texts;
}

} // namespace

class TestChartTable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void tableIsWellFormed();
    void dashboardShowsEveryEntry();
    void clickAppliesTheCategorysFilter_data();
    void clickAppliesTheCategorysFilter();
    void clickedFilterTogglesOneFacet();
    void summaryDrawsTheTablesCharts();
    void statsChartPrintsTheTablesData_data();
    void statsChartPrintsTheTablesData();
    void statsChartRefusesAnUnknownKey();

private:
    present::ChartData expected(const QString &key, const Filter &filter = {}) const;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QList<CooperationArea> m_areas;
    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<ui::DashboardView> m_view;
    const QDate m_today{2026, 11, 29};
};

void TestChartTable::initTestCase()
{
    language::apply(QStringLiteral("en"));
    m_path = m_dir.filePath(QStringLiteral("demo.twinning"));
    auto db = Database::open(m_path);
    QVERIFY(db);
    m_db = std::move(db.value());
    QVERIFY(sample::writeDemo(*m_db, m_today));
    auto areas = CooperationAreaRepository(*m_db).all();
    QVERIFY(areas);
    m_areas = *areas;
    m_store = std::make_unique<PortfolioStore>();
    m_store->setToday(m_today);
    m_store->setDatabase(m_db.get());
    m_view = std::make_unique<ui::DashboardView>(m_store.get());
    m_view->resize(1500, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestChartTable::cleanupTestCase()
{
    m_view.reset();
    m_store.reset();
    m_db.reset();
}

void TestChartTable::init()
{
    m_store->setFilter({});
    m_view->refresh();
}

// The table's data for the pairs of `filter`, counted as the dashboard counts
// them.
present::ChartData TestChartTable::expected(const QString &key, const Filter &filter) const
{
    const Portfolio &portfolio = m_store->portfolio();
    const Statistics stats = computeStatistics(portfolio, portfolio.select(filter), m_today);
    const present::ChartDefinition *definition = present::chartDefinition(key);
    return definition ? present::chartData(*definition, {stats, m_areas}) : present::ChartData{};
}

void TestChartTable::tableIsWellFormed()
{
    const auto &definitions = present::chartDefinitions();
    QVERIFY(definitions.size() >= 6);
    QSet<QString> keys;
    for (const present::ChartDefinition &d : definitions) {
        const QString key = QLatin1String(d.key);
        QVERIFY2(!key.isEmpty() && !keys.contains(key), d.key);
        keys.insert(key);
        QVERIFY(d.build);
        QCOMPARE(present::chartDefinition(key), &d);
        QVERIFY(!present::chartTitle(d).isEmpty());
        QVERIFY2(!present::chartTitle(d).contains(QLatin1String("%1")), d.key);
        const present::ChartData data = expected(key);
        QCOMPARE(data.key, key);
        QCOMPARE(data.shape, d.shape);
        QVERIFY2(!data.categories.isEmpty() && !data.series.isEmpty(), d.key);
        QVERIFY2(d.shape == present::ChartShape::StackedColumns || data.series.size() == 1, d.key);
        QSet<QString> categoryKeys;
        for (const present::ChartCategory &c : data.categories) {
            QVERIFY2(!c.label.isEmpty(), d.key);
            // A category that filters has a key of its own; one that does not has none.
            QCOMPARE(c.key.isEmpty(), c.filter.isEmpty());
            if (!c.key.isEmpty()) {
                QVERIFY2(!categoryKeys.contains(c.key), qPrintable(c.key));
                categoryKeys.insert(c.key);
            }
        }
        for (const present::ChartValues &v : data.series) {
            QCOMPARE(v.values.size(), data.categories.size());
            QVERIFY(v.colors.isEmpty() || v.colors.size() == v.values.size());
            for (qsizetype i = 0; i < v.values.size(); ++i)
                QVERIFY2(v.colorAt(i).isValid(), d.key);
        }
    }
    QVERIFY(!present::chartDefinition(QStringLiteral("nonsense")));
}

void TestChartTable::dashboardShowsEveryEntry()
{
    const auto &definitions = present::chartDefinitions();
    QCOMPARE(m_view->findChildren<ui::ChartView *>().size(), definitions.size());
    for (const present::ChartDefinition &d : definitions) {
        const QString key = QLatin1String(d.key);
        ui::ChartView *chart = m_view->chart(key);
        QVERIFY2(chart, d.key);
        QCOMPARE(chart->title(), present::chartTitle(d));
        const present::ChartData data = expected(key);
        QVERIFY(m_view->chartData(key));
        QCOMPARE(*m_view->chartData(key), data);
        // What the widget draws: the categories' labels and the values.
        QCOMPARE(chart->series().size(), data.series.size());
        for (qsizetype s = 0; s < data.series.size(); ++s) {
            const ui::ChartSeries &series = chart->series()[s];
            QCOMPARE(series.name, data.series[s].name);
            QCOMPARE(series.values.size(), data.categories.size());
            for (qsizetype i = 0; i < data.categories.size(); ++i) {
                QCOMPARE(series.labels[i], data.categories[i].label);
                QCOMPARE(series.values[i], double(data.series[s].values[i]));
                QCOMPARE(series.keys[i], data.categories[i].key);
            }
        }
    }
    QVERIFY(!m_view->chart(QStringLiteral("nonsense")));
}

void TestChartTable::clickAppliesTheCategorysFilter_data()
{
    QTest::addColumn<QString>("key");
    for (const present::ChartDefinition &d : present::chartDefinitions())
        QTest::newRow(d.key) << QString::fromLatin1(d.key);
}

// The first category of the chart that has pairs and a filter: a click sets
// the store's filter to the category's, a second click clears it again.
void TestChartTable::clickAppliesTheCategorysFilter()
{
    QFETCH(QString, key);
    const present::ChartData data = expected(key);
    const present::ChartCategory *category = nullptr;
    for (qsizetype i = 0; i < data.categories.size() && !category; ++i) {
        int sum = 0;
        for (const present::ChartValues &v : data.series)
            sum += v.values[i];
        if (sum > 0 && !data.categories[i].filter.isEmpty())
            category = &data.categories[i];
    }
    QVERIFY2(category, qPrintable(key));
    ui::ChartView *chart = m_view->chart(key);
    const auto click = [&] {
        m_view->findChild<QScrollArea *>()->ensureWidgetVisible(chart);
        QCoreApplication::processEvents();
        const QPoint at = chart->positionOf(category->key);
        QVERIFY2(!at.isNull(), qPrintable(category->key));
        QTest::mouseClick(chart, Qt::LeftButton, {}, at);
    };
    QSignalSpy spy(m_store.get(), &PortfolioStore::filterChanged);
    click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_store->filter(), category->filter);
    QCOMPARE(m_store->filter(), present::clickedFilter(Filter{}, *category));
    m_view->refresh();
    QCOMPARE(*m_view->chartData(key), expected(key, category->filter));
    click();
    QCOMPARE(spy.count(), 2);
    QVERIFY(m_store->filter().isEmpty());
}

void TestChartTable::clickedFilterTogglesOneFacet()
{
    present::ChartCategory germany{QStringLiteral("Germany"), QStringLiteral("DE"), {}};
    germany.filter.countries = {QStringLiteral("DE")};
    present::ChartCategory year{QStringLiteral("2022"), QStringLiteral("2022"), {}};
    year.filter.from = QDate(2022, 1, 1);
    year.filter.to = QDate(2022, 12, 31);
    Filter f;
    f.oblasts = {QStringLiteral("UA-46")};
    f.countries = {QStringLiteral("PL"), QStringLiteral("DE")};
    // Sets its facet to the category's, keeps the others.
    const Filter once = present::clickedFilter(f, germany);
    QCOMPARE(once.countries, QSet<QString>{QStringLiteral("DE")});
    QCOMPARE(once.oblasts, f.oblasts);
    // The same category again clears the facet.
    QVERIFY(present::clickedFilter(once, germany).countries.isEmpty());
    QCOMPARE(present::clickedFilter(once, germany).oblasts, f.oblasts);
    // A period: both ends at once.
    const Filter period = present::clickedFilter(once, year);
    QCOMPARE(period.from, QDate(2022, 1, 1));
    QCOMPARE(period.to, QDate(2022, 12, 31));
    QCOMPARE(period.countries, once.countries);
    const Filter cleared = present::clickedFilter(period, year);
    QVERIFY(!cleared.from.isValid() && !cleared.to.isValid());
    // The rest of a top N stands for nothing.
    QCOMPARE(present::clickedFilter(f, present::ChartCategory{QStringLiteral("Other"), {}, {}}), f);
}

// The summary's charts are entries of the table, with its data for the pairs
// of the summary's filter, and its figures draw their titles, labels and values.
void TestChartTable::summaryDrawsTheTablesCharts()
{
    Filter filter;
    filter.countries = {QStringLiteral("DE"), QStringLiteral("PL")};
    const Portfolio &portfolio = m_store->portfolio();
    const Statistics stats = computeStatistics(portfolio, portfolio.select(filter), m_today);
    const QStringList keys = reports::summaryChartKeys();
    QVERIFY(!keys.isEmpty());
    const QList<present::ChartData> charts = reports::summaryCharts(stats, m_areas, QLocale());
    QCOMPARE(charts.size(), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QVERIFY2(present::chartDefinition(keys[i]), qPrintable(keys[i]));
        QCOMPARE(charts[i], expected(keys[i], filter));
    }

    const reports::Context context{m_today, QLocale()};
    auto report = reports::summary(*m_db, portfolio, filter, context);
    QVERIFY(report);
    // Figures 0 and 1 are the key figures and the map; the charts follow.
    QCOMPARE(report->figures.size(), 2 + keys.size());
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const present::ChartData &chart = charts[i];
        const QStringList texts = drawnTexts(report->figures[2 + i]);
        QVERIFY2(!texts.isEmpty(), qPrintable(chart.key));
        QCOMPARE(texts.first(), chart.title);
        if (chart.shape == present::ChartShape::Columns)
            continue; // the columns name only every k-th label and the values that fit
        for (qsizetype c = 0; c < chart.categories.size(); ++c) {
            // Whole: the demo's labels all fit.
            QVERIFY2(texts.contains(chart.categories[c].label),
                     qPrintable(chart.key + u": " + chart.categories[c].label));
            QVERIFY2(texts.contains(QLocale().toString(chart.series.first().values[c])),
                     qPrintable(chart.key + u": " + chart.categories[c].label));
        }
    }
}

void TestChartTable::statsChartPrintsTheTablesData_data()
{
    QTest::addColumn<QString>("key");
    for (const present::ChartDefinition &d : present::chartDefinitions())
        QTest::newRow(d.key) << QString::fromLatin1(d.key);
}

void TestChartTable::statsChartPrintsTheTablesData()
{
    QFETCH(QString, key);
    Filter filter;
    filter.oblasts = {QStringLiteral("UA-46"), QStringLiteral("UA-32")};
    const present::ChartData data = expected(key, filter);
    QProcess p;
    p.start(QStringLiteral(TT_BINARY),
            {QStringLiteral("stats"), QStringLiteral("--db"), m_path, QStringLiteral("--today"),
             m_today.toString(Qt::ISODate), QStringLiteral("--oblast"), QStringLiteral("UA-46"),
             QStringLiteral("--oblast"), QStringLiteral("UA-32"), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("--chart"), key, QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject j = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(j.value(u"key").toString(), key);
    QCOMPARE(j.value(u"title").toString(), data.title);
    QCOMPARE(j.value(u"shape").toString(), present::shapeCode(data.shape));
    const QJsonArray categories = j.value(u"categories").toArray();
    QCOMPARE(categories.size(), data.categories.size());
    for (qsizetype i = 0; i < data.categories.size(); ++i) {
        QCOMPARE(categories[i].toObject().value(u"key").toString(), data.categories[i].key);
        QCOMPARE(categories[i].toObject().value(u"label").toString(), data.categories[i].label);
    }
    const QJsonArray series = j.value(u"series").toArray();
    QCOMPARE(series.size(), data.series.size());
    int total = 0;
    for (qsizetype s = 0; s < data.series.size(); ++s) {
        const QJsonObject one = series[s].toObject();
        QCOMPARE(one.value(u"name").toString(), data.series[s].name);
        const QJsonArray values = one.value(u"values").toArray();
        QCOMPARE(values.size(), data.series[s].values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            QCOMPARE(values[i].toInt(), data.series[s].values[i]);
            QCOMPARE(one.value(u"colors").toArray()[i].toString(),
                     data.series[s].colorAt(i).name());
            total += values[i].toInt();
        }
    }
    QVERIFY2(total > 0, qPrintable(key));
    // The same data as text: the title, then a line per category.
    p.start(QStringLiteral(TT_BINARY),
            {QStringLiteral("stats"), QStringLiteral("--db"), m_path, QStringLiteral("--today"),
             m_today.toString(Qt::ISODate), QStringLiteral("--oblast"), QStringLiteral("UA-46"),
             QStringLiteral("--oblast"), QStringLiteral("UA-32"), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("--chart"), key});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).remove(u'\r').split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), data.title);
    const qsizetype header = data.series.size() > 1 ? 1 : 0;
    QCOMPARE(lines.size(), 1 + header + data.categories.size());
    for (qsizetype i = 0; i < data.categories.size(); ++i) {
        const QStringList words = lines[1 + header + i].split(u' ', Qt::SkipEmptyParts);
        QStringList values;
        for (const present::ChartValues &v : data.series)
            values << QString::number(v.values[i]);
        QCOMPARE(words.mid(words.size() - values.size()), values);
        QVERIFY(lines[1 + header + i].contains(data.categories[i].label));
    }
}

void TestChartTable::statsChartRefusesAnUnknownKey()
{
    QProcess p;
    p.start(QStringLiteral(TT_BINARY), {QStringLiteral("stats"), QStringLiteral("--db"), m_path,
                                        QStringLiteral("--chart"), QStringLiteral("nonsense")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 2);
    const QString error = QString::fromUtf8(p.readAllStandardError());
    for (const QString &key : present::chartKeys())
        QVERIFY2(error.contains(key), qPrintable(error));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

QTEST_MAIN(TestChartTable)
#include "tst_charttable.moc"
