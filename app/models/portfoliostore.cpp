#include "app/models/portfoliostore.h"

#include "app/core/entities.h"
#include "app/core/maintenance.h"
#include "app/core/reader.h"
#include "app/core/threadpriority.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QTimer>
#include <QWaitCondition>

#include <optional>
#include <type_traits>

namespace tt {

// The milestones of one reload, read on the worker thread.
struct PortfolioStore::MilestoneJob
{
    ReaderAddress address;
    QDate today;
    std::atomic_bool stop = false; // a newer reload, another database, or the end
    QMutex mutex;
    std::optional<Result<MilestonesByPartnership>> result; // set once, by the worker
    // Merged on a worker (see finishMilestones()): the milestones, and the
    // portfolio with them once it is done.
    std::optional<MilestonesByPartnership> merging;
    std::optional<Portfolio> merged;
    QElapsedTimer shared; // since the milestones wait for a worker's copy to go
};

// The pairs of one reload, read on a worker thread.
struct PortfolioStore::PartnershipsJob
{
    ReaderAddress address;
    QDate today;
    QMutex mutex;
    QWaitCondition done;                     // told when the result is set
    std::optional<Result<Portfolio>> result; // set once, by the worker
};

namespace {

// Runs read(db, job) on a worker of `pool`, over a read-only connection of its
// own and below the window's priority; sets job->result (and tells job->done,
// where there is one) and hands the job to finish() on `context`'s thread.
// `context` outlives the worker: its destructor waits for the pool.
template<class Job, class Read, class Finish>
void readOnWorker(QThreadPool &pool, QObject *context, const std::shared_ptr<Job> &job, Read read,
                  Finish finish)
{
    pool.start([context, job, read, finish] {
        lowerThreadPriority(WorkPriority::Background);
        using Out = std::invoke_result_t<const Read &, Database &, Job &>;
        Out result = [&]() -> Out {
            auto db = openReader(job->address);
            if (!db)
                return db.error();
            return read(**db, *job);
        }();
        {
            QMutexLocker lock(&job->mutex);
            job->result = std::move(result);
            if constexpr (requires { job->done.wakeAll(); })
                job->done.wakeAll();
        }
        QMetaObject::invokeMethod(
            context, [job, finish] { finish(job); }, Qt::QueuedConnection);
    });
}

} // namespace

PortfolioStore::PortfolioStore(QObject *parent)
    : QObject(parent)
    , m_today(QDate::currentDate())
{
    m_pool.setMaxThreadCount(2);
}

PortfolioStore::~PortfolioStore()
{
    // A worker still reading calls back into this object: stop it and wait.
    stopMilestones();
    m_pairsJob.reset();
    m_pool.waitForDone();
}

void PortfolioStore::setDatabase(Database *db)
{
    disconnect(m_connection);
    disconnect(m_committed);
    m_db = db;
    m_currentPair = 0;
    m_reloadPending = false;
    if (m_db) {
        m_connection =
            connect(&m_db->notifier(), &ChangeNotifier::changed, this, &PortfolioStore::onChange);
        m_committed = connect(&m_db->notifier(), &ChangeNotifier::committed, this, [this] {
            if (std::exchange(m_reloadPending, false))
                reload();
        });
    }
    reload();
}

void PortfolioStore::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void PortfolioStore::reload()
{
    stopMilestones();
    m_pairsJob.reset(); // what it reads is of a state that is gone
    m_refreshJob.reset();
    m_refreshQueue.clear();
    m_pendingPairs.clear();
    m_reloadAfterPairs = false;
    m_portfolio = Portfolio();
    ++m_revision;
    m_filteredValid = false;
    if (pairsInBackground()) {
        // The pairs and their milestones are read side by side; the views show
        // that they are loading meanwhile.
        startPairs();
        startMilestones();
        emit reset();
        return; // the current pair is looked for once the pairs are in
    }
    if (m_db)
        loadPairsHere();
    // A small database is read whole at once: the second phase would only
    // make the figures blink. A large one goes on reading while the rows show.
    const bool background = m_db && m_portfolio.pairs().size() >= m_backgroundThreshold &&
                            !m_portfolio.pairs().isEmpty();
    if (background)
        startMilestones();
    else
        readMilestonesHere();
    emit reset();
    if (m_currentPair && m_portfolio.indexOf(m_currentPair) < 0)
        setCurrentPair(0);
}

bool PortfolioStore::pairsInBackground()
{
    if (!m_db)
        return false;
    auto count = rowsAtMost(*m_db, QString::fromLatin1(Partnership::table));
    return count && *count >= m_pairsBackgroundThreshold && *count > 0;
}

bool PortfolioStore::loadPairsHere()
{
    auto loaded = Portfolio::loadPairs(*m_db, m_today);
    // The pages of the tables just read whole are of no further use.
    m_db->releaseCache();
    if (!loaded) {
        m_lastError = loaded.error().fullText();
        emit errorOccurred(loaded.error().message);
        return false;
    }
    m_portfolio = std::move(loaded.value());
    ++m_revision;
    return true;
}

void PortfolioStore::startPairs()
{
    auto job = std::make_shared<PartnershipsJob>();
    job->address = readerAddress(*m_db);
    job->today = m_today;
    m_pairsJob = job;
    readOnWorker(
        m_pool, this, job,
        [](Database &db, PartnershipsJob &read) { return Portfolio::loadPairs(db, read.today); },
        [this](const std::shared_ptr<PartnershipsJob> &done) { finishPairs(done); });
}

void PortfolioStore::finishPairs(const std::shared_ptr<PartnershipsJob> &job)
{
    if (job != m_pairsJob)
        return; // read for a state that was replaced since, or taken in already
    std::optional<Result<Portfolio>> result;
    {
        QMutexLocker lock(&job->mutex);
        result.swap(job->result);
    }
    if (!result)
        return;
    m_pairsJob.reset();
    if (*result) {
        m_portfolio = std::move(result->value());
        ++m_revision;
    } else if (!loadPairsHere()) {
        // The second connection failed and so did the window's own: nothing
        // to show; the message says why.
        stopMilestones();
        m_portfolio.mergeMilestones({});
        ++m_revision;
    }
    m_filteredValid = false;
    emit reset();
    if (std::exchange(m_reloadAfterPairs, false)) {
        reload();
        return;
    }
    // Edits told while the pairs were read: the worker may have read before them.
    const QSet<qint64> pending = std::exchange(m_pendingPairs, {});
    for (qint64 id : pending)
        refreshPair(id);
    // The milestones may have come first; they were kept for now.
    if (m_job)
        finishMilestones(m_job);
    if (m_currentPair && m_portfolio.indexOf(m_currentPair) < 0)
        setCurrentPair(0);
    else if (m_currentPair && !m_portfolio.isComplete(m_currentPair))
        refreshPair(m_currentPair);
    if (m_filter.needsAttention && hasMilestones())
        emit filterChanged();
}

void PortfolioStore::waitForPairs()
{
    if (!m_pairsJob)
        return;
    const std::shared_ptr<PartnershipsJob> job = m_pairsJob;
    // The milestones' worker may still be reading; only the pairs are awaited.
    {
        QMutexLocker lock(&job->mutex);
        while (!job->result)
            job->done.wait(&job->mutex);
    }
    finishPairs(job);
}

void PortfolioStore::readMilestonesHere()
{
    if (!m_db || m_portfolio.pairs().isEmpty()) {
        m_portfolio.mergeMilestones({});
        ++m_revision;
        return;
    }
    auto milestones = Portfolio::readMilestones(*m_db, m_today);
    if (milestones) {
        m_portfolio.mergeMilestones(std::move(milestones.value()));
        ++m_revision;
    } else {
        // The pairs are shown without them; the message says why.
        m_portfolio.mergeMilestones({});
        ++m_revision;
        m_lastError = milestones.error().fullText();
        emit errorOccurred(milestones.error().message);
    }
    m_filteredValid = false;
}

void PortfolioStore::startMilestones()
{
    auto job = std::make_shared<MilestoneJob>();
    job->address = readerAddress(*m_db);
    job->today = m_today;
    m_job = job;
    readOnWorker(
        m_pool, this, job,
        [](Database &db, MilestoneJob &read) {
            return Portfolio::readMilestones(db, read.today, &read.stop);
        },
        [this](const std::shared_ptr<MilestoneJob> &done) { finishMilestones(done); });
}

void PortfolioStore::stopMilestones()
{
    if (m_job)
        m_job->stop = true;
    m_job.reset();
    m_mergeOverrun = false;
}

void PortfolioStore::finishMilestones(const std::shared_ptr<MilestoneJob> &job, bool mayWait)
{
    if (job != m_job)
        return; // read for a portfolio that was replaced since, or merged already
    if (m_pairsJob)
        return; // kept until the pairs are in: finishPairs() merges them
    std::optional<Result<MilestonesByPartnership>> result;
    {
        QMutexLocker lock(&job->mutex);
        if (mayWait && job->result && *job->result && m_portfolio.sharesPairs()) {
            // A worker holds a copy of the pairs for a moment (the map's
            // model, the dashboard's first count: 20–60 ms at 100,000 pairs).
            // Merging beside it copies every pair first, 0.1 s of a worker
            // that the dashboard's figures then wait for: the copy is waited
            // for, looking again every 5 ms for up to 0.1 s, before that.
            if (!job->shared.isValid())
                job->shared.start();
            if (!job->shared.hasExpired(100)) {
                QTimer::singleShot(5, this, [this, job] { finishMilestones(job); });
                return;
            }
        }
        result.swap(job->result);
    }
    if (!result) {
        finishMerge(job);
        return;
    }
    if (*result && m_portfolio.sharesPairs()) {
        // A worker holds a copy of the pairs (counting the dashboard's figures,
        // building the map): merging here would first copy all of them on the
        // window's thread, 0.2 s at 100,000 pairs. The copy is made on a
        // worker, and swapped in when it is done.
        job->merging = std::move(result->value());
        m_pool.start([this, job, base = m_portfolio, milestones = *job->merging]() mutable {
            base.mergeMilestones(std::move(milestones));
            {
                QMutexLocker lock(&job->mutex);
                job->merged = std::move(base);
            }
            QMetaObject::invokeMethod(
                this, [this, job] { finishMilestones(job); }, Qt::QueuedConnection);
        });
        return;
    }
    m_job.reset();
    if (*result) {
        MilestonesByPartnership milestones = std::move(result->value());
        m_portfolio.mergeMilestones(milestones); // shares their lists
        ++m_revision;
        // The hash itself ends on a worker: a million milestones take a while.
        m_pool.start([milestones = std::move(milestones)]() mutable { milestones = {}; });
        m_filteredValid = false;
    } else {
        // The second connection failed (a lock, a file on a read-only medium):
        // read them over the window's own.
        readMilestonesHere();
    }
    emit milestonesLoaded();
    // "Needs attention" left every pair out while it could not judge them.
    if (m_filter.needsAttention)
        emit filterChanged();
}

void PortfolioStore::finishMerge(const std::shared_ptr<MilestoneJob> &job)
{
    std::optional<Portfolio> merged;
    {
        QMutexLocker lock(&job->mutex);
        merged.swap(job->merged);
    }
    if (!merged)
        return; // still merging
    m_job.reset();
    if (m_mergeOverrun) {
        // A pair was read again while the worker merged: the merged copy has
        // not got it. Rare; merged here instead.
        m_mergeOverrun = false;
        m_portfolio.mergeMilestones(std::move(*job->merging));
        ++m_revision;
    } else {
        Portfolio old = std::exchange(m_portfolio, std::move(*merged));
        ++m_revision;
        // The pairs without their milestones end on a worker, not here.
        m_pool.start([old = std::move(old)]() mutable { old = Portfolio(); });
    }
    m_filteredValid = false;
    emit milestonesLoaded();
    if (m_filter.needsAttention)
        emit filterChanged();
}

void PortfolioStore::waitForMilestones()
{
    waitForPairs();
    if (!m_job)
        return;
    const std::shared_ptr<MilestoneJob> job = m_job;
    m_pool.waitForDone();
    finishMilestones(job, false);
    if (m_job == job) {
        // Handed to a worker to merge (finishMilestones()).
        m_pool.waitForDone();
        finishMilestones(job, false);
    }
}

void PortfolioStore::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filteredValid = false;
    emit filterChanged();
}

const QList<qsizetype> &PortfolioStore::filtered() const
{
    if (!m_filteredValid) {
        m_filtered = m_portfolio.select(m_filter);
        m_filteredValid = true;
    }
    return m_filtered;
}

void PortfolioStore::setCurrentPair(qint64 id)
{
    if (id == m_currentPair)
        return;
    m_currentPair = id;
    // While the milestones still load, the chosen pair is read whole at once:
    // its detail panel shows them, and deleting it says how many go with it.
    if (id > 0 && !m_portfolio.isComplete(id) && m_portfolio.indexOf(id) >= 0) {
        refreshPair(id);
        if (m_currentPair != id)
            return; // it was gone
    }
    emit currentPairChanged(id);
}

void PortfolioStore::onChange(const ChangeSet &change)
{
    if (m_pairsJob) {
        // The pairs are being read: what changed is read again once they are in.
        if (change.kind == ChangeSet::Kind::Reset || change.entity == Entity::Community ||
            change.entity == Entity::Municipality || change.entity == Entity::CooperationArea)
            m_reloadAfterPairs = true;
        else if (change.entity == Entity::Partnership)
            m_pendingPairs.unite(QSet<qint64>(change.ids.cbegin(), change.ids.cend()));
        else
            m_pendingPairs.unite(QSet<qint64>(change.parentIds.cbegin(), change.parentIds.cend()));
        return;
    }
    if (change.kind == ChangeSet::Kind::Reset) {
        m_reloadPending = true; // once, when the transaction's changes are all told
        return;
    }
    switch (change.entity) {
    case Entity::Partnership:
        for (qint64 id : change.ids)
            refreshPair(id);
        break;
    case Entity::Community:
    case Entity::Municipality:
        // A renamed or moved place: every pair of it shows the new name.
        {
            QList<qint64> affected;
            for (const PartnershipSummary &p : m_portfolio.pairs()) {
                const qint64 place =
                    change.entity == Entity::Community ? p.communityId : p.municipalityId;
                if (change.ids.contains(place))
                    affected << p.id;
            }
            for (qint64 id : std::as_const(affected))
                refreshPair(id);
            break;
        }
    case Entity::CooperationArea:
        m_reloadPending = true; // names and colours of chips
        break;
    default:
        for (qint64 id : change.parentIds)
            refreshPair(id);
        break;
    }
}

void PortfolioStore::refreshPair(qint64 id)
{
    if (!m_db)
        return;
    if (m_job && m_job->merging)
        m_mergeOverrun = true;
    if (m_refreshJob || (m_portfolio.sharesPairs() && !m_job &&
                         m_portfolio.pairs().size() >= m_backgroundThreshold)) {
        // A worker holds a copy of the pairs (counting the dashboard, building
        // the map): changing one here would first copy all of them, 0.2 s at
        // 100,000 pairs, for each colleague's save. The pair is read into a
        // copy made on a worker, which then takes the store's place.
        m_refreshQueue.insert(id);
        startRefreshing();
        return;
    }
    refreshPairHere(id);
}

void PortfolioStore::refreshPairHere(qint64 id)
{
    const qsizetype before = m_portfolio.pairs().size();
    auto index = m_portfolio.refresh(*m_db, id);
    ++m_revision;
    if (!index) {
        m_lastError = index.error().fullText();
        emit errorOccurred(index.error().message);
        return;
    }
    m_filteredValid = false;
    const bool exists = *index >= 0;
    if (exists || m_portfolio.pairs().size() != before)
        emit pairChanged(id, exists);
    if (!exists && m_currentPair == id)
        setCurrentPair(0);
}

// The pairs read again on a worker, into a copy of the store's portfolio.
struct PortfolioStore::RefreshJob
{
    Portfolio portfolio; // shares the store's until the worker changes it
    QList<qint64> ids;
    ReaderAddress address;
    quint64 revision = 0; // of the store's portfolio it was copied from
    QMutex mutex;
    std::optional<Result<Portfolio>> result; // set once, by the worker
};

void PortfolioStore::startRefreshing()
{
    if (m_refreshJob || m_refreshQueue.isEmpty())
        return;
    auto job = std::make_shared<RefreshJob>();
    job->portfolio = m_portfolio;
    job->ids = QList<qint64>(m_refreshQueue.cbegin(), m_refreshQueue.cend());
    m_refreshQueue.clear();
    job->address = readerAddress(*m_db);
    job->revision = m_revision;
    m_refreshJob = job;
    readOnWorker(
        m_pool, this, job,
        [](Database &db, RefreshJob &read) -> Result<Portfolio> {
            Portfolio portfolio = std::move(read.portfolio);
            for (qint64 id : std::as_const(read.ids)) {
                if (auto index = portfolio.refresh(db, id); !index)
                    return index.error();
            }
            return portfolio;
        },
        [this](const std::shared_ptr<RefreshJob> &done) { finishRefreshing(done); });
}

void PortfolioStore::finishRefreshing(const std::shared_ptr<RefreshJob> &job)
{
    if (job != m_refreshJob)
        return; // of a portfolio read again whole since
    m_refreshJob.reset();
    std::optional<Result<Portfolio>> result;
    {
        QMutexLocker lock(&job->mutex);
        result.swap(job->result);
    }
    if (!result)
        return;
    if (!*result || job->revision != m_revision) {
        // The worker's connection failed, or the store's pairs changed
        // meanwhile (their milestones came): read here, or again.
        if (*result)
            m_refreshQueue.unite(QSet<qint64>(job->ids.cbegin(), job->ids.cend()));
        else
            for (qint64 id : std::as_const(job->ids))
                refreshPairHere(id);
    } else {
        const qsizetype before = m_portfolio.pairs().size();
        Portfolio old = std::exchange(m_portfolio, std::move(result->value()));
        ++m_revision;
        m_filteredValid = false;
        // The old pairs end on a worker, not here.
        m_pool.start([old = std::move(old)]() mutable { old = Portfolio(); });
        const bool countChanged = m_portfolio.pairs().size() != before;
        for (qint64 id : std::as_const(job->ids)) {
            const bool exists = m_portfolio.indexOf(id) >= 0;
            if (exists || countChanged)
                emit pairChanged(id, exists);
            if (!exists && m_currentPair == id)
                setCurrentPair(0);
        }
    }
    if (!m_refreshQueue.isEmpty()) {
        if (m_portfolio.sharesPairs()) {
            startRefreshing();
        } else {
            const QSet<qint64> queued = std::exchange(m_refreshQueue, {});
            for (qint64 id : queued)
                refreshPairHere(id);
        }
    }
}

void PortfolioStore::waitForRefreshes()
{
    while (m_refreshJob) {
        const std::shared_ptr<RefreshJob> job = m_refreshJob;
        m_pool.waitForDone();
        finishRefreshing(job);
    }
}

} // namespace tt
