// The ministry's monitoring at national scale, as pure computation: 100,000
// pairs of 1,470 communities, an agreement for every second pair (every
// fiftieth binding two pairs) and 50,000 records of aid, figures as of a date
// and the full report (two dates, eight quarters).
//   build-test/tests/bench/bench_monitoring

#include "app/core/monitoring.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tt;
using namespace tt::monitoring;

class BenchMonitoring : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void figures();
    void report();
    void overdueAnswers();

private:
    MonitoringInput m_input;
    QList<Milestone> m_steps;
    const QDate m_today{2026, 11, 29};
};

void BenchMonitoring::initTestCase()
{
    QRandomGenerator rng(7);
    const char *countries[] = {"DE", "PL", "FR", "IT", "US", "GB", "CZ", "LT", "RO", "SK"};
    m_input.communitiesTotal = 1470;
    for (qint64 id = 1; id <= 100000; ++id) {
        MonitoringPartnership p;
        p.id = id;
        p.communityId = 1 + rng.bounded(1470);
        p.oblastIso = QStringLiteral("UA-%1").arg(5 + rng.bounded(70), 2, 10, QLatin1Char('0'));
        p.countryIso = QLatin1String(countries[rng.bounded(10)]);
        if (rng.bounded(20) == 0) {
            p.stage = Stage::Terminated;
            p.endedOn = QDate(2022, 3, 1);
        }
        m_input.pairs << p;
        if (id % 2 == 0) {
            AgreementRecord a;
            a.agreement.id = id / 2;
            a.agreement.signedOn = QDate(1990, 1, 1).addDays(rng.bounded(13000));
            a.partnershipIds = {id};
            if (id % 100 == 0)
                a.partnershipIds << id - 1;
            m_input.agreements << a;
        }
        if (id % 2 == 1) {
            m_input.aid << AidFact{id,
                                   p.communityId,
                                   p.oblastIso,
                                   QDate(2022, 1, 1).addDays(rng.bounded(1800)),
                                   qint64(rng.bounded(1000000)),
                                   QStringLiteral("EUR"),
                                   p.countryIso};
        }
        if (id % 50 == 0) {
            Milestone m;
            m.partnershipId = id;
            m.kind = MilestoneKind::MinistrySubmission;
            m.status = MilestoneStatus::Done;
            m.doneOn = m_today.addDays(-rng.bounded(90));
            m_steps << m;
        }
    }
}

void BenchMonitoring::figures()
{
    MonitoringFigures f;
    QBENCHMARK
    {
        f = monitoringFigures(m_input, m_today);
    }
    QVERIFY(f.agreements > 0);
}

void BenchMonitoring::report()
{
    MonitoringReport r;
    QBENCHMARK
    {
        r = monitoringReport(m_input, m_today, 12);
    }
    QCOMPARE(r.newPerQuarter.size(), 8);
}

void BenchMonitoring::overdueAnswers()
{
    qsizetype n = 0;
    QBENCHMARK
    {
        n = monitoring::overdueAnswers(m_steps, m_today).size();
    }
    QVERIFY(n > 0);
}

QTEST_GUILESS_MAIN(BenchMonitoring)
#include "bench_monitoring.moc"
