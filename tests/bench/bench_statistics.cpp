// The dashboard's figures on a generated national database: the whole
// portfolio, and a filtered selection (what a click on a chart causes).
//   twinning-tracker generate --db /tmp/big.twinning --partnerships 100000
//   TT_BENCH_DB=/tmp/big.twinning build/tests/bench/bench_statistics

#include "app/core/portfolio.h"
#include "app/core/statistics.h"
#include "app/sample/sampledata.h"
#include "tests/bench/benchdb.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tt;

Q_DECLARE_METATYPE(tt::Filter)

class BenchStatistics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void computeAll();
    void computeFiltered_data();
    void computeFiltered();
    void filterAndCompute();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Portfolio m_portfolio;
    QDate m_today = QDate::currentDate();
};

void BenchStatistics::initTestCase()
{
    QString path = bench::databasePath(m_dir);
    auto db = Database::open(path);
    QVERIFY(db);
    m_db = std::move(db.value());
    auto p = Portfolio::load(*m_db, m_today);
    QVERIFY(p);
    m_portfolio = std::move(p.value());
    qInfo("%lld pairs", static_cast<long long>(m_portfolio.pairs().size()));
}

void BenchStatistics::computeAll()
{
    const QList<qsizetype> all = m_portfolio.select({});
    Statistics s;
    QBENCHMARK
    {
        s = computeStatistics(m_portfolio, all, m_today);
    }
    QCOMPARE(s.pairs, int(m_portfolio.pairs().size()));
}

void BenchStatistics::computeFiltered_data()
{
    QTest::addColumn<Filter>("filter");
    Filter f;
    f.countries = {QStringLiteral("DE")};
    QTest::newRow("country") << f;
    f = {};
    f.oblasts = {QStringLiteral("UA-05"), QStringLiteral("UA-46")};
    f.hideEnded = true;
    QTest::newRow("two oblasts, ended hidden") << f;
    f = {};
    f.from = QDate(2015, 1, 1);
    f.to = QDate(2015, 12, 31);
    QTest::newRow("one year") << f;
}

void BenchStatistics::computeFiltered()
{
    QFETCH(Filter, filter);
    const QList<qsizetype> selection = m_portfolio.select(filter);
    Statistics s;
    QBENCHMARK
    {
        s = computeStatistics(m_portfolio, selection, m_today);
    }
    QCOMPARE(s.pairs, int(selection.size()));
}

void BenchStatistics::filterAndCompute()
{
    // What the dashboard does after a click: select, then count.
    Filter f;
    f.stages = {Stage::TwinningAgreement};
    QBENCHMARK
    {
        const Statistics s = computeStatistics(m_portfolio, m_portfolio.select(f), m_today);
        QVERIFY(s.pairs > 0);
    }
}

QTEST_GUILESS_MAIN(BenchStatistics)
#include "bench_statistics.moc"
