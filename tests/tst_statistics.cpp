// The dashboard's figures against a small portfolio counted by hand.

#include "app/core/portfolio.h"
#include "app/core/repositories.h"
#include "app/core/statistics.h"
#include "tests/testutil.h"

#include <QJsonArray>

using namespace tt;

class TestStatistics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void totals_data();
    void totals();
    void breakdowns();
    void oblasts();
    void months();
    void selectionOnly();
    void crimeaCountedApart();
    void regionCatalogue();
    void json();

private:
    // The first community, by id, of the oblast, and of this name when given.
    qint64 community(const QString &oblastIso, const QString &nameUk = {});
    qint64 place(const QString &name, const QString &country, double lat, double lon);
    qint64 pair(qint64 community, qint64 partner, PartnershipKind kind, Stage stage,
                const QList<QDate> &dates, const QDate &ended = {});
    void milestone(qint64 pair, const QDate &planned, MilestoneStatus status);
    void area(qint64 pair, const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Portfolio m_portfolio;
    Statistics m_stats;
    QHash<QString, qint64> m_areas;
    const QDate m_today{2026, 11, 29};
};

qint64 TestStatistics::community(const QString &oblastIso, const QString &nameUk)
{
    auto rows = CommunityRepository(*m_db).all();
    if (!rows)
        return 0;
    for (const Community &c : std::as_const(*rows)) {
        if (c.oblastIso == oblastIso && (nameUk.isEmpty() || c.nameUk == nameUk))
            return c.id;
    }
    return 0;
}

qint64 TestStatistics::place(const QString &name, const QString &country, double lat, double lon)
{
    Municipality m;
    m.name = name;
    m.countryIso = country;
    m.lat = lat;
    m.lon = lon;
    auto id = MunicipalityRepository(*m_db).insert(m);
    return id ? *id : 0;
}

qint64 TestStatistics::pair(qint64 community, qint64 partner, PartnershipKind kind, Stage stage,
                            const QList<QDate> &dates, const QDate &ended)
{
    Partnership p;
    p.communityId = community;
    p.municipalityId = partner;
    p.kind = kind;
    p.stage = stage;
    p.firstContactOn = dates.value(0);
    p.memorandumOn = dates.value(1);
    p.agreementOn = dates.value(2);
    p.twinningOn = dates.value(3);
    p.endedOn = ended;
    if (ended.isValid())
        p.endReason = QStringLiteral("test");
    auto id = PartnershipRepository(*m_db).insert(p);
    if (!id)
        qWarning("%s", qPrintable(id.error().fullText()));
    return id ? *id : 0;
}

void TestStatistics::milestone(qint64 pair, const QDate &planned, MilestoneStatus status)
{
    Milestone m;
    m.partnershipId = pair;
    m.title = QStringLiteral("Step");
    m.plannedOn = planned;
    m.status = status;
    m.doneOn = status == MilestoneStatus::Done ? planned : QDate();
    QVERIFY(MilestoneRepository(*m_db).insert(m));
}

void TestStatistics::area(qint64 pair, const QString &code)
{
    PartnershipArea a;
    a.partnershipId = pair;
    a.areaId = m_areas.value(code);
    a.status = PartnershipAreaStatus::Active;
    QVERIFY(PartnershipAreaRepository(*m_db).insert(a));
}

// The fixture, as of 29 November 2026:
//   P1 Вінниця – Karlsruhe (DE): twinning agreement 2023-04-22; healthcare, culture;
//      done 2026-10-05, planned 2026-11-17 (overdue), 2026-12-10 (due soon), 2027-03-01.
//   P2 Вінниця – Kraków (PL): cooperation agreement 2026-03-02; culture;
//      planned 2025-01-10 (overdue, before the chart), cancelled 2026-05-05.
//   P3 Львів – Wrocław (PL): twinning 2002-05-05, suspended 2024-01-01; reconstruction;
//      done 2026-02-14.
//   P4 a community of Crimea – Lyon (FR): memorandum 2026-07-01; planned 2026-12-28 (due soon).
//   P5 Київ – Kraków (PL): friendship, first contact 2026-09-09.
void TestStatistics::initTestCase()
{
    m_db = test::openFresh(m_dir);
    QVERIFY(m_db);
    const auto areas = CooperationAreaRepository(*m_db).all();
    QVERIFY(areas);
    for (const CooperationArea &a : areas.value())
        m_areas.insert(a.code, a.id);
    const qint64 vinnytsia = community(QStringLiteral("UA-05"), QStringLiteral("Вінниця"));
    const qint64 lviv = community(QStringLiteral("UA-46"), QStringLiteral("Львів"));
    const qint64 crimea = community(QStringLiteral("UA-43"));
    const qint64 kyiv = community(QStringLiteral("UA-30"));
    QVERIFY(vinnytsia && lviv && crimea && kyiv);
    const qint64 karlsruhe =
        place(QStringLiteral("Karlsruhe"), QStringLiteral("DE"), 49.009, 8.404);
    const qint64 krakow = place(QStringLiteral("Kraków"), QStringLiteral("PL"), 50.06, 19.94);
    const qint64 wroclaw = place(QStringLiteral("Wrocław"), QStringLiteral("PL"), 51.1, 17.03);
    const qint64 lyon = place(QStringLiteral("Lyon"), QStringLiteral("FR"), 45.75, 4.85);

    const qint64 p1 =
        pair(vinnytsia, karlsruhe, PartnershipKind::Twinning, Stage::TwinningAgreement,
             {QDate(2022, 6, 15), QDate(2022, 11, 3), {}, QDate(2023, 4, 22)});
    area(p1, QStringLiteral("healthcare"));
    area(p1, QStringLiteral("culture"));
    milestone(p1, QDate(2026, 10, 5), MilestoneStatus::Done);
    milestone(p1, QDate(2026, 11, 17), MilestoneStatus::Planned);
    milestone(p1, QDate(2026, 12, 10), MilestoneStatus::Planned);
    milestone(p1, QDate(2027, 3, 1), MilestoneStatus::Planned);
    const qint64 p2 = pair(vinnytsia, krakow, PartnershipKind::Cooperation,
                           Stage::CooperationAgreement, {{}, QDate(2025, 6, 1), QDate(2026, 3, 2)});
    area(p2, QStringLiteral("culture"));
    milestone(p2, QDate(2025, 1, 10), MilestoneStatus::Planned);
    milestone(p2, QDate(2026, 5, 5), MilestoneStatus::Cancelled);
    const qint64 p3 = pair(lviv, wroclaw, PartnershipKind::Twinning, Stage::Suspended,
                           {{}, {}, {}, QDate(2002, 5, 5)}, QDate(2024, 1, 1));
    area(p3, QStringLiteral("reconstruction"));
    milestone(p3, QDate(2026, 2, 14), MilestoneStatus::Done);
    const qint64 p4 = pair(crimea, lyon, PartnershipKind::Partnership, Stage::Memorandum,
                           {{}, QDate(2026, 7, 1)});
    milestone(p4, QDate(2026, 12, 28), MilestoneStatus::Planned);
    QVERIFY(
        pair(kyiv, krakow, PartnershipKind::Friendship, Stage::FirstContact, {QDate(2026, 9, 9)}));

    auto loaded = Portfolio::load(*m_db, m_today);
    QVERIFY(loaded);
    m_portfolio = std::move(loaded.value());
    QCOMPARE(m_portfolio.pairs().size(), 5);
    m_stats = computeStatistics(m_portfolio, m_portfolio.select({}), m_today);
}

void TestStatistics::cleanupTestCase()
{
    m_db.reset();
}

void TestStatistics::totals_data()
{
    QTest::addColumn<int>("actual");
    QTest::addColumn<int>("expected");
    const Statistics &s = m_stats;
    QTest::newRow("pairs in the portfolio") << s.pairsAll << 5;
    QTest::newRow("pairs selected") << s.pairs << 5;
    QTest::newRow("active pairs (P3 suspended)") << s.activePairs << 4;
    QTest::newRow("communities with pairs") << s.communitiesWithPairs << 4;
    QTest::newRow("communities active: Вінниця, Київ, Crimea's") << s.communitiesActive << 3;
    QTest::newRow("communities of the 1,470") << s.communitiesTotal << 1470;
    QTest::newRow("of them in Crimea") << s.communitiesActiveOccupied << 1;
    QTest::newRow("partner places") << s.partnerPlaces << 4;
    QTest::newRow("partner countries") << s.partnerCountries << 3;
    QTest::newRow("signed in 2026: P2 agreement, P4 memorandum") << s.signedThisYear << 2;
    QTest::newRow("overdue: P1 17 Nov, P2 Jan 2025") << s.milestonesOverdue << 2;
    QTest::newRow("due within 30 days: P1 10 Dec, P4 28 Dec") << s.milestonesDueSoon << 2;
}

void TestStatistics::totals()
{
    QFETCH(int, actual);
    QFETCH(int, expected);
    QCOMPARE(actual, expected);
}

void TestStatistics::breakdowns()
{
    const Statistics &s = m_stats;
    QCOMPARE(s.byStage.size(), 7);
    QCOMPARE(s.byStage.value(Stage::FirstContact), 1);
    QCOMPARE(s.byStage.value(Stage::Negotiation), 0);
    QCOMPARE(s.byStage.value(Stage::Memorandum), 1);
    QCOMPARE(s.byStage.value(Stage::CooperationAgreement), 1);
    QCOMPARE(s.byStage.value(Stage::TwinningAgreement), 1);
    QCOMPARE(s.byStage.value(Stage::Suspended), 1);
    QCOMPARE(s.byStage.value(Stage::Terminated), 0);
    QCOMPARE(s.byKind.value(PartnershipKind::Twinning), 2);
    QCOMPARE(s.byKind.value(PartnershipKind::Cooperation), 1);
    QCOMPARE(s.byKind.value(PartnershipKind::Partnership), 1);
    QCOMPARE(s.byKind.value(PartnershipKind::Friendship), 1);
    QCOMPARE(s.byCountry.value(QStringLiteral("PL")), 3);
    QCOMPARE(s.byCountry.value(QStringLiteral("DE")), 1);
    QCOMPARE(s.byCountry.value(QStringLiteral("FR")), 1);
    const auto ranked = s.countriesRanked();
    QCOMPARE(ranked.first().first, QStringLiteral("PL"));
    QCOMPARE(ranked.at(1).first, QStringLiteral("DE")); // ties by code
    QCOMPARE(s.byArea.value(m_areas.value(QStringLiteral("culture"))), 2);
    QCOMPARE(s.byArea.value(m_areas.value(QStringLiteral("healthcare"))), 1);
    QCOMPARE(s.byArea.value(m_areas.value(QStringLiteral("reconstruction"))), 1);
    QCOMPARE(s.byArea.value(m_areas.value(QStringLiteral("energy"))), 0);
    QCOMPARE(s.bySignedYear, (QMap<int, int>{{2002, 1}, {2023, 1}, {2026, 2}}));
}

void TestStatistics::oblasts()
{
    const OblastFigures vinnytsia = m_stats.byOblast.value(QStringLiteral("UA-05"));
    QCOMPARE(vinnytsia.pairs, 2);
    QCOMPARE(vinnytsia.activePairs, 2);
    QCOMPARE(vinnytsia.milestonesOverdue, 2);
    QCOMPARE(vinnytsia.communitiesActive, 1);
    QCOMPARE(vinnytsia.communitiesTotal, 63);
    const OblastFigures lviv = m_stats.byOblast.value(QStringLiteral("UA-46"));
    QCOMPARE(lviv.pairs, 1);
    QCOMPARE(lviv.activePairs, 0);
    QCOMPARE(lviv.communitiesActive, 0);
    QCOMPARE(m_stats.byOblast.value(QStringLiteral("UA-43")).communitiesActive, 1);
    QCOMPARE(m_stats.byOblast.value(QStringLiteral("UA-30")).communitiesTotal, 1);
    QCOMPARE(m_stats.byOblast.value(QStringLiteral("UA-65")).pairs, 0); // listed, empty
    QCOMPARE(m_stats.byOblast.size(), 27);
}

void TestStatistics::months()
{
    const QList<MonthFigures> &m = m_stats.months;
    QCOMPARE(m.size(), 18);
    QCOMPARE(m.first().month, QDate(2025, 12, 1)); // 11 months before November 2026
    QCOMPARE(m.last().month, QDate(2027, 5, 1));   // 6 after
    const auto at = [&](int year, int month) {
        for (const MonthFigures &f : m) {
            if (f.month == QDate(year, month, 1))
                return f;
        }
        return MonthFigures{};
    };
    QCOMPARE(at(2026, 2).done, 1);  // P3
    QCOMPARE(at(2026, 10).done, 1); // P1
    QCOMPARE(at(2026, 11).overdue, 1);
    QCOMPARE(at(2026, 11).due, 0);
    QCOMPARE(at(2026, 12).due, 2);
    QCOMPARE(at(2027, 3).due, 1);
    QCOMPARE(at(2026, 5).done + at(2026, 5).due + at(2026, 5).overdue, 0); // cancelled
    QCOMPARE(m_stats.monthDone, 2);
    QCOMPARE(m_stats.monthDue, 3);
    QCOMPARE(m_stats.monthOverdue, 1); // January 2025 is before the chart
}

void TestStatistics::selectionOnly()
{
    Filter f;
    f.countries = {QStringLiteral("PL")};
    const Statistics s = computeStatistics(m_portfolio, m_portfolio.select(f), m_today);
    QCOMPARE(s.pairsAll, 5);
    QCOMPARE(s.pairs, 3);
    QCOMPARE(s.activePairs, 2);       // P2, P5
    QCOMPARE(s.communitiesActive, 2); // Вінниця, Київ
    QCOMPARE(s.partnerPlaces, 2);     // Kraków, Wrocław
    QCOMPARE(s.partnerCountries, 1);
    QCOMPARE(s.signedThisYear, 1);    // P2
    QCOMPARE(s.milestonesOverdue, 1); // P2's
    QCOMPARE(s.milestonesDueSoon, 0);
    f = {};
    f.oblasts = {QStringLiteral("UA-05")};
    const Statistics v = computeStatistics(m_portfolio, m_portfolio.select(f), m_today);
    QCOMPARE(v.pairs, 2);
    QCOMPARE(v.communitiesActive, 1);
    QCOMPARE(v.byOblast.value(QStringLiteral("UA-46")).pairs, 0);
    const Statistics none = computeStatistics(m_portfolio, {}, m_today);
    QCOMPARE(none.pairs, 0);
    QCOMPARE(none.communitiesTotal, 1470);
    QCOMPARE(none.months.size(), 18);
}

void TestStatistics::crimeaCountedApart()
{
    QVERIFY(!isCountedRegion(QStringLiteral("UA-43")));
    QVERIFY(!isCountedRegion(QStringLiteral("UA-40")));
    QVERIFY(isCountedRegion(QStringLiteral("UA-30")));
    // Crimea's community counts, and is named apart.
    QCOMPARE(m_stats.communitiesActive, 3);
    QCOMPARE(m_stats.communitiesActiveOccupied, 1);
}

void TestStatistics::regionCatalogue()
{
    const QMap<QString, int> &counts = communitiesPerRegion();
    QCOMPARE(counts.size(), 27);
    QCOMPARE(counts.value(QStringLiteral("UA-43")), 303);
    QCOMPARE(counts.value(QStringLiteral("UA-40")), 1);
    QCOMPARE(counts.value(QStringLiteral("UA-30")), 1);
    int total = 0;
    for (int n : counts)
        total += n;
    QCOMPARE(total, 1774);
}

void TestStatistics::json()
{
    const auto areas = CooperationAreaRepository(*m_db).all();
    QVERIFY(areas);
    const QJsonObject j = statisticsToJson(m_stats, areas.value());
    QCOMPARE(j.value(u"today").toString(), QStringLiteral("2026-11-29"));
    const QJsonObject totals = j.value(u"totals").toObject();
    QCOMPARE(totals.value(u"pairs").toInt(), 5);
    QCOMPARE(totals.value(u"communities_active").toInt(), 3);
    QCOMPARE(totals.value(u"communities_total").toInt(), 1470);
    QCOMPARE(j.value(u"by_stage").toObject().value(u"suspended").toInt(), 1);
    QCOMPARE(j.value(u"by_country").toObject().value(u"PL").toInt(), 3);
    QCOMPARE(j.value(u"by_area").toObject().value(u"culture").toInt(), 2);
    QCOMPARE(j.value(u"by_oblast").toObject().value(u"UA-05").toObject().value(u"pairs").toInt(),
             2);
    QCOMPARE(j.value(u"by_year").toObject().value(u"2026").toInt(), 2);
    const QJsonObject milestones = j.value(u"milestones").toObject();
    QCOMPARE(milestones.value(u"months").toArray().size(), 18);
    QCOMPARE(milestones.value(u"due").toInt(), 3);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
