#pragma once

// The state every view of one window shares: the open database, the portfolio
// read model, the filter of the filter bar and the selected pair. Edits reach
// it through the database's ChangeNotifier; it refreshes only the pairs a change
// touched and says which, so that no view reloads everything for one edit.
//
// A large database loads in two phases: the pairs with their places and areas
// first (reset() — the table can show its rows), then their milestones, read on
// a worker thread over a read-only connection of its own and merged in on this
// thread (milestonesLoaded()). Until then hasMilestones() is false: views
// that show figures from milestones say they are loading, or waitForMilestones().
// A database of many pairs, a file or a server, has its pairs read on a worker
// as well (core/reader.h), beside the
// milestones: reset() comes once with no pair (isLoadingPairs()), and again
// when they are in. Edits told meanwhile are applied once the pairs are in.

#include "app/core/database.h"
#include "app/core/portfolio.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace tt {

class PortfolioStore : public QObject
{
    Q_OBJECT
public:
    explicit PortfolioStore(QObject *parent = nullptr);
    ~PortfolioStore() override;

    // Takes the database to show (nullptr: none); reloads everything.
    void setDatabase(Database *db);
    Database *database() const { return m_db; }
    const Portfolio &portfolio() const { return m_portfolio; }

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    // Indexes into portfolio().pairs() that pass the filter (cached).
    const QList<qsizetype> &filtered() const;

    qint64 currentPair() const { return m_currentPair; }
    void setCurrentPair(qint64 id);

    // Re-reads everything (after an import, or when another program changed
    // the file). The pairs are there when it returns, unless the database
    // has more than the pairs' background threshold (isLoadingPairs()); on a large
    // database the milestones follow (milestonesLoaded()).
    void reload();
    // True while the pairs are read on the worker; portfolio() is empty.
    bool isLoadingPairs() const { return m_pairsJob != nullptr; }

    // True when every pair's milestones are in (always, after a reload of a
    // database with fewer pairs than the background threshold).
    bool hasMilestones() const { return m_portfolio.hasMilestones(); }
    // Blocks until the pairs and their milestones are merged; at once when they are.
    void waitForMilestones();
    // Blocks until the pairs are in; at once when they are.
    void waitForPairs();
    // True while pairs changed elsewhere are read on a worker (a worker held
    // a copy of the pairs when they changed); pairChanged() follows.
    bool isRefreshing() const { return m_refreshJob != nullptr; }
    // Blocks until those are in; at once when none is being read.
    void waitForRefreshes();
    // From how many pairs the milestones are read in the background (tests set
    // 0 to see the two phases on a small database).
    void setBackgroundThreshold(int pairs) { m_backgroundThreshold = pairs; }
    static constexpr int defaultBackgroundThreshold = 20000;
    // From how many pairs the pairs themselves are read on a worker.
    void setPairsBackgroundThreshold(int pairs) { m_pairsBackgroundThreshold = pairs; }
    // The date "overdue" and "due" are counted from; today unless set (tests).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    QString lastError() const { return m_lastError; }

signals:
    void reset();
    // A pair was added, changed or removed (exists is false) by an edit.
    void pairChanged(qint64 id, bool exists);
    void filterChanged();
    void currentPairChanged(qint64 id);
    // The milestones read in the background are merged: next milestone, last
    // activity, overdue counts and "needs attention" are right from now on.
    void milestonesLoaded();
    void errorOccurred(const QString &message);

private:
    void onChange(const ChangeSet &change);
    void refreshPair(qint64 id);
    void refreshPairHere(qint64 id);
    struct MilestoneJob;
    struct PartnershipsJob;
    struct RefreshJob;
    void startRefreshing();
    void finishRefreshing(const std::shared_ptr<RefreshJob> &job);
    bool loadPairsHere();
    bool pairsInBackground();
    void startPairs();
    void finishPairs(const std::shared_ptr<PartnershipsJob> &job);
    void readMilestonesHere();
    void startMilestones();
    // `mayWait`: a worker's copy of the pairs may be waited for a moment
    // (false when the caller waits for the milestones themselves).
    void finishMilestones(const std::shared_ptr<MilestoneJob> &job, bool mayWait = true);
    void finishMerge(const std::shared_ptr<MilestoneJob> &job);
    void stopMilestones();

    Database *m_db = nullptr;
    Portfolio m_portfolio;
    Filter m_filter;
    mutable QList<qsizetype> m_filtered;
    mutable bool m_filteredValid = false;
    qint64 m_currentPair = 0;
    QDate m_today;
    QString m_lastError;
    QMetaObject::Connection m_connection;
    QMetaObject::Connection m_committed;
    bool m_reloadPending = false;
    int m_backgroundThreshold = defaultBackgroundThreshold;
    int m_pairsBackgroundThreshold = defaultBackgroundThreshold;
    std::shared_ptr<MilestoneJob> m_job;         // the milestones being read, if any
    std::shared_ptr<PartnershipsJob> m_pairsJob; // the pairs being read, if any
    QSet<qint64> m_pendingPairs;                 // told changed while the pairs were read
    bool m_reloadAfterPairs = false;             // a change that needs everything read again
    bool m_mergeOverrun = false;                 // a pair read again while a worker merged
    std::shared_ptr<RefreshJob> m_refreshJob;    // pairs being read again on a worker, if any
    QSet<qint64> m_refreshQueue;                 // to be read again once it is done
    quint64 m_revision = 0;                      // counts the changes of m_portfolio
    QThreadPool m_pool; // two worker threads: pairs and milestones (and their merge)
};

} // namespace tt
