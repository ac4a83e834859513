// The shipped gazetteer: every line of cities.tsv read, with its numbers and
// names, and found by any of its spellings.

#include "app/geo/gazetteer.h"
#include "tests/testutil.h"

using namespace tt::geo;

class TestGazetteer : public QObject
{
    Q_OBJECT
private slots:
    void everyLineIsRead();
    void fieldsOfOneLine();
    void foundByEverySpelling_data();
    void foundByEverySpelling();
    void largestFirstAndByCountry();
    void completion();
};

void TestGazetteer::everyLineIsRead()
{
    const QList<Place> &places = Gazetteer::shipped().places();
    QCOMPARE(places.size(), 28358);
    // Sorted by population, largest first, as the file is.
    for (qsizetype i = 1; i < places.size(); ++i)
        QVERIFY2(places[i - 1].population >= places[i].population, qPrintable(places[i].name));
    for (const Place &p : places) {
        QVERIFY2(p.geonameId > 0, qPrintable(p.name));
        QVERIFY2(!p.name.isEmpty() && p.countryIso.size() == 2, qPrintable(p.name));
        QVERIFY2(qAbs(p.lat) <= 90 && qAbs(p.lon) <= 180 && (p.lat != 0 || p.lon != 0),
                 qPrintable(p.name));
        QVERIFY2(!p.featureCode.isEmpty() && !p.featureCode.contains(u'\t'), qPrintable(p.name));
    }
}

void TestGazetteer::fieldsOfOneLine()
{
    const auto hits = Gazetteer::shipped().find(QStringLiteral("Вінниця"), QStringLiteral("UA"));
    QVERIFY(!hits.isEmpty());
    const Place &p = *hits.first();
    QCOMPARE(p.geonameId, 689558);
    QCOMPARE(p.name, QStringLiteral("Vinnytsya"));
    QCOMPARE(p.nameAscii, QStringLiteral("Vinnytsya"));
    QCOMPARE(p.nameUk, QStringLiteral("Вінниця"));
    QCOMPARE(p.nameUkLatn, QStringLiteral("Vinnytsia"));
    QCOMPARE(p.countryIso, QStringLiteral("UA"));
    QCOMPARE(p.admin1, QStringLiteral("23"));
    QCOMPARE(p.lat, 49.2322);
    QCOMPARE(p.lon, 28.46871);
    QCOMPARE(p.population, 369839);
    QCOMPARE(p.featureCode, QStringLiteral("PPLA"));
}

void TestGazetteer::foundByEverySpelling_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("country");
    QTest::addColumn<qint64>("geonameId");
    QTest::newRow("name") << QStringLiteral("Vinnytsya") << QStringLiteral("UA") << 689558LL;
    QTest::newRow("ukrainian") << QStringLiteral("ВІННИЦЯ") << QStringLiteral("UA") << 689558LL;
    QTest::newRow("national latin") << QStringLiteral("vinnytsia") << QString() << 689558LL;
    QTest::newRow("accented name")
        << QStringLiteral("São Paulo") << QStringLiteral("BR") << 3448439LL;
    QTest::newRow("ascii name") << QStringLiteral("sao paulo") << QStringLiteral("BR") << 3448439LL;
    QTest::newRow("apostrophe") << QStringLiteral("Xian") << QStringLiteral("CN") << 1790630LL;
    QTest::newRow("german") << QStringLiteral("KARLSRUHE") << QStringLiteral("DE") << 2892794LL;
}

void TestGazetteer::foundByEverySpelling()
{
    QFETCH(QString, name);
    QFETCH(QString, country);
    QFETCH(qint64, geonameId);
    const auto hits = Gazetteer::shipped().find(name, country);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first()->geonameId, geonameId);
}

void TestGazetteer::largestFirstAndByCountry()
{
    const auto all = Gazetteer::shipped().find(QStringLiteral("richmond"));
    QCOMPARE(all.size(), 9);
    QCOMPARE(all.first()->countryIso, QStringLiteral("US"));
    QCOMPARE(all.first()->population, 226610);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1]->population >= all[i]->population);
    const auto british =
        Gazetteer::shipped().find(QStringLiteral("Richmond"), QStringLiteral("GB"));
    QCOMPARE(british.size(), 1);
    QCOMPARE(british.first()->countryIso, QStringLiteral("GB"));
    QVERIFY(Gazetteer::shipped().find(QStringLiteral("Richmond"), QStringLiteral("JP")).isEmpty());

    // largest() is the first of find(), by a folded name.
    const Place *us =
        Gazetteer::shipped().largest(QStringLiteral("richmond"), QStringLiteral("US"));
    QVERIFY(us);
    QCOMPARE(us, all.first());
    QCOMPARE(Gazetteer::shipped().largest(QStringLiteral("richmond"), QStringLiteral("GB")),
             british.first());
    QCOMPARE(Gazetteer::shipped().largest(QStringLiteral("richmond"), {}), all.first());
    QVERIFY(!Gazetteer::shipped().largest(QStringLiteral("richmond"), QStringLiteral("JP")));
    QVERIFY(!Gazetteer::shipped().largest(QStringLiteral("no such place"), {}));
}

void TestGazetteer::completion()
{
    const auto hits = Gazetteer::shipped().complete(QStringLiteral("Karlsr"), {}, 5);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first()->name, QStringLiteral("Karlsruhe"));
    QVERIFY(Gazetteer::shipped().complete(QStringLiteral("  "), {}, 5).isEmpty());
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
