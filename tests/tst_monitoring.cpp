// The approval path and the ministry's monitoring against fixtures counted by
// hand: the 30 days, declared against delivered areas, dormancy, anniversaries
// and expiries, aid totals, and the monitoring figures as of two dates.

#include "app/core/monitoring.h"

#include <QTest>

using namespace tt;
using namespace tt::monitoring;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

Milestone step(MilestoneKind kind, const QDate &done, const QDate &planned = {})
{
    Milestone m;
    m.kind = kind;
    m.title = toLabel(kind);
    m.doneOn = done;
    m.plannedOn = planned;
    m.status = done.isValid() ? MilestoneStatus::Done : MilestoneStatus::Planned;
    return m;
}

AgreementRecord agreement(qint64 id, const QDate &signedOn, const QList<qint64> &pairs,
                          const QDate &expires = {}, const QList<qint64> &areas = {})
{
    AgreementRecord r;
    r.agreement.id = id;
    r.agreement.signedOn = signedOn;
    r.agreement.expiresOn = expires;
    r.partnershipIds = pairs;
    r.areaIds = areas;
    return r;
}

Milestone done(qint64 area, const QDate &on)
{
    Milestone m = step(MilestoneKind::Visit, on);
    m.areaId = area;
    return m;
}

Project project(qint64 area, ProjectStatus status, const QDate &start, const QDate &end)
{
    Project p;
    p.areaId = area;
    p.status = status;
    p.startOn = start;
    p.endOn = end;
    return p;
}

MonitoringPartnership pair(qint64 id, qint64 community, const char *oblast, const char *country,
                           Stage stage = Stage::TwinningAgreement, const QDate &ended = {})
{
    MonitoringPartnership p;
    p.id = id;
    p.communityId = community;
    p.oblastIso = QLatin1String(oblast);
    p.countryIso = QLatin1String(country);
    p.stage = stage;
    p.endedOn = ended;
    p.counted = p.oblastIso != QLatin1String("UA-43");
    return p;
}

AidFact aid(qint64 pair, qint64 community, const char *oblast, const QDate &on, qint64 value,
            const char *currency, const char *country = "")
{
    return AidFact{pair,
                   community,
                   QLatin1String(oblast),
                   on,
                   value,
                   QLatin1String(currency),
                   QLatin1String(country)};
}

// Six pairs: Хотин with Żagań (1) and Teltow (2), bound by one trilateral
// agreement; Львів – a Polish city (3); Харків – a Russian city (4), ended on
// 15 March 2026; a pair of Crimea (5), not counted among the communities; and a
// suspended pair of Львів (6).
MonitoringInput portfolio()
{
    MonitoringInput in;
    in.communitiesTotal = 1470;
    in.pairs = {
        pair(1, 10, "UA-77", "PL"), pair(2, 10, "UA-77", "DE"),
        pair(3, 20, "UA-46", "PL"), pair(4, 30, "UA-63", "RU", Stage::Terminated, d("2026-03-15")),
        pair(5, 40, "UA-43", "TR"), pair(6, 20, "UA-46", "DE", Stage::Suspended)};
    in.agreements = {
        agreement(1, d("2025-05-20"), {1, 2}), agreement(2, d("2026-08-10"), {3}),
        agreement(3, d("2000-01-01"), {4}),    agreement(4, d("2020-02-02"), {3}, d("2026-10-31")),
        agreement(5, d("2019-06-01"), {5}),    agreement(6, d("2021-04-04"), {6})};
    in.aid = {aid(1, 10, "UA-77", d("2026-07-05"), 100000, "EUR"),
              aid(3, 20, "UA-46", d("2026-09-30"), 50000, "EUR"),
              aid(3, 20, "UA-46", d("2026-10-15"), 2000000, "UAH"),
              aid(4, 30, "UA-63", d("2025-01-01"), 99, "EUR")};
    return in;
}

} // namespace

class TestMonitoring : public QObject
{
    Q_OBJECT
private slots:
    void dueDate_data();
    void dueDate();
    void deadline_data();
    void deadline();
    void noSubmissionNoDeadline();
    void trackInOrder();
    void declaredAgainstDelivered();
    void lastActivityOfAPair();
    void dormancy_data();
    void dormancy();
    void anniversariesWithin90Days();
    void expiriesWithin90Days();
    void aidTotalsPerPairCommunityOblastYear();
    void aidTotalsPerCountry();
    void monitoringReportBreaksDownTheAidItCounts();
    void trilateralCountedOnce();
    void pairStagesCountWithoutDocuments();
    void dormancyNeedsRecordedActivity();
    void figures_data();
    void figures();
    void changeSincePreviousQuarter();
    void newAgreementsPerQuarter();
};

void TestMonitoring::dueDate_data()
{
    QTest::addColumn<QDate>("submitted");
    QTest::addColumn<QDate>("due");
    // Day 30 a Wednesday: it stays.
    QTest::newRow("weekday") << d("2026-03-02") << d("2026-04-01");
    // Day 30 a Sunday: the Monday after.
    QTest::newRow("sunday") << d("2026-01-09") << d("2026-02-09");
    // Day 30 a Saturday in a leap year (29 February counted): Monday.
    QTest::newRow("saturday, leap year") << d("2024-02-01") << d("2024-03-04");
    QTest::newRow("monday") << d("2026-01-10") << d("2026-02-09");
}

void TestMonitoring::dueDate()
{
    QFETCH(QDate, submitted);
    QFETCH(QDate, due);
    QCOMPARE(ministryDueDate(submitted), due);
    QVERIFY(!ministryDueDate(QDate()).isValid());
}

void TestMonitoring::deadline_data()
{
    QTest::addColumn<QDate>("answered");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("late");
    // Submitted on Monday 2 March 2026: due Wednesday 1 April.
    QTest::newRow("submission day") << QDate() << d("2026-03-02") << 30 << false << false;
    QTest::newRow("due today") << QDate() << d("2026-04-01") << 0 << false << false;
    QTest::newRow("a day late") << QDate() << d("2026-04-02") << -1 << true << false;
    QTest::newRow("answered in time")
        << d("2026-03-31") << d("2026-05-01") << -30 << false << false;
    QTest::newRow("answered late") << d("2026-04-03") << d("2026-05-01") << -30 << false << true;
}

void TestMonitoring::deadline()
{
    QFETCH(QDate, answered);
    QFETCH(QDate, today);
    QFETCH(int, daysLeft);
    QFETCH(bool, overdue);
    QFETCH(bool, late);
    QList<Milestone> track = {step(MilestoneKind::MinistrySubmission, d("2025-06-01")),
                              step(MilestoneKind::MinistryAnswer, d("2025-06-20")),
                              step(MilestoneKind::MinistrySubmission, d("2026-03-02")),
                              step(MilestoneKind::Visit, d("2026-03-10"))};
    if (answered.isValid())
        track << step(MilestoneKind::MinistryAnswer, answered);
    // An answer still planned is no answer.
    track << step(MilestoneKind::MinistryAnswer, QDate(), d("2026-03-20"));
    auto deadline = ministryDeadline(track, today);
    QVERIFY(deadline);
    QCOMPARE(deadline->submittedOn, d("2026-03-02"));
    QCOMPARE(deadline->dueOn, d("2026-04-01"));
    QCOMPARE(deadline->answeredOn, answered);
    QCOMPARE(deadline->daysLeft, daysLeft);
    QCOMPARE(deadline->overdue, overdue);
    QCOMPARE(deadline->answeredLate, late);
}

void TestMonitoring::noSubmissionNoDeadline()
{
    QVERIFY(!ministryDeadline({}, d("2026-01-01")));
    // A submission only planned has not started the 30 days.
    QVERIFY(!ministryDeadline({step(MilestoneKind::MinistrySubmission, {}, d("2026-01-05"))},
                              d("2026-03-01")));
}

void TestMonitoring::trackInOrder()
{
    Milestone order = step(MilestoneKind::MinistryOrder, d("2026-05-04"));
    order.documentNumber = QStringLiteral("№ 212");
    const auto track =
        approvalTrack({step(MilestoneKind::RegisterEntry, {}, d("2026-07-01")), order,
                       step(MilestoneKind::MinistrySubmission, d("2026-03-02")),
                       step(MilestoneKind::Visit, d("2026-03-03"))});
    QCOMPARE(track.size(), 8);
    QCOMPARE(track[0].kind, MilestoneKind::MinistrySubmission);
    QCOMPARE(track[7].kind, MilestoneKind::RegisterEntry);
    QVERIFY(track[0].milestone);
    QVERIFY(!track[1].milestone); // no answer yet
    QCOMPARE(track[4].kind, MilestoneKind::MinistryOrder);
    QCOMPARE(track[4].milestone->documentNumber, QStringLiteral("№ 212"));
    QCOMPARE(track[5].kind, MilestoneKind::CouncilDecision);
    QVERIFY(track[7].milestone);
    QCOMPARE(track[7].milestone->plannedOn, d("2026-07-01"));
}

void TestMonitoring::declaredAgainstDelivered()
{
    const QDate today = d("2026-11-29");
    const QList<AgreementRecord> agreements = {
        agreement(1, d("2023-05-05"), {1}, {}, {1, 2, 3}),
        agreement(2, d("2015-05-05"), {1}, d("2025-05-04"), {4}), // expired: not declared
    };
    const QList<Milestone> milestones = {
        done(2, d("2026-01-10")),
        done(3, d("2025-11-29")),                        // a year and a day: outside the 12 months
        step(MilestoneKind::Visit, {}, d("2026-10-01")), // planned only
        done(6, d("2026-06-01")),
    };
    const QList<Project> projects = {
        project(1, ProjectStatus::Active, d("2025-01-01"), d("2026-02-28")),
        project(7, ProjectStatus::Cancelled, d("2026-01-01"), {}),
        project(8, ProjectStatus::Proposed, d("2026-01-01"), {}),
    };
    const CooperationAreaBalance b = declaredVsDelivered(agreements, milestones, projects, today);
    QCOMPARE(b.declared, (QList<qint64>{1, 2, 3}));
    QCOMPARE(b.delivered, (QList<qint64>{1, 2, 6}));
    QCOMPARE(b.declaredOnly, (QList<qint64>{3}));
    QCOMPARE(b.deliveredOnly, (QList<qint64>{6}));
}

void TestMonitoring::lastActivityOfAPair()
{
    const QDate today = d("2026-11-29");
    QList<Milestone> milestones = {step(MilestoneKind::Visit, d("2025-03-01")),
                                   step(MilestoneKind::Visit, {}, d("2026-05-01"))};
    Aid received;
    received.receivedOn = d("2025-06-10");
    const QList<AgreementRecord> agreements = {agreement(1, d("2024-04-04"), {1})};
    QCOMPARE(lastActivity(milestones, {}, {received}, agreements, today), d("2025-06-10"));
    // A project still running is activity today.
    QCOMPARE(lastActivity(milestones, {project(1, ProjectStatus::Active, d("2025-01-01"), QDate())},
                          {received}, agreements, today),
             today);
    QVERIFY(!lastActivity({}, {}, {}, {}, today).isValid());
}

void TestMonitoring::dormancy_data()
{
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDate>("since");
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("dormant");
    QTest::newRow("exactly a year ago") << d("2025-11-29") << d("2010-01-01") << 12 << true;
    QTest::newRow("a year less a day") << d("2025-11-30") << d("2010-01-01") << 12 << false;
    QTest::newRow("never active, old") << QDate() << d("2020-01-01") << 12 << true;
    QTest::newRow("never active, new") << QDate() << d("2026-02-01") << 12 << false;
    QTest::newRow("never active, no date") << QDate() << QDate() << 12 << true;
    // The office's own rule: six months, or two years.
    QTest::newRow("6: exactly six months ago") << d("2026-05-29") << d("2010-01-01") << 6 << true;
    QTest::newRow("6: six months less a day") << d("2026-05-30") << d("2010-01-01") << 6 << false;
    QTest::newRow("6: begun seven months ago") << QDate() << d("2026-04-15") << 6 << true;
    QTest::newRow("24: a year and a half ago") << d("2025-05-01") << d("2010-01-01") << 24 << false;
    QTest::newRow("24: begun within") << QDate() << d("2025-01-01") << 24 << false;
}

void TestMonitoring::dormancy()
{
    QFETCH(QDate, last);
    QFETCH(QDate, since);
    QFETCH(int, months);
    QFETCH(bool, dormant);
    QCOMPARE(isDormant(last, since, d("2026-11-29"), months), dormant);
}

void TestMonitoring::anniversariesWithin90Days()
{
    // Today 29 November 2026: the window ends on 27 February 2027.
    const QList<AgreementRecord> agreements = {
        agreement(1, d("2021-12-15"), {1}), // 5 years on 15 December 2026
        agreement(2, d("2017-01-10"), {1}), // 10 years on 10 January 2027
        agreement(3, d("2002-02-27"), {1}), // 25 years on the last day of the window
        agreement(4, d("2002-02-28"), {1}), // a day too late
        agreement(5, d("2023-12-01"), {1}), // 3 years: not a round one
        agreement(6, d("2016-11-28"), {1}), // 10 years yesterday
        agreement(7, QDate(), {1}),         // not signed yet
    };
    const auto list = anniversaries(agreements, d("2026-11-29"));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].agreementId, 1);
    QCOMPARE(list[0].years, 5);
    QCOMPARE(list[0].date, d("2026-12-15"));
    QCOMPARE(list[1].agreementId, 2);
    QCOMPARE(list[1].years, 10);
    QCOMPARE(list[2].agreementId, 3);
    QCOMPARE(list[2].years, 25);
    QCOMPARE(list[2].date, d("2027-02-27"));
}

void TestMonitoring::expiriesWithin90Days()
{
    const QList<AgreementRecord> agreements = {
        agreement(1, d("2022-02-01"), {1}, d("2027-01-31")), // in the window
        agreement(2, d("2021-11-29"), {1}, d("2026-11-28")), // expired yesterday
        agreement(3, d("2022-03-02"), {1}, d("2027-03-01")), // after the window
        agreement(4, d("2021-11-30"), {1}, d("2026-11-29")), // its last day is today
        agreement(5, d("2021-11-30"), {1}),                  // indefinite
    };
    const auto list = expiries(agreements, d("2026-11-29"));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].agreementId, 4);
    QCOMPARE(list[0].date, d("2026-11-29"));
    QCOMPARE(list[1].agreementId, 1);
}

void TestMonitoring::aidTotalsPerPairCommunityOblastYear()
{
    const AidTotals t = aidTotals({aid(1, 10, "UA-77", d("2025-05-01"), 1000, "EUR"),
                                   aid(2, 10, "UA-77", d("2026-02-01"), 500, "EUR"),
                                   aid(2, 10, "UA-77", d("2026-03-01"), 3000, "PLN"),
                                   aid(3, 20, "UA-46", d("2026-04-01"), 700, "EUR"),
                                   aid(3, 20, "UA-46", QDate(), 100, "EUR")});
    const auto eur = QStringLiteral("EUR");
    const auto pln = QStringLiteral("PLN");
    QCOMPARE(t.byPair.value(1), (Money{{eur, 1000}}));
    QCOMPARE(t.byPair.value(2), (Money{{eur, 500}, {pln, 3000}}));
    QCOMPARE(t.byPair.value(3), (Money{{eur, 800}}));
    QCOMPARE(t.byCommunity.value(10), (Money{{eur, 1500}, {pln, 3000}}));
    QCOMPARE(t.byCommunity.value(20), (Money{{eur, 800}}));
    QCOMPARE(t.byOblast.value(QStringLiteral("UA-77")), (Money{{eur, 1500}, {pln, 3000}}));
    QCOMPARE(t.byOblast.value(QStringLiteral("UA-46")), (Money{{eur, 800}}));
    QCOMPARE(t.byYear.value(2025), (Money{{eur, 1000}}));
    QCOMPARE(t.byYear.value(2026), (Money{{eur, 1200}, {pln, 3000}})); // the undated 100 left out
    QCOMPARE(t.byYear.size(), 2);
    QCOMPARE(t.total, (Money{{eur, 2300}, {pln, 3000}}));
}

void TestMonitoring::aidTotalsPerCountry()
{
    const AidTotals t = aidTotals({aid(1, 10, "UA-77", d("2025-05-01"), 1000, "EUR", "DE"),
                                   aid(2, 10, "UA-77", d("2026-02-01"), 500, "EUR", "PL"),
                                   aid(2, 10, "UA-77", d("2026-03-01"), 3000, "PLN", "PL"),
                                   aid(3, 20, "UA-46", d("2026-04-01"), 700, "EUR", "DE"),
                                   aid(4, 20, "UA-46", d("2026-04-01"), 900, "EUR", "")});
    const auto eur = QStringLiteral("EUR");
    const auto pln = QStringLiteral("PLN");
    QCOMPARE(t.byCountry.value(QStringLiteral("DE")), (Money{{eur, 1700}}));
    QCOMPARE(t.byCountry.value(QStringLiteral("PL")), (Money{{eur, 500}, {pln, 3000}}));
    QCOMPARE(t.byCountry.size(), 2); // aid without a known country is in the total only
    QCOMPARE(t.total, (Money{{eur, 3100}, {pln, 3000}}));

    // Ranked within one currency, never across currencies.
    const auto top = topAid(t.byCountry, eur, 5);
    QCOMPARE(top.size(), 2);
    QCOMPARE(top[0], (QPair<QString, qint64>(QStringLiteral("DE"), 1700)));
    QCOMPARE(top[1], (QPair<QString, qint64>(QStringLiteral("PL"), 500)));
    QCOMPARE(topAid(t.byCountry, pln, 5).size(), 1);
    QCOMPARE(topAid(t.byOblast, eur, 1),
             (QList<QPair<QString, qint64>>{{QStringLiteral("UA-46"), 1600}}));
}

// The report's breakdown adds up exactly the aid its indicator counts: up to
// the date, through pairs in force.
void TestMonitoring::monitoringReportBreaksDownTheAidItCounts()
{
    MonitoringInput in;
    MonitoringPartnership a;
    a.id = 1;
    a.communityId = 10;
    a.oblastIso = QStringLiteral("UA-46");
    a.countryIso = QStringLiteral("PL");
    a.stage = Stage::TwinningAgreement;
    a.signedOn = d("2020-01-01");
    MonitoringPartnership ended = a;
    ended.id = 2;
    ended.countryIso = QStringLiteral("DE");
    ended.endedOn = d("2026-01-01");
    in.pairs = {a, ended};
    in.aid = {aid(1, 10, "UA-46", d("2026-05-01"), 1000, "EUR", "PL"),
              aid(1, 10, "UA-46", d("2026-12-01"), 50, "EUR", "PL"),   // after the date
              aid(2, 10, "UA-46", d("2025-05-01"), 700, "EUR", "DE")}; // pair ended
    const MonitoringReport r = monitoringReport(in, d("2026-11-29"), 12);
    const auto eur = QStringLiteral("EUR");
    QCOMPARE(r.aid.total, r.current.aidReceived);
    QCOMPARE(r.aid.total, (Money{{eur, 1000}}));
    QCOMPARE(r.aid.byCountry.keys(), QStringList{QStringLiteral("PL")});
    QCOMPARE(r.aid.byYear.value(2026), (Money{{eur, 1000}}));
}

void TestMonitoring::trilateralCountedOnce()
{
    MonitoringInput in;
    in.communitiesTotal = 1470;
    in.pairs = {pair(1, 10, "UA-77", "PL"), pair(2, 10, "UA-77", "DE")};
    in.agreements = {agreement(1, d("2025-05-20"), {1, 2})};
    const auto f = monitoringFigures(in, d("2026-01-01"));
    QCOMPARE(f.agreements, 1);
    QCOMPARE(f.communitiesWithAgreements, 1);
    QCOMPARE(f.partnerCountries, 2);
    QCOMPARE(f.agreementsByOblast, (QMap<QString, int>{{QStringLiteral("UA-77"), 1}}));
    // One of the two pairs ended: the agreement still binds the other.
    in.pairs[0].endedOn = d("2025-12-01");
    in.pairs[0].stage = Stage::Terminated;
    const auto g = monitoringFigures(in, d("2026-01-01"));
    QCOMPARE(g.agreements, 1);
    QCOMPARE(g.partnerCountries, 1);
}

// Pairs with no recorded agreement count by their stage: memorandum and the two
// agreements, in force and signed by the date. A pair that a recorded
// agreement binds counts only through it, so nothing counts twice.
void TestMonitoring::pairStagesCountWithoutDocuments()
{
    MonitoringInput in;
    in.communitiesTotal = 1470;
    auto signedPair = [](qint64 id, qint64 community, const char *oblast, const char *country,
                         Stage stage, const QDate &signedOn, QList<qint64> areas = {}) {
        MonitoringPartnership p = pair(id, community, oblast, country, stage);
        p.signedOn = signedOn;
        p.areaIds = areas;
        return p;
    };
    in.pairs = {
        signedPair(1, 10, "UA-05", "DE", Stage::TwinningAgreement, d("2023-01-01"), {7}),
        signedPair(2, 10, "UA-05", "PL", Stage::CooperationAgreement, d("2026-10-10"), {7, 8}),
        signedPair(3, 20, "UA-46", "PL", Stage::Memorandum, QDate()),
        signedPair(4, 30, "UA-63", "FR", Stage::Negotiation, QDate()),
        signedPair(5, 40, "UA-07", "LT", Stage::FirstContact, QDate()),
        signedPair(6, 50, "UA-12", "IT", Stage::Terminated, d("2001-01-01")),
        // Bound by agreement 1, which expired: the stage does not count it.
        signedPair(7, 60, "UA-18", "CZ", Stage::TwinningAgreement, d("2010-05-05")),
        // Bound by agreement 2 together with pair 8: one agreement, not three.
        signedPair(8, 70, "UA-21", "SK", Stage::TwinningAgreement, d("2015-03-03")),
        signedPair(9, 70, "UA-21", "HU", Stage::TwinningAgreement, d("2015-03-03"))};
    in.agreements = {agreement(1, d("2010-05-05"), {7}, d("2020-05-04")),
                     agreement(2, d("2015-03-03"), {8, 9}, {}, {9})};
    const auto f = monitoringFigures(in, d("2026-11-29"));
    // Pairs 1, 2 and 3 by their stage, and agreement 2.
    QCOMPARE(f.agreements, 4);
    QCOMPARE(f.recordedAgreements, 1);
    QCOMPARE(f.communitiesWithAgreements, 3); // 10, 20 and 70
    QCOMPARE(f.partnerCountries, 4);          // DE, PL, SK, HU
    QCOMPARE(f.agreementsByOblast, (QMap<QString, int>{{QStringLiteral("UA-05"), 2},
                                                       {QStringLiteral("UA-46"), 1},
                                                       {QStringLiteral("UA-21"), 1}}));
    QCOMPARE(f.agreementsByCountry, (QMap<QString, int>{{QStringLiteral("DE"), 1},
                                                        {QStringLiteral("PL"), 2},
                                                        {QStringLiteral("SK"), 1},
                                                        {QStringLiteral("HU"), 1}}));
    // Areas: the pairs' own, or those the recorded agreement declares.
    QCOMPARE(f.agreementsByArea, (QMap<qint64, int>{{7, 2}, {8, 1}, {9, 1}}));
    // Pair 2 was signed in this quarter.
    QCOMPARE(f.newAgreements, 1);
    // Before pair 2 was signed, and before the recorded agreement's pairs.
    const auto before = monitoringFigures(in, d("2026-09-30"));
    QCOMPARE(before.agreements, 3);
    QCOMPARE(monitoringFigures(in, d("2014-01-01")).agreements, 2); // pair 3 (no date) and 7's
                                                                    // agreement, in force then
    const auto r = monitoringReport(in, d("2026-11-29"), 12);
    QCOMPARE(r.countriesRanked.first(), (QPair<QString, int>(QStringLiteral("PL"), 2)));
    QCOMPARE(r.areasRanked.first(), (QPair<qint64, int>(7, 2)));
}

// "No activity for 12 months" needs activity to measure against: a pair with
// none recorded is counted apart, not called dormant.
void TestMonitoring::dormancyNeedsRecordedActivity()
{
    MonitoringInput in;
    in.communitiesTotal = 1470;
    in.pairs = {pair(1, 10, "UA-05", "DE"), pair(2, 20, "UA-46", "PL"), pair(3, 30, "UA-63", "FR"),
                pair(4, 40, "UA-07", "LT", Stage::Terminated)};
    in.pairs[0].lastActivityOn = d("2025-01-10"); // dormant
    in.pairs[0].since = d("2020-01-01");
    in.pairs[1].lastActivityOn = d("2026-06-01"); // active
    // Pair 3: nothing recorded. Pair 4: not in force, whatever it recorded.
    in.pairs[3].lastActivityOn = d("2019-01-01");
    const auto r = monitoringReport(in, d("2026-11-29"), 12);
    QCOMPARE(r.dormantPairs, 1);
    QCOMPARE(r.pairsWithoutActivity, 1);
    // With five months the pair last active in June is dormant too.
    QCOMPARE(monitoringReport(in, d("2026-11-29"), 5).dormantPairs, 2);
    QCOMPARE(monitoringReport(in, d("2026-11-29"), 24).dormantPairs, 0);
}

void TestMonitoring::figures_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("agreements");
    QTest::addColumn<int>("communities");
    QTest::addColumn<int>("countries");
    QTest::addColumn<int>("newAgreements");
    QTest::addColumn<QString>("oblasts");
    QTest::addColumn<qint64>("eur");
    QTest::addColumn<qint64>("uah");
    // 29 November 2026: agreements 1 (Хотин, PL and DE), 2 (Львів, PL) and 5
    // (Crimea, TR). Not 3 (Харків's pair ended in March), not 4 (expired on 31
    // October), not 6 (pair suspended). Communities: Хотин, Львів and the one
    // in Crimea. Aid: pairs 1 and 3; pair 4 has ended.
    QTest::newRow("2026-11-29") << d("2026-11-29") << 3 << 3 << 3 << 0
                                << QStringLiteral("UA-43:1 UA-46:1 UA-77:1") << qint64(150000)
                                << qint64(2000000);
    // 1 March 2026: agreements 1, 3 (Харків's pair ends on 15 March), 4 and 5;
    // 2 not signed yet. Communities Хотин, Львів, Харків and Crimea's; countries
    // PL, DE, RU, TR.
    QTest::newRow("2026-03-01") << d("2026-03-01") << 4 << 4 << 4 << 0
                                << QStringLiteral("UA-43:1 UA-46:1 UA-63:1 UA-77:1") << qint64(99)
                                << qint64(0);
    // The end of the third quarter: 1, 2 (signed in August, new), 4, 5.
    QTest::newRow("2026-09-30") << d("2026-09-30") << 4 << 3 << 3 << 1
                                << QStringLiteral("UA-43:1 UA-46:2 UA-77:1") << qint64(150000)
                                << qint64(0);
}

void TestMonitoring::figures()
{
    QFETCH(QDate, asOf);
    QFETCH(int, agreements);
    QFETCH(int, communities);
    QFETCH(int, countries);
    QFETCH(int, newAgreements);
    QFETCH(QString, oblasts);
    QFETCH(qint64, eur);
    QFETCH(qint64, uah);
    const auto f = monitoringFigures(portfolio(), asOf);
    QCOMPARE(f.asOf, asOf);
    QCOMPARE(f.agreements, agreements);
    QCOMPARE(f.communitiesWithAgreements, communities);
    QCOMPARE(f.communitiesTotal, 1470);
    QCOMPARE(f.communitiesApart, 1); // the one in Crimea, among `communities`
    QCOMPARE(f.communityShare(), communities / 1470.0);
    QCOMPARE(f.partnerCountries, countries);
    QCOMPARE(f.newAgreements, newAgreements);
    QStringList byOblast;
    for (auto it = f.agreementsByOblast.cbegin(); it != f.agreementsByOblast.cend(); ++it)
        byOblast << it.key() + u':' + QString::number(it.value());
    QCOMPARE(byOblast.join(u' '), oblasts);
    QCOMPARE(f.aidReceived.value(QStringLiteral("EUR")), eur);
    QCOMPARE(f.aidReceived.value(QStringLiteral("UAH")), uah);
}

void TestMonitoring::changeSincePreviousQuarter()
{
    QCOMPARE(quarterStart(d("2026-11-29")), d("2026-10-01"));
    QCOMPARE(previousQuarterEnd(d("2026-11-29")), d("2026-09-30"));
    QCOMPARE(previousQuarterEnd(d("2026-09-30")), d("2026-06-30"));
    QCOMPARE(previousQuarterEnd(d("2026-01-01")), d("2025-12-31"));
    const auto r = monitoringReport(portfolio(), d("2026-11-29"), 12);
    QCOMPARE(r.current.asOf, d("2026-11-29"));
    QCOMPARE(r.previous.asOf, d("2026-09-30"));
    QCOMPARE(r.current.agreements - r.previous.agreements, -1);
    QCOMPARE(r.current.communitiesWithAgreements - r.previous.communitiesWithAgreements, 0);
    QCOMPARE(r.current.newAgreements - r.previous.newAgreements, -1);
    // Ranked by agreements, ties by code.
    QCOMPARE(r.oblastsRanked.size(), 3);
    QCOMPARE(r.oblastsRanked[0].first, QStringLiteral("UA-43"));
    const auto earlier = monitoringReport(portfolio(), d("2026-09-30"), 12);
    QCOMPARE(earlier.oblastsRanked[0], (QPair<QString, int>(QStringLiteral("UA-46"), 2)));
}

void TestMonitoring::newAgreementsPerQuarter()
{
    const auto r = monitoringReport(portfolio(), d("2026-11-29"), 12, 8);
    QCOMPARE(r.newPerQuarter.size(), 8);
    QCOMPARE(r.newPerQuarter.first().start, d("2025-01-01"));
    QCOMPARE(r.newPerQuarter.last().start, d("2026-10-01"));
    QList<int> counts;
    for (const QuarterCount &q : r.newPerQuarter)
        counts << q.agreements;
    // Agreement 1 in the second quarter of 2025, agreement 2 in the third of 2026.
    QCOMPARE(counts, (QList<int>{0, 1, 0, 0, 0, 0, 1, 0}));
}

QTEST_GUILESS_MAIN(TestMonitoring)
#include "tst_monitoring.moc"
