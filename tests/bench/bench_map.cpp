// The map and the dashboard on a generated national database: building the
// map's model and its cached layer, one frame while panning and zooming once
// the cache exists, and the dashboard's recomputation after a filter change.
//   twinning-tracker generate --db /tmp/big.twinning --partnerships 100000
//   TT_BENCH_DB=/tmp/big.twinning build/tests/bench/bench_map

#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/bench/benchdb.h"
#include "ui/views/dashboard/dashboardview.h"
#include "ui/views/map/mapview.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace tt;
using namespace tt::ui;

class BenchMap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void buildModel();
    void buildCache_data();
    void buildCache();
    void framePanning_data();
    void framePanning();
    void frameZooming();
    void dashboardAfterFilterChange();

private:
    void setView(const QString &view);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<MapView> m_map;
};

void BenchMap::initTestCase()
{
    QString path = bench::databasePath(m_dir);
    auto db = Database::open(path);
    QVERIFY(db);
    m_db = std::move(db.value());
    m_store = std::make_unique<PortfolioStore>();
    m_store->setDatabase(m_db.get());
    m_map = std::make_unique<MapView>(m_store.get());
    m_map->resize(1280, 720);
    qInfo("%lld pairs", static_cast<long long>(m_store->portfolio().pairs().size()));
}

void BenchMap::cleanupTestCase()
{
    m_map.reset();
    m_store.reset();
    m_db.reset();
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM"))
                qInfo("peak memory: %s", line.constData());
        }
    }
}

void BenchMap::setView(const QString &view)
{
    if (view == u"world")
        m_map->showWorld();
    else if (view == u"ukraine")
        m_map->showUkraine();
    else
        m_map->showEurope();
}

void BenchMap::buildModel()
{
    QBENCHMARK
    {
        const MapModel m = MapModel::build(m_store->portfolio(), m_store->filtered());
        QVERIFY(!m.pairs.empty());
    }
}

void BenchMap::buildCache_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("world") << QStringLiteral("world");
    QTest::newRow("europe") << QStringLiteral("europe");
    QTest::newRow("ukraine") << QStringLiteral("ukraine");
}

void BenchMap::buildCache()
{
    QFETCH(QString, view);
    setView(view);
    QBENCHMARK
    {
        m_map->rebuildCache();
    }
    // TT_MAP_PNG=/tmp/map.png: the frame of each view as a picture, to look at.
    if (const QString png = qEnvironmentVariable("TT_MAP_PNG"); !png.isEmpty())
        m_map->grab().save(QString(png).replace(QStringLiteral(".png"), u'-' + view + u".png"));
    qInfo("%lld arcs drawn%s, %lld clusters", static_cast<long long>(m_map->layers().arcs.size()),
          m_map->layers().aggregated ? " (joined per oblast and country)" : "",
          static_cast<long long>(m_map->layers().clusters.size()));
}

void BenchMap::framePanning_data()
{
    buildCache_data();
}

void BenchMap::framePanning()
{
    QFETCH(QString, view);
    setView(view);
    m_map->rebuildCache();
    QImage frame(m_map->size(), QImage::Format_ARGB32_Premultiplied);
    int step = 0;
    QBENCHMARK
    {
        // Back and forth, so that the view stays within the cached margin.
        m_map->panBy(QPointF(step % 2 ? -37 : 37, step % 2 ? -23 : 23));
        ++step;
        m_map->render(&frame);
    }
}

void BenchMap::frameZooming()
{
    m_map->showEurope();
    m_map->rebuildCache();
    QImage frame(m_map->size(), QImage::Format_ARGB32_Premultiplied);
    int step = 0;
    const QPointF anchor(500, 300);
    QBENCHMARK
    {
        m_map->zoomBy(step % 2 ? 1 / 1.15 : 1.15, anchor);
        ++step;
        m_map->render(&frame);
    }
}

void BenchMap::dashboardAfterFilterChange()
{
    DashboardView dashboard(m_store.get());
    dashboard.resize(1500, 1000);
    int step = 0;
    QBENCHMARK
    {
        Filter f;
        if (step++ % 2)
            f.countries = {QStringLiteral("DE")};
        else
            f.stages = {Stage::TwinningAgreement};
        m_store->setFilter(f);
        dashboard.refresh(); // statistics, tiles and charts (the map's model follows the store)
        dashboard.mapView()->rebuildCache(); // what the next paint does
    }
}

QTEST_MAIN(BenchMap)
#include "bench_map.moc"
