// The map's projection and the shipped polygons: places land where they should.

#include "app/geo/mapdata.h"
#include "app/geo/projection.h"
#include "tests/testutil.h"

using namespace tt::geo;

class TestProjection : public QObject
{
    Q_OBJECT
private slots:
    void placesLandWhereTheyShould();
    void roundTrip_data();
    void roundTrip();
    void europeIsLargeInTheMiddle();
    void shippedPolygons();
    void regionsContainTheirCities_data();
    void regionsContainTheirCities();
};

namespace {
const LonLat kyiv{30.5238, 50.45466};
const LonLat lviv{24.02324, 49.83826};
const LonLat vinnytsia{28.46871, 49.2322};
const LonLat karlsruhe{8.40444, 49.00937};
const LonLat newYork{-74.00597, 40.71427};
const LonLat tokyo{139.69171, 35.6895};
const LonLat istanbul{28.94966, 41.01384};
} // namespace

void TestProjection::placesLandWhereTheyShould()
{
    const Projection p;
    QVERIFY(p.forward(kyiv).x() > p.forward(lviv).x());             // Kyiv east of Lviv
    QVERIFY(p.forward(karlsruhe).x() < p.forward(vinnytsia).x());   // Karlsruhe west of Vinnytsia
    QVERIFY(p.forward(kyiv).y() > p.forward(istanbul).y());         // north is up (y north)
    QVERIFY(p.forward(newYork).x() < p.forward(karlsruhe).x() - 1); // New York far west
    QVERIFY(p.forward(newYork).x() < -1.0);
    QVERIFY(p.forward(tokyo).x() > 1.5);       // Tokyo far east
    QCOMPARE(p.forward(20, 0), QPointF(0, 0)); // the central meridian and the equator
    QVERIFY(qAbs(p.forward(20, 50).x()) < 1e-12);
}

void TestProjection::roundTrip_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("Kyiv") << kyiv.lon << kyiv.lat;
    QTest::newRow("Karlsruhe") << karlsruhe.lon << karlsruhe.lat;
    QTest::newRow("New York") << newYork.lon << newYork.lat;
    QTest::newRow("Tokyo") << tokyo.lon << tokyo.lat;
    QTest::newRow("Wellington") << 174.77557 << -41.28664;
    QTest::newRow("Ushuaia") << -68.3 << -54.8;
    QTest::newRow("far north") << 10.0 << 85.0;
    QTest::newRow("far south") << -120.0 << -89.0;
    QTest::newRow("date line east") << 180.0 << 10.0;
    QTest::newRow("date line west") << -180.0 << -10.0;
    QTest::newRow("equator") << 0.0 << 0.0;
}

void TestProjection::roundTrip()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    const Projection p;
    const LonLat back = p.inverse(p.forward(lon, lat));
    QVERIFY2(qAbs(back.lon - lon) < 1e-6, qPrintable(QString::number(back.lon, 'g', 12)));
    QVERIFY2(qAbs(back.lat - lat) < 1e-6, qPrintable(QString::number(back.lat, 'g', 12)));
}

void TestProjection::europeIsLargeInTheMiddle()
{
    const Projection p;
    const QRectF europe = p.bounds(-10, 35, 45, 62);
    const QRectF world = p.bounds(-180, -60, 180, 80);
    QVERIFY(europe.center().x() > -0.3 && europe.center().x() < 0.3);
    QVERIFY(world.width() > 5 * europe.width());
    // A degree of longitude at 50° N is neither squeezed nor stretched much.
    const double dx = p.forward(31, 50).x() - p.forward(30, 50).x();
    const double dy = p.forward(30, 51).y() - p.forward(30, 50).y();
    QVERIFY(dx / dy > 0.55 && dx / dy < 0.85); // cos(50°) = 0.64
}

void TestProjection::shippedPolygons()
{
    const MapData &data = MapData::shipped();
    QCOMPARE(data.countries(MapDetail::Coarse).size(), 175);
    QCOMPARE(data.countries(MapDetail::Medium).size(), 239);
    QCOMPARE(data.regions().size(), 27);
    const MapFeature *crimea = data.region(QStringLiteral("UA-43"));
    QVERIFY(crimea);
    QVERIFY(!crimea->path.isEmpty());
    QVERIFY(data.region(QStringLiteral("UA-05"))->nameEn.contains(QStringLiteral("Vinnytsia")));
    // Scene y grows southwards.
    QVERIFY(data.toScene(kyiv.lon, kyiv.lat).y() < data.toScene(istanbul.lon, istanbul.lat).y());
    const LonLat back = data.fromScene(data.toScene(kyiv.lon, kyiv.lat));
    QVERIFY(qAbs(back.lat - kyiv.lat) < 1e-9);
    bool germany = false;
    for (const MapFeature &f : data.countries(MapDetail::Coarse)) {
        if (f.code == u"DE") {
            germany = true;
            QVERIFY(f.path.contains(data.toScene(karlsruhe.lon, karlsruhe.lat)));
        }
        if (f.code == u"UA")
            QVERIFY(f.path.contains(data.toScene(kyiv.lon, kyiv.lat)));
    }
    QVERIFY(germany);
}

void TestProjection::regionsContainTheirCities_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("Vinnytsia") << QStringLiteral("UA-05") << vinnytsia.lon << vinnytsia.lat;
    QTest::newRow("Lviv") << QStringLiteral("UA-46") << lviv.lon << lviv.lat;
    QTest::newRow("Kyiv city") << QStringLiteral("UA-30") << kyiv.lon << kyiv.lat;
    QTest::newRow("Kharkiv") << QStringLiteral("UA-63") << 36.25272 << 49.98081;
    QTest::newRow("Simferopol") << QStringLiteral("UA-43") << 34.1 << 44.95;
}

void TestProjection::regionsContainTheirCities()
{
    QFETCH(QString, iso);
    QFETCH(double, lon);
    QFETCH(double, lat);
    const MapData &data = MapData::shipped();
    const QPointF point = data.toScene(lon, lat);
    QVERIFY(data.region(iso)->path.contains(point));
    for (const MapFeature &f : data.regions()) {
        if (f.code != iso)
            QVERIFY2(!f.path.contains(point), qPrintable(f.code));
    }
}

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
