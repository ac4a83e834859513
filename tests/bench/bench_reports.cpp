// The printed reports on a generated national database: the dossier of one
// pair, the summary of all pairs (built, then written as PDF), and the
// monitoring over the agreements, approval tracks and aid that generate writes
// (its content read and computed, then written as PDF and as a workbook).
//   twinning-tracker generate --db /tmp/big.twinning --partnerships 100000
//   QT_QPA_PLATFORM=offscreen TT_BENCH_DB=/tmp/big.twinning build/tests/bench/bench_reports

#include "app/core/portfolio.h"
#include "app/reports/monitoring.h"
#include "app/reports/pagedprinter.h"
#include "app/reports/reports.h"
#include "tests/bench/benchdb.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tt;

class BenchReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dossier();
    void summaryBuild();
    void summaryPdf();
    void monitoringContent();
    void monitoringPdf();
    void monitoringWorkbook();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Portfolio m_portfolio;
    reports::Context m_context;
    reports::Report m_summary;
    reports::MonitoringContent m_monitoring;
};

void BenchReports::initTestCase()
{
    const QString path = bench::databasePath(m_dir);
    auto db = Database::open(path);
    QVERIFY(db);
    m_db = std::move(db.value());
    m_context.today = QDate::currentDate();
    m_context.locale = reports::localeFor(QStringLiteral("en"));
    auto p = Portfolio::load(*m_db, m_context.today);
    QVERIFY(p);
    m_portfolio = std::move(p.value());
    qInfo("%lld pairs", static_cast<long long>(m_portfolio.pairs().size()));
}

void BenchReports::dossier()
{
    // The pair with the most milestones: the longest dossier.
    qint64 id = 0;
    qsizetype most = -1;
    for (const PartnershipSummary &p : m_portfolio.pairs()) {
        if (p.milestones.size() > most) {
            most = p.milestones.size();
            id = p.id;
        }
    }
    const QString out = m_dir.filePath(QStringLiteral("dossier.pdf"));
    int pages = 0;
    QBENCHMARK
    {
        auto report = reports::dossier(*m_db, m_portfolio, id, m_context);
        QVERIFY(report);
        auto written = reports::writePdf(*report, {}, out);
        QVERIFY(written);
        pages = *written;
    }
    qInfo("dossier: %d page(s)", pages);
}

void BenchReports::summaryBuild()
{
    QBENCHMARK_ONCE
    {
        auto report = reports::summary(*m_db, m_portfolio, {}, m_context);
        QVERIFY(report);
        m_summary = std::move(report.value());
    }
    qsizetype rows = 0;
    for (const reports::LongTable &t : m_summary.tables)
        rows += t.rows.size();
    qInfo("summary: %lld table rows", static_cast<long long>(rows));
}

void BenchReports::summaryPdf()
{
    QVERIFY(!m_summary.title.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("summary.pdf"));
    int pages = 0;
    QBENCHMARK_ONCE
    {
        auto written = reports::writePdf(m_summary, {}, out);
        QVERIFY(written);
        pages = *written;
    }
    qInfo("summary: %d pages, %lld bytes", pages, static_cast<long long>(QFileInfo(out).size()));
}

void BenchReports::monitoringContent()
{
    QBENCHMARK_ONCE
    {
        auto content = reports::monitoringContent(*m_db, m_portfolio, m_context.today);
        QVERIFY(content);
        m_monitoring = std::move(content.value());
    }
    const monitoring::MonitoringFigures &f = m_monitoring.figures.current;
    qInfo("monitoring: %d agreements in force (%d recorded), %d of %d communities, %d partner "
          "countries, %lld overdue answers",
          f.agreements, f.recordedAgreements, f.communitiesWithAgreements, f.communitiesTotal,
          f.partnerCountries, static_cast<long long>(m_monitoring.overdueAnswers.size()));
    QVERIFY(f.recordedAgreements > 0);
}

void BenchReports::monitoringPdf()
{
    QVERIFY(m_monitoring.asOf.isValid());
    const QString out = m_dir.filePath(QStringLiteral("monitoring.pdf"));
    int pages = 0;
    QBENCHMARK_ONCE
    {
        auto written =
            reports::writePdf(reports::monitoringReport(m_monitoring, m_context), {}, out);
        QVERIFY(written);
        pages = *written;
    }
    qInfo("monitoring: %d pages, %lld bytes", pages, static_cast<long long>(QFileInfo(out).size()));
}

void BenchReports::monitoringWorkbook()
{
    QVERIFY(m_monitoring.asOf.isValid());
    const QString out = m_dir.filePath(QStringLiteral("monitoring.xlsx"));
    QBENCHMARK_ONCE
    {
        QVERIFY(reports::writeMonitoringWorkbook(m_monitoring, m_context, out));
    }
    qInfo("monitoring workbook: %lld bytes", static_cast<long long>(QFileInfo(out).size()));
}

QTEST_MAIN(BenchReports)
#include "bench_reports.moc"
