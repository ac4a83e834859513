#include "app/models/portfoliostore.h"

#include <QMutex>
#include <QMutexLocker>

#include <optional>

namespace tt {

// The milestones of one reload, read on the worker thread.
struct PortfolioStore::MilestoneJob
{
    QString path;
    QDate today;
    std::atomic_bool stop = false; // a newer reload, another database, or the end
    QMutex mutex;
    std::optional<Result<MilestonesByPartnership>> result; // set once, by the worker
};

namespace {

// On the worker thread: a connection of its own, read-only, without the checks
// the window's connection made when it opened the file a moment ago.
Result<MilestonesByPartnership> readInBackground(const QString &path, const QDate &today,
                                                 const std::atomic_bool *stop)
{
    OpenOptions options;
    options.readOnly = true;
    options.create = false;
    options.migrate = false;
    options.integrity = OpenOptions::Integrity::None;
    options.cache = OpenOptions::Cache::Scan;
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    return Portfolio::readMilestones(**db, today, stop);
}

} // namespace

PortfolioStore::PortfolioStore(QObject *parent)
    : QObject(parent)
    , m_today(QDate::currentDate())
{
    m_pool.setMaxThreadCount(1);
}

PortfolioStore::~PortfolioStore()
{
    // A worker still reading calls back into this object: stop it and wait.
    stopMilestones();
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
    m_portfolio = Portfolio();
    m_filteredValid = false;
    if (m_db) {
        auto loaded = Portfolio::loadPairs(*m_db, m_today);
        // The pages of the tables just read whole are of no further use.
        m_db->releaseCache();
        if (loaded) {
            m_portfolio = std::move(loaded.value());
        } else {
            m_lastError = loaded.error().fullText();
            emit errorOccurred(loaded.error().message);
        }
    }
    // A small database is read whole at once: the second phase would only
    // make the figures blink. A large one goes on reading while the rows show.
    const bool background = m_db && m_db->dialect().isSqlite() &&
                            m_portfolio.pairs().size() >= m_backgroundThreshold &&
                            !m_portfolio.pairs().isEmpty();
    if (background)
        startMilestones();
    else
        readMilestonesHere();
    emit reset();
    if (m_currentPair && m_portfolio.indexOf(m_currentPair) < 0)
        setCurrentPair(0);
}

void PortfolioStore::readMilestonesHere()
{
    if (!m_db || m_portfolio.pairs().isEmpty()) {
        m_portfolio.mergeMilestones({});
        return;
    }
    auto milestones = Portfolio::readMilestones(*m_db, m_today);
    if (milestones) {
        m_portfolio.mergeMilestones(std::move(milestones.value()));
    } else {
        // The pairs are shown without them; the message says why.
        m_portfolio.mergeMilestones({});
        m_lastError = milestones.error().fullText();
        emit errorOccurred(milestones.error().message);
    }
    m_filteredValid = false;
}

void PortfolioStore::startMilestones()
{
    auto job = std::make_shared<MilestoneJob>();
    job->path = m_db->path();
    job->today = m_today;
    m_job = job;
    // `this` outlives the worker: the destructor waits for it.
    m_pool.start([this, job] {
        auto read = readInBackground(job->path, job->today, &job->stop);
        {
            QMutexLocker lock(&job->mutex);
            job->result = std::move(read);
        }
        QMetaObject::invokeMethod(
            this, [this, job] { finishMilestones(job); }, Qt::QueuedConnection);
    });
}

void PortfolioStore::stopMilestones()
{
    if (m_job)
        m_job->stop = true;
    m_job.reset();
}

void PortfolioStore::finishMilestones(const std::shared_ptr<MilestoneJob> &job)
{
    if (job != m_job)
        return; // read for a portfolio that was replaced since, or merged already
    std::optional<Result<MilestonesByPartnership>> result;
    {
        QMutexLocker lock(&job->mutex);
        result.swap(job->result);
    }
    if (!result)
        return;
    m_job.reset();
    if (*result) {
        m_portfolio.mergeMilestones(std::move(result->value()));
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

void PortfolioStore::waitForMilestones()
{
    if (!m_job)
        return;
    const std::shared_ptr<MilestoneJob> job = m_job;
    m_pool.waitForDone();
    finishMilestones(job);
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
    const qsizetype before = m_portfolio.pairs().size();
    auto index = m_portfolio.refresh(*m_db, id);
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

} // namespace tt
