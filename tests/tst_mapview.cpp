// The map widget: points and arcs where the places are, hit-testing, clicks
// that select a pair, and the store's selection drawn on the map.

#include "app/models/portfoliostore.h"
#include "app/sample/sampledata.h"
#include "tests/testutil.h"
#include "ui/views/map/mapview.h"

#include <QSignalSpy>
#include <QThread>
#include <QThreadPool>
#include <QWheelEvent>

using namespace tt;
using namespace tt::ui;

class TestMapView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void geometryHelpers();
    void modelHasEveryPair();
    void hitTestPoint_data();
    void hitTestPoint();
    void hitTestArc();
    void hitTestEmptySea();
    void clickSelectsPair();
    void selectionIsDrawn();
    void filterChangesPoints();
    void modelBuiltOnTheWorker();
    void wheelZoomKeepsAnchor();
    void keysZoomAndPan();
    void dragPans();
    void layerIsRedrawnInTheBackground();
    void firstPaintDrawsNothingHere();
    void resizeWithinTheLayerDrawsNothing();
    void layerIsDrawnOnTheGlobalPool();
    void closedWhileDrawing();
    void manyPairsAreAggregated();

private:
    qint64 pairId(const QString &partner) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<MapView> m_map;
    const QDate m_today{2026, 11, 29};
};

void TestMapView::initTestCase()
{
    m_db = test::openFresh(m_dir);
    QVERIFY(m_db);
    QVERIFY(sample::writeDemo(*m_db, m_today));
    m_store = std::make_unique<PortfolioStore>();
    m_store->setToday(m_today);
    m_store->setDatabase(m_db.get());
    m_map = std::make_unique<MapView>(m_store.get());
    m_map->resize(1000, 700);
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
    m_map->showEurope();
    m_map->rebuildCache();
}

void TestMapView::cleanupTestCase()
{
    m_map.reset();
    m_store.reset();
    m_db.reset();
}

qint64 TestMapView::pairId(const QString &partner) const
{
    for (const PartnershipSummary &p : m_store->portfolio().pairs()) {
        if (p.partnerName == partner)
            return p.id;
    }
    return 0;
}

void TestMapView::geometryHelpers()
{
    const QPolygonF line = arcLine({0, 100}, {100, 100});
    QCOMPARE(line.first(), QPointF(0, 100));
    QCOMPARE(line.last(), QPointF(100, 100));
    QVERIFY(line.at(line.size() / 2).y() < 100); // bowed northwards
    QCOMPARE(distanceToPolyline({50, 120}, QPolygonF({{0, 100}, {100, 100}})), 20.0);
    QCOMPARE(distanceToPolyline({-3, 96}, QPolygonF({{0, 100}, {100, 100}})), 5.0);
}

void TestMapView::modelHasEveryPair()
{
    const MapModel &m = m_map->model();
    QCOMPARE(int(m.pairs.size()), 37); // every demo partner has a position
    QCOMPARE(m.pairsWithoutPosition, 0);
    int pairsOnPlaces = 0;
    for (const MapMunicipality &p : m.places)
        pairsOnPlaces += p.pairs;
    QCOMPARE(pairsOnPlaces, 2 * 37); // each pair counts at both ends
    QVERIFY(m.partnerCountries.contains(QStringLiteral("DE")));
    const MapLayers &layers = m_map->layers();
    QVERIFY(!layers.aggregated);
    int arcPairs = 0;
    for (const MapArc &arc : layers.arcs)
        arcPairs += int(arc.pairs.size());
    QCOMPARE(arcPairs, 37);
}

void TestMapView::hitTestPoint_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("partner"); // a pair the point belongs to
    QTest::newRow("Karlsruhe") << 8.40444 << 49.00937 << QStringLiteral("Karlsruhe");
    QTest::newRow("Vinnytsia") << 28.46871 << 49.2322 << QStringLiteral("Kielce");
    QTest::newRow("Kharkiv") << 36.25272 << 49.98081 << QStringLiteral("Nuremberg");
}

void TestMapView::hitTestPoint()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, partner);
    const MapView::Hit hit = m_map->hitTest(m_map->toWidget(lon, lat));
    QCOMPARE(hit.kind, MapView::Hit::Kind::Place);
    QVERIFY(hit.pairIds.contains(pairId(partner)));
    QVERIFY(!hit.text.isEmpty());
}

void TestMapView::hitTestArc()
{
    // Vinnytsia – Karlsruhe: a point of its arc away from points and other arcs.
    const qint64 id = pairId(QStringLiteral("Karlsruhe"));
    const MapLayers &layers = m_map->layers();
    const MapArc *arc = nullptr;
    for (const MapArc &a : layers.arcs) {
        for (int i : a.pairs) {
            if (m_map->cacheModel().pairs[i].id == id)
                arc = &a;
        }
    }
    QVERIFY(arc);
    const QTransform toWidget = [&] {
        // Cache pixels to widget pixels: the cache has half a window around it.
        return QTransform::fromTranslate(-m_map->width() / 2.0, -m_map->height() / 2.0);
    }();
    QPointF best;
    double bestClearance = -1;
    for (const QPointF &p : arc->line) {
        double clearance = INFINITY;
        for (const MapArc &other : layers.arcs) {
            if (&other != arc)
                clearance = std::min(clearance, distanceToPolyline(p, other.line));
        }
        for (const MapCluster &c : layers.clusters)
            clearance = std::min(clearance, QLineF(p, c.pos).length() - c.radius);
        if (clearance > bestClearance) {
            bestClearance = clearance;
            best = p;
        }
    }
    QVERIFY(bestClearance > 1.5);
    const MapView::Hit hit = m_map->hitTest(toWidget.map(best));
    QCOMPARE(hit.kind, MapView::Hit::Kind::Arc);
    QCOMPARE(hit.pairIds, QList<qint64>{id});
    QVERIFY(hit.text.contains(QStringLiteral("Karlsruhe")));
}

void TestMapView::hitTestEmptySea()
{
    // The Bay of Biscay: no place and no arc of the demo there.
    const MapView::Hit hit = m_map->hitTest(m_map->toWidget(-6, 45.5));
    QCOMPARE(hit.kind, MapView::Hit::Kind::None);
    QVERIFY(hit.pairIds.isEmpty());
}

void TestMapView::clickSelectsPair()
{
    m_store->setCurrentPair(0);
    QSignalSpy spy(m_store.get(), &PortfolioStore::currentPairChanged);
    QTest::mouseClick(m_map.get(), Qt::LeftButton, {},
                      m_map->toWidget(8.40444, 49.00937).toPoint());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_store->currentPair(), pairId(QStringLiteral("Karlsruhe")));
}

void TestMapView::selectionIsDrawn()
{
    m_store->setCurrentPair(0);
    const QImage before = m_map->grab().toImage();
    m_store->setCurrentPair(pairId(QStringLiteral("Cincinnati")));
    const QImage after = m_map->grab().toImage();
    QVERIFY(before != after);
    m_store->setCurrentPair(0);
    QCOMPARE(m_map->grab().toImage(), before);
}

void TestMapView::filterChangesPoints()
{
    Filter f;
    f.countries = {QStringLiteral("PL")};
    m_store->setFilter(f);
    QCOMPARE(int(m_map->model().pairs.size()), 8);
    m_map->rebuildCache();
    QCOMPARE(m_map->hitTest(m_map->toWidget(8.40444, 49.00937)).kind, MapView::Hit::Kind::None);
    m_store->setFilter({});
    QCOMPARE(int(m_map->model().pairs.size()), 37);
    m_map->rebuildCache();
}

void TestMapView::modelBuiltOnTheWorker()
{
    // A large portfolio's model is built on a worker: the map shows the one it
    // has until the new one is in, and changes while it builds are not lost.
    MapView map(m_store.get());
    map.resize(800, 600);
    QCOMPARE(int(map.model().pairs.size()), 37);
    map.setModelBackgroundThreshold(0);
    Filter poland;
    poland.countries = {QStringLiteral("PL")};
    m_store->setFilter(poland);
    QVERIFY(map.isBuildingModel());
    QCOMPARE(int(map.model().pairs.size()), 37);
    m_store->setFilter({}); // asked again while building
    m_store->setFilter(poland);
    QTRY_VERIFY(!map.isBuildingModel());
    QCOMPARE(int(map.model().pairs.size()), 8);
    QCOMPARE(map.model().pairIndex.size(), 8);
    m_store->setFilter({});
    QTRY_VERIFY(!map.isBuildingModel());
    QCOMPARE(int(map.model().pairs.size()), 37);
}

void TestMapView::wheelZoomKeepsAnchor()
{
    const QPointF anchor(300, 250);
    const double before = m_map->scale();
    const QPointF kyivBefore = m_map->toWidget(30.5238, 50.45466);
    QWheelEvent wheel(anchor, m_map->mapToGlobal(anchor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_map.get(), &wheel);
    QTRY_VERIFY(qAbs(m_map->scale() - before * 1.25) < before * 1e-6);
    // The point under the pointer stays; others move away from it.
    const QPointF kyivAfter = m_map->toWidget(30.5238, 50.45466);
    QVERIFY(QLineF(anchor, kyivAfter).length() > QLineF(anchor, kyivBefore).length());
    m_map->showEurope();
    m_map->rebuildCache();
}

void TestMapView::keysZoomAndPan()
{
    const double before = m_map->scale();
    QTest::keyClick(m_map.get(), Qt::Key_Plus);
    QTRY_VERIFY(qAbs(m_map->scale() - before * 1.6) < before * 1e-6); // smoothly, to the end
    QTest::keyClick(m_map.get(), Qt::Key_Minus);
    QTRY_VERIFY(qAbs(m_map->scale() - before) < before * 1e-6);
    const QPointF center = m_map->center();
    QTest::keyClick(m_map.get(), Qt::Key_Right);
    QVERIFY(m_map->center().x() > center.x());
    QTest::keyClick(m_map.get(), Qt::Key_Home);
    m_map->rebuildCache();
}

void TestMapView::dragPans()
{
    const QPointF kyiv = m_map->toWidget(30.5238, 50.45466);
    QTest::mousePress(m_map.get(), Qt::LeftButton, {}, QPoint(400, 300));
    QMouseEvent move(QEvent::MouseMove, QPointF(460, 340), m_map->mapToGlobal(QPointF(460, 340)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_map.get(), &move);
    QTest::mouseRelease(m_map.get(), Qt::LeftButton, {}, QPoint(460, 340));
    const QPointF moved = m_map->toWidget(30.5238, 50.45466) - kyiv;
    QVERIFY(qAbs(moved.x() - 60) < 1e-6);
    QVERIFY(qAbs(moved.y() - 40) < 1e-6);
    // A drag selects nothing.
    m_map->showEurope();
    m_map->rebuildCache();
}

void TestMapView::layerIsRedrawnInTheBackground()
{
    m_map->rebuildCache();
    QVERIFY(m_map->isCacheCurrent());
    const double scale = m_map->layers().viewport.scale;
    m_map->zoomBy(1.5, QPointF(500, 350));
    // The old layer is shown, scaled, until the new one is ready.
    QVERIFY(!m_map->isCacheCurrent());
    QVERIFY(!m_map->grab().isNull());
    QTRY_VERIFY(m_map->isCacheCurrent());
    QVERIFY(qAbs(m_map->layers().viewport.scale - scale * 1.5) < 1e-9 * scale);
    m_map->showEurope();
    m_map->rebuildCache();
}

void TestMapView::firstPaintDrawsNothingHere()
{
    // The first paint shows the sea and leaves the layer to the worker; a
    // click before it comes finds nothing rather than waiting for it.
    MapView map(m_store.get());
    map.resize(800, 600);
    QVERIFY(!map.isCacheCurrent());
    const QImage first = map.grab().toImage();
    QCOMPARE(first.pixelColor(400, 300), QColor(0xd5, 0xe4, 0xf0));
    QCOMPARE(map.hitTest(QPointF(400, 300)).kind, MapView::Hit::Kind::None);
    QTRY_VERIFY(map.isCacheCurrent());
    // Then the land is drawn: Europe is shown at first.
    const QImage drawn = map.grab().toImage();
    QVERIFY(drawn != first);
}

void TestMapView::layerIsDrawnOnTheGlobalPool()
{
    // Drawn on one of the global pool's threads, so that Qt does not split
    // its fills over the pool, which has threads more for the window's own.
    const int before = QThreadPool::globalInstance()->maxThreadCount();
    QThread *drawnOn = nullptr;
    QThreadPool::globalInstance()->waitForDone();
    MapView map(m_store.get());
    map.setDrawingObserver([&drawnOn] { drawnOn = QThread::currentThread(); });
    map.resize(700, 500);
    map.showWorld(); // a view of its own, drawn after the observer is set
    QTRY_VERIFY(map.isCacheCurrent());
    QVERIFY(drawnOn != nullptr);
    QVERIFY(drawnOn != QThread::currentThread());
    QVERIFY(QThreadPool::globalInstance()->contains(drawnOn));
    QCOMPARE(QThreadPool::globalInstance()->maxThreadCount(), before);
    QCOMPARE(before, QThread::idealThreadCount() + 2);
}

void TestMapView::closedWhileDrawing()
{
    // A map closed while its layer is drawn waits for the drawing, and
    // nothing comes back to it afterwards.
    for (int i = 0; i < 5; ++i) {
        auto map = std::make_unique<MapView>(m_store.get());
        map->resize(1200, 900);
        map->showWorld();
        QCoreApplication::processEvents();
        map.reset();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
    }
    QVERIFY(QThreadPool::globalInstance()->waitForDone(1000));
}

void TestMapView::resizeWithinTheLayerDrawsNothing()
{
    m_map->resize(1000, 700);
    m_map->rebuildCache();
    QVERIFY(m_map->isCacheCurrent());
    // A line of text above the map makes it shorter: the layer, drawn with
    // half a window to spare on every side, still covers it.
    m_map->resize(1000, 600);
    QVERIFY(m_map->isCacheCurrent());
    QVERIFY(m_map->cacheCovers(m_map->rect()));
    // Twice as wide as it was drawn for: it is drawn again.
    m_map->resize(2400, 600);
    QVERIFY(!m_map->isCacheCurrent());
    QTRY_VERIFY(m_map->isCacheCurrent());
    QVERIFY(m_map->cacheCovers(m_map->rect()));
    m_map->resize(1000, 700);
    m_map->showEurope();
    m_map->rebuildCache();
}

void TestMapView::manyPairsAreAggregated()
{
    QTemporaryDir dir;
    auto db = test::openFresh(dir);
    sample::GenerateOptions options;
    options.partnerships = 6000;
    options.milestonesPerPair = 1;
    QVERIFY(sample::generate(*db, options));
    PortfolioStore store;
    store.setDatabase(db.get());
    MapView map(&store);
    map.resize(1000, 700);
    map.showUkraine(); // a community per cluster: far more arcs than are drawn one by one
    map.rebuildCache();
    const MapLayers &layers = map.layers();
    QVERIFY(layers.aggregated);
    QVERIFY(layers.arcs.size() < 3000);
    int arcPairs = 0;
    for (const MapArc &arc : layers.arcs)
        arcPairs += int(arc.pairs.size());
    QCOMPARE(arcPairs, int(map.model().pairs.size()));
    // Clusters carry counts: fewer clusters than places.
    QVERIFY(layers.clusters.size() < qsizetype(map.model().places.size()));
    QVERIFY(!map.grab().isNull());
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
