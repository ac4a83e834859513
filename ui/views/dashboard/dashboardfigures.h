#pragma once

// The dashboard's figures, counted apart from its widgets. What they need from
// the database (agreements, aid, projects, the ministry's approval steps, the
// office's dormancy months) is read once per change of the data; the figures
// of each filter are counted from that and from the store's pairs.
//
// On a large portfolio both happen on a worker thread: the read over a
// read-only connection of its own (core/reader.h), the count on a copy
// of the store's pairs, which Qt's implicit sharing makes without copying
// them. The window's thread only shows what comes back. At 100,000 pairs this
// takes the 1–2 s of reading and counting out of the window's frames
// (docs/performance.md, bench_frames); a small portfolio is counted at once,
// where a worker would only make the tiles blink.

#include "app/core/monitoring.h"
#include "app/core/portfolio.h"
#include "app/core/statistics.h"
#include "app/reports/monitoring.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace tt {
class Database;
class PortfolioStore;
} // namespace tt

namespace tt::ui {

struct DormantPartnershipsFigures
{
    int months = 0; // the office's dormancy months
    QList<qint64> dormant;
    QList<qint64> withoutActivity; // in force, no activity recorded at all
    QHash<qint64, QDate> lastActivity;
};

// What the figures read from the database. It does not depend on the pairs,
// so it is read while they load.
struct DashboardRecords
{
    reports::MonitoringRecords monitoring; // agreements, aid, projects
    QList<std::pair<qint64, monitoring::MinistryDeadline>> overdueAnswers;
    int dormancyMonths = 0;
};

Result<DashboardRecords> readDashboardRecords(Database &db, const QDate &today);

// The records joined to the pairs: each pair's last activity needs its
// milestones, so this waits for them.
struct DashboardSources
{
    std::shared_ptr<const DashboardRecords> records;
    monitoring::MonitoringInput monitoring; // pairs with their last activity, agreements, aid
};

DashboardSources dashboardSources(std::shared_ptr<const DashboardRecords> records,
                                  const Portfolio &portfolio, const QDate &today);
// Both at once.
Result<DashboardSources> readDashboardSources(Database &db, const Portfolio &portfolio,
                                              const QDate &today);

// Everything the dashboard shows, for the pairs of one filter.
struct DashboardFigures
{
    Statistics stats; // with the monitoring's count of agreements in force
    QList<std::pair<qint64, monitoring::MinistryDeadline>> overdueAnswers;
    monitoring::AidTotals aid; // received up to today, each currency apart
    int aidRecords = 0;
    // The dormant pairs: in force, among those of the filter, with no recorded
    // activity (a milestone done, a project running, aid received, an
    // agreement recorded) for the office's dormancy months, by the rule the
    // monitoring report counts with.
    DormantPartnershipsFigures dormant;
    // False when counted without the sources: while the milestones load, or
    // when the database could not be read. The figures from them are missing.
    bool complete = false;
};

// `sources` may be null (the database could not be read): the statistics are
// counted from the pairs alone.
DashboardFigures countDashboardFigures(const Portfolio &portfolio,
                                       const QList<qsizetype> &selection,
                                       const DashboardSources *sources, const QDate &today);

// Keeps the dashboard's figures up to date with a store: request() after a
// change, figuresReady() when they are counted.
class DashboardCounter : public QObject
{
    Q_OBJECT
public:
    explicit DashboardCounter(PortfolioStore *store, QObject *parent = nullptr);
    ~DashboardCounter() override;

    // The data changed: what was read from the database is read again.
    void invalidate();
    // The pairs changed as they loaded (their milestones came): the records
    // read hold, their join to the pairs is made again.
    void invalidatePairs();
    // Counts the figures of the store's filter: at once on a small portfolio,
    // else on the worker (a request while it counts is served once it is done,
    // with the newest state).
    void request();
    // Counts here and now, after the worker's count in flight, if any.
    void countNow();
    // Until the worker's count in flight, if any, is in.
    void waitForFigures();

    bool hasFigures() const { return m_hasFigures; }
    bool isCounting() const { return m_job != nullptr; }
    const DashboardFigures &figures() const { return m_figures; }

    // From how many pairs the figures are counted on the worker (tests set 0).
    void setBackgroundThreshold(int pairs) { m_backgroundThreshold = pairs; }
    static constexpr int defaultBackgroundThreshold = 10000;

signals:
    void figuresReady();

private:
    struct Job;
    void start();
    void work(const std::shared_ptr<Job> &job);
    bool finish(const std::shared_ptr<Job> &job);
    std::shared_ptr<const DashboardSources> sourcesHere();
    bool waitForPairs();
    void startReadingRecords();
    void dropOnWorker(std::shared_ptr<const void> data);

    PortfolioStore *m_store;
    std::shared_ptr<const DashboardRecords> m_records; // null: to be read
    std::shared_ptr<const DashboardSources> m_sources; // null: to be joined
    quint64 m_recordsGeneration = 0;                   // raised by invalidate()
    quint64 m_sourcesGeneration = 0; // raised by invalidate() and invalidatePairs()
    DashboardFigures m_figures;
    bool m_hasFigures = false;
    bool m_again = false; // asked for again while the worker counted
    int m_backgroundThreshold = defaultBackgroundThreshold;
    std::shared_ptr<Job> m_job; // the count in flight, if any
    QThreadPool m_pool;         // one worker thread
};

} // namespace tt::ui
