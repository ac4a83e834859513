#include "portfoliostore.h"

namespace tt {

PortfolioStore::PortfolioStore(QObject *parent)
    : QObject(parent)
    , m_today(QDate::currentDate())
{}

PortfolioStore::~PortfolioStore() = default;

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
    m_portfolio = Portfolio();
    m_filteredValid = false;
    if (m_db) {
        auto loaded = Portfolio::load(*m_db, m_today);
        if (loaded) {
            m_portfolio = std::move(loaded.value());
        } else {
            m_lastError = loaded.error().fullText();
            emit errorOccurred(loaded.error().message);
        }
    }
    emit reset();
    if (m_currentPair && m_portfolio.indexOf(m_currentPair) < 0)
        setCurrentPair(0);
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
            for (const PairSummary &p : m_portfolio.pairs()) {
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
