#include "ui/views/dashboard/dashboardfigures.h"

#include "app/core/database.h"
#include "app/core/officesettings.h"
#include "app/core/repositories.h"
#include "app/models/portfoliostore.h"
#include "app/reports/monitoring.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <optional>

namespace tt::ui {

Result<DashboardSources> readDashboardSources(Database &db, const Portfolio &portfolio,
                                              const QDate &today)
{
    DashboardSources sources;
    auto input = reports::monitoringInput(db, portfolio, today);
    if (!input)
        return input.error();
    sources.monitoring = std::move(*input);
    auto steps = MilestoneRepository(db).ofKinds(
        {MilestoneKind::MinistrySubmission, MilestoneKind::MinistryAnswer});
    if (!steps)
        return steps.error();
    sources.overdueAnswers = monitoring::overdueAnswers(*steps, today);
    auto months = OfficeSettingsRepository(db).dormancyMonths();
    sources.dormancyMonths = months ? *months : OfficeSettings::defaultDormancyMonths;
    // The pages of the tables just read whole are of no further use.
    db.releaseCache();
    return sources;
}

DashboardFigures countDashboardFigures(const Portfolio &portfolio,
                                       const QList<qsizetype> &selection,
                                       const DashboardSources *sources, const QDate &today)
{
    DashboardFigures out;
    out.stats = computeStatistics(portfolio, selection, today);
    if (!sources)
        return out;
    out.complete = true;
    out.stats.agreements = agreementFigures(portfolio, selection, sources->monitoring, today);

    QSet<qint64> shown;
    shown.reserve(selection.size());
    for (qsizetype i : selection)
        shown.insert(portfolio.pairs()[i].id);

    for (const auto &answer : sources->overdueAnswers) {
        if (shown.contains(answer.first))
            out.overdueAnswers << answer;
    }

    // Aid received up to today through the pairs of the filter, each currency
    // apart (currencies are never added to each other).
    QList<monitoring::AidFact> facts;
    for (const monitoring::AidFact &a : sources->monitoring.aid) {
        if (!shown.contains(a.partnershipId) || a.currency.isEmpty() ||
            (a.receivedOn.isValid() && a.receivedOn > today))
            continue;
        facts << a;
    }
    out.aidRecords = int(facts.size());
    out.aid = monitoring::aidTotals(facts);

    // The pairs of the filter, in the read model's order (that of the input).
    out.dormant.months = sources->dormancyMonths;
    QList<monitoring::MonitoringPartnership> pairs;
    pairs.reserve(shown.size());
    for (const monitoring::MonitoringPartnership &p : sources->monitoring.pairs) {
        if (shown.contains(p.id))
            pairs << p;
    }
    const monitoring::Dormancy idle = monitoring::dormancy(pairs, today, out.dormant.months);
    for (const monitoring::MonitoringPartnership *p : idle.dormant) {
        out.dormant.dormant << p->id;
        out.dormant.lastActivity.insert(p->id, p->lastActivityOn);
    }
    for (const monitoring::MonitoringPartnership *p : idle.withoutActivity)
        out.dormant.withoutActivity << p->id;
    return out;
}

// One count on the worker: a snapshot of the store's state, and what it gives.
struct DashboardCounter::Job
{
    Portfolio portfolio; // shares the store's pairs until the store changes them
    QList<qsizetype> selection;
    QDate today;
    QString path; // a file to read the sources from, when they are missing
    std::shared_ptr<const DashboardSources> sources;
    quint64 generation = 0;
    QMutex mutex;
    std::optional<DashboardFigures> figures; // set once, by the worker
    bool sourcesRead = false;
};

namespace {

// On the worker thread: a connection of its own, read-only, without the checks
// the window's connection made when it opened the file.
std::shared_ptr<const DashboardSources>
readInBackground(const QString &path, const Portfolio &portfolio, const QDate &today)
{
    OpenOptions options;
    options.readOnly = true;
    options.create = false;
    options.migrate = false;
    options.integrity = OpenOptions::Integrity::None;
    options.cache = OpenOptions::Cache::Scan;
    auto db = Database::open(path, options);
    if (!db)
        return nullptr;
    auto sources = readDashboardSources(**db, portfolio, today);
    return sources ? std::make_shared<const DashboardSources>(std::move(*sources)) : nullptr;
}

} // namespace

DashboardCounter::DashboardCounter(PortfolioStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_pool.setMaxThreadCount(1);
}

DashboardCounter::~DashboardCounter()
{
    // The worker calls back into this object: wait for it.
    m_job.reset();
    m_pool.waitForDone();
}

void DashboardCounter::invalidate()
{
    ++m_generation;
    m_sources.reset();
}

std::shared_ptr<const DashboardSources> DashboardCounter::sourcesHere()
{
    // Without the milestones a pair's last activity is not known yet; what
    // would be read now is read again when they come.
    if (!m_sources && m_store && m_store->database() && m_store->hasMilestones()) {
        auto read =
            readDashboardSources(*m_store->database(), m_store->portfolio(), m_store->today());
        if (read)
            m_sources = std::make_shared<const DashboardSources>(std::move(*read));
    }
    return m_sources;
}

bool DashboardCounter::waitForPairs()
{
    if (!m_store || !m_store->isLoadingPairs())
        return false;
    // Nothing to count yet: the tiles say the pairs are being read.
    m_hasFigures = false;
    m_figures = DashboardFigures{};
    emit figuresReady();
    return true;
}

void DashboardCounter::request()
{
    if (waitForPairs())
        return;
    if (m_job) {
        m_again = true;
        return;
    }
    if (!m_store || !m_store->database() ||
        m_store->portfolio().pairs().size() < m_backgroundThreshold) {
        countNow();
        return;
    }
    start();
}

void DashboardCounter::countNow()
{
    waitForFigures();
    m_again = false;
    if (waitForPairs())
        return;
    if (!m_store) {
        m_figures = DashboardFigures{};
    } else {
        const auto sources = sourcesHere();
        m_figures = countDashboardFigures(m_store->portfolio(), m_store->filtered(), sources.get(),
                                          m_store->today());
    }
    m_hasFigures = true;
    emit figuresReady();
}

void DashboardCounter::start()
{
    auto job = std::make_shared<Job>();
    job->portfolio = m_store->portfolio();
    job->selection = m_store->filtered();
    job->today = m_store->today();
    job->generation = m_generation;
    if (m_store->database()->dialect().isSqlite() && m_store->hasMilestones())
        job->path = m_store->database()->path();
    // A server is read over the window's connection, the only one with the
    // password; the count still goes to the worker.
    job->sources = m_sources ? m_sources : job->path.isEmpty() ? sourcesHere() : nullptr;
    m_job = job;
    m_again = false;
    // `this` outlives the worker: the destructor waits for it.
    m_pool.start([this, job] {
        std::shared_ptr<const DashboardSources> sources = job->sources;
        bool read = false;
        if (!sources && !job->path.isEmpty()) {
            sources = readInBackground(job->path, job->portfolio, job->today);
            read = sources != nullptr;
        }
        DashboardFigures figures =
            countDashboardFigures(job->portfolio, job->selection, sources.get(), job->today);
        // The store's pairs are its own again: a change it makes now copies nothing.
        job->portfolio = Portfolio();
        job->selection.clear();
        {
            QMutexLocker lock(&job->mutex);
            job->figures = std::move(figures);
            if (read) {
                job->sources = std::move(sources);
                job->sourcesRead = true;
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, job] {
                if (finish(job) && std::exchange(m_again, false))
                    request();
            },
            Qt::QueuedConnection);
    });
}

bool DashboardCounter::finish(const std::shared_ptr<Job> &job)
{
    if (job != m_job)
        return false; // waited for and shown already
    m_job.reset();
    {
        QMutexLocker lock(&job->mutex);
        if (job->figures)
            m_figures = std::move(*job->figures);
        // What was read still holds if the data did not change meanwhile.
        if (job->sourcesRead && job->generation == m_generation)
            m_sources = job->sources;
    }
    m_hasFigures = true;
    emit figuresReady();
    return true;
}

void DashboardCounter::waitForFigures()
{
    if (!m_job)
        return;
    const std::shared_ptr<Job> job = m_job;
    m_pool.waitForDone();
    finish(job);
}

} // namespace tt::ui
