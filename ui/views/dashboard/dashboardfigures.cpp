#include "ui/views/dashboard/dashboardfigures.h"

#include "app/core/database.h"
#include "app/core/officesettings.h"
#include "app/core/reader.h"
#include "app/core/repositories.h"
#include "app/core/threadpriority.h"
#include "app/models/portfoliostore.h"
#include "app/reports/monitoring.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <optional>

namespace tt::ui {

Result<DashboardRecords> readDashboardRecords(Database &db, const QDate &today)
{
    DashboardRecords records;
    auto monitoring = reports::readMonitoringRecords(db);
    if (!monitoring)
        return monitoring.error();
    records.monitoring = std::move(*monitoring);
    auto steps = MilestoneRepository(db).ofKinds(
        {MilestoneKind::MinistrySubmission, MilestoneKind::MinistryAnswer});
    if (!steps)
        return steps.error();
    records.overdueAnswers = monitoring::overdueAnswers(*steps, today);
    auto months = OfficeSettingsRepository(db).dormancyMonths();
    records.dormancyMonths = months ? *months : OfficeSettings::defaultDormancyMonths;
    // The pages of the tables just read whole are of no further use.
    db.releaseCache();
    return records;
}

DashboardSources dashboardSources(std::shared_ptr<const DashboardRecords> records,
                                  const Portfolio &portfolio, const QDate &today)
{
    DashboardSources sources;
    sources.monitoring = reports::monitoringInput(records->monitoring, portfolio, today);
    sources.records = std::move(records);
    return sources;
}

Result<DashboardSources> readDashboardSources(Database &db, const Portfolio &portfolio,
                                              const QDate &today)
{
    auto records = readDashboardRecords(db, today);
    if (!records)
        return records.error();
    return dashboardSources(std::make_shared<const DashboardRecords>(std::move(*records)),
                            portfolio, today);
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

    // Without a filter (the dashboard's usual view) every pair is shown, and
    // nothing is looked up or copied to say so.
    const bool everyPair = selection.size() == portfolio.pairs().size();
    QSet<qint64> shownIds;
    if (!everyPair) {
        shownIds.reserve(selection.size());
        for (qsizetype i : selection)
            shownIds.insert(portfolio.pairs()[i].id);
    }
    const auto shown = [&](qint64 id) { return everyPair || shownIds.contains(id); };

    for (const auto &answer : sources->records->overdueAnswers) {
        if (shown(answer.first))
            out.overdueAnswers << answer;
    }

    // Aid received up to today through the pairs of the filter, each currency
    // apart (currencies are never added to each other).
    QList<monitoring::AidFact> facts;
    for (const monitoring::AidFact &a : sources->monitoring.aid) {
        if (!shown(a.partnershipId) || a.currency.isEmpty() ||
            (a.receivedOn.isValid() && a.receivedOn > today))
            continue;
        facts << a;
    }
    out.aidRecords = int(facts.size());
    out.aid = monitoring::aidTotals(facts);

    // The pairs of the filter, in the read model's order (that of the input).
    out.dormant.months = sources->records->dormancyMonths;
    QList<monitoring::MonitoringPartnership> pairs;
    if (!everyPair) {
        pairs.reserve(shownIds.size());
        for (const monitoring::MonitoringPartnership &p : sources->monitoring.pairs) {
            if (shownIds.contains(p.id))
                pairs << p;
        }
    }
    const monitoring::Dormancy idle = monitoring::dormancy(
        everyPair ? sources->monitoring.pairs : pairs, today, out.dormant.months);
    for (const monitoring::MonitoringPartnership *p : idle.dormant) {
        out.dormant.dormant << p->id;
        out.dormant.lastActivity.insert(p->id, p->lastActivityOn);
    }
    for (const monitoring::MonitoringPartnership *p : idle.withoutActivity)
        out.dormant.withoutActivity << p->id;
    return out;
}

// One job of the worker: a snapshot of the store's state, and what it gives.
struct DashboardCounter::Job
{
    Portfolio portfolio; // shares the store's pairs until the store changes them
    QList<qsizetype> selection;
    QDate today;
    std::optional<ReaderAddress> address; // to read the records from, when they are missing
    bool join = false;                    // join the records to the pairs (their milestones are in)
    bool count = false;                   // count the figures (else the records are only read)
    quint64 recordsGeneration = 0;
    quint64 sourcesGeneration = 0;
    QMutex mutex; // over what follows, which the worker sets
    std::shared_ptr<const DashboardRecords> records;
    std::shared_ptr<const DashboardSources> sources;
    bool recordsRead = false;
    bool sourcesJoined = false;
    std::optional<DashboardFigures> figures;
};

namespace {

// On the worker thread, over a connection of its own.
std::shared_ptr<const DashboardRecords> readInBackground(const ReaderAddress &address,
                                                         const QDate &today)
{
    auto db = openReader(address);
    if (!db)
        return nullptr;
    auto records = readDashboardRecords(**db, today);
    return records ? std::make_shared<const DashboardRecords>(std::move(*records)) : nullptr;
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
    ++m_recordsGeneration;
    ++m_sourcesGeneration;
    dropOnWorker(std::exchange(m_records, nullptr));
    dropOnWorker(std::exchange(m_sources, nullptr));
}

void DashboardCounter::invalidatePairs()
{
    ++m_sourcesGeneration;
    dropOnWorker(std::exchange(m_sources, nullptr));
}

void DashboardCounter::dropOnWorker(std::shared_ptr<const void> data)
{
    // The records of a national file take 50 ms and more to free: on the
    // worker, not between two frames of the window.
    if (data)
        m_pool.start([data = std::move(data)]() mutable { data.reset(); });
}

std::shared_ptr<const DashboardSources> DashboardCounter::sourcesHere()
{
    if (!m_store || !m_store->database())
        return nullptr;
    if (!m_records) {
        auto read = readDashboardRecords(*m_store->database(), m_store->today());
        if (read)
            m_records = std::make_shared<const DashboardRecords>(std::move(*read));
    }
    // Without the milestones a pair's last activity is not known yet.
    if (!m_sources && m_records && m_store->hasMilestones())
        m_sources = std::make_shared<const DashboardSources>(
            dashboardSources(m_records, m_store->portfolio(), m_store->today()));
    return m_sources;
}

bool DashboardCounter::waitForPairs()
{
    if (!m_store || !m_store->isLoadingPairs())
        return false;
    // Nothing to count yet: the tiles say the pairs are being read. What the
    // figures read besides them is read meanwhile.
    m_hasFigures = false;
    m_figures = DashboardFigures{};
    emit figuresReady();
    return true;
}

void DashboardCounter::request()
{
    if (m_job) {
        m_again = true;
        return;
    }
    if (waitForPairs()) {
        startReadingRecords();
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

void DashboardCounter::startReadingRecords()
{
    if (m_records || !m_store->database())
        return;
    auto job = std::make_shared<Job>();
    job->today = m_store->today();
    job->address = readerAddress(*m_store->database());
    job->recordsGeneration = m_recordsGeneration;
    job->sourcesGeneration = m_sourcesGeneration;
    m_job = job;
    m_pool.start([this, job] { work(job); });
}

void DashboardCounter::start()
{
    auto job = std::make_shared<Job>();
    job->portfolio = m_store->portfolio();
    job->selection = m_store->filtered();
    job->today = m_store->today();
    job->recordsGeneration = m_recordsGeneration;
    job->sourcesGeneration = m_sourcesGeneration;
    job->join = m_store->hasMilestones();
    job->count = true;
    if (!m_records)
        job->address = readerAddress(*m_store->database());
    job->records = m_records;
    job->sources = m_sources;
    m_job = job;
    m_again = false;
    m_pool.start([this, job] { work(job); });
}

// On the worker thread. `this` outlives it: the destructor waits for it.
void DashboardCounter::work(const std::shared_ptr<Job> &job)
{
    lowerThreadPriority(WorkPriority::Background);
    std::shared_ptr<const DashboardRecords> records = job->records;
    std::shared_ptr<const DashboardSources> sources = job->sources;
    bool read = false, joined = false;
    if (!records && job->address) {
        records = readInBackground(*job->address, job->today);
        read = records != nullptr;
    }
    if (!sources && records && job->join) {
        sources = std::make_shared<const DashboardSources>(
            dashboardSources(records, job->portfolio, job->today));
        joined = true;
    }
    std::optional<DashboardFigures> figures;
    if (job->count)
        figures = countDashboardFigures(job->portfolio, job->selection, sources.get(), job->today);
    // The store's pairs are its own again: a change it makes now copies nothing.
    job->portfolio = Portfolio();
    job->selection.clear();
    {
        QMutexLocker lock(&job->mutex);
        job->records = std::move(records);
        job->sources = std::move(sources);
        job->recordsRead = read;
        job->sourcesJoined = joined;
        job->figures = std::move(figures);
    }
    QMetaObject::invokeMethod(
        this,
        [this, job] {
            if (finish(job) && std::exchange(m_again, false))
                request();
        },
        Qt::QueuedConnection);
}

bool DashboardCounter::finish(const std::shared_ptr<Job> &job)
{
    if (job != m_job)
        return false; // waited for and shown already
    m_job.reset();
    bool counted = false;
    {
        QMutexLocker lock(&job->mutex);
        // What was read and joined still holds if nothing changed meanwhile.
        if (job->recordsRead && job->recordsGeneration == m_recordsGeneration)
            m_records = job->records;
        if (job->sourcesJoined && job->sourcesGeneration == m_sourcesGeneration)
            m_sources = job->sources;
        if (job->figures) {
            // The figures replaced end on the worker with what the job read.
            auto replaced = std::make_shared<const DashboardFigures>(
                std::exchange(m_figures, std::move(*job->figures)));
            dropOnWorker(std::move(replaced));
            job->figures.reset();
            counted = true;
        }
        dropOnWorker(std::exchange(job->records, nullptr));
        dropOnWorker(std::exchange(job->sources, nullptr));
    }
    if (counted) {
        m_hasFigures = true;
        emit figuresReady();
    }
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
