// Loading the portfolio and filtering it, on a generated national database.
//   twinning-tracker generate --db /tmp/big.twinning --partnerships 100000
//   TT_BENCH_DB=/tmp/big.twinning build/tests/bench/bench_portfolio

#include "app/core/portfolio.h"
#include "app/sample/sampledata.h"
#include "tests/bench/benchdb.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace tt;

class BenchPortfolio : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void open();
    void load();
    void loadPairs();
    void readMilestones();
    void mergeMilestones();
    void filterText_data();
    void filterText();
    void filterFacets();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    Portfolio m_portfolio;
};

void BenchPortfolio::initTestCase()
{
    m_path = bench::databasePath(m_dir);
    auto db = Database::open(m_path);
    QVERIFY(db);
    m_db = std::move(db.value());
    auto p = Portfolio::load(*m_db);
    QVERIFY(p);
    m_portfolio = std::move(p.value());
    qInfo("%lld pairs", static_cast<long long>(m_portfolio.pairs().size()));
}

void BenchPortfolio::open()
{
    QBENCHMARK
    {
        auto db = Database::open(m_path);
        QVERIFY(db);
    }
}

void BenchPortfolio::load()
{
    QBENCHMARK
    {
        auto p = Portfolio::load(*m_db);
        QVERIFY(p);
    }
}

void BenchPortfolio::loadPairs()
{
    // The first phase of a window's load: what the table needs to show rows.
    QBENCHMARK
    {
        auto p = Portfolio::loadPairs(*m_db);
        QVERIFY(p);
    }
}

void BenchPortfolio::readMilestones()
{
    // The second phase, done on a worker thread in the application.
    QBENCHMARK
    {
        auto m = Portfolio::readMilestones(*m_db, QDate::currentDate());
        QVERIFY(m);
    }
}

void BenchPortfolio::mergeMilestones()
{
    // What the GUI thread does when the worker hands the milestones over.
    auto p = Portfolio::loadPairs(*m_db);
    QVERIFY(p);
    auto m = Portfolio::readMilestones(*m_db, QDate::currentDate());
    QVERIFY(m);
    QBENCHMARK_ONCE
    {
        p->mergeMilestones(std::move(m.value()));
    }
    QVERIFY(p->hasMilestones());
}

void BenchPortfolio::filterText_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("one letter") << QStringLiteral("k");
    QTest::newRow("word") << QStringLiteral("krakow");
    QTest::newRow("cyrillic") << QStringLiteral("вінн");
}

void BenchPortfolio::filterText()
{
    QFETCH(QString, query);
    Filter f;
    f.text = query;
    QBENCHMARK
    {
        QList<qsizetype> hits = m_portfolio.select(f);
        Q_UNUSED(hits);
    }
}

void BenchPortfolio::filterFacets()
{
    Filter f;
    f.countries = {QStringLiteral("PL"), QStringLiteral("DE")};
    f.stages = {Stage::TwinningAgreement, Stage::CooperationAgreement};
    f.needsAttention = true;
    QBENCHMARK
    {
        QList<qsizetype> hits = m_portfolio.select(f);
        Q_UNUSED(hits);
    }
}

QTEST_GUILESS_MAIN(BenchPortfolio)
#include "bench_portfolio.moc"
