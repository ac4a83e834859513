#include "app/io/importpipeline.h"

#include "app/io/planwriter.h"

#include <QScopeGuard>

#include <atomic>

namespace tt::io {

namespace {

// Batches handed from the planning thread to the writing one.
class BatchQueue
{
public:
    void push(Batch &&batch)
    {
        {
            std::lock_guard lock(m_mutex);
            m_batches.push_back(std::move(batch));
        }
        m_ready.notify_one();
    }
    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_one();
    }
    // The next batch; none once the queue is closed and empty.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        return batch;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Batch> m_batches;
    bool m_closed = false;
};

} // namespace

Result<Opened> openWhileLoading(Database &db, const QString &path)
{
    std::optional<Result<CsvRecords>> opened;
    std::jthread opening([&] {
        auto bytes = readCsvBytes(path);
        if (bytes)
            opened.emplace(CsvRecords::open(*bytes, path));
        else
            opened.emplace(bytes.error());
    });
    auto recorded = Recorded::load(db);
    opening.join();
    if (!*opened)
        return opened->error(); // what is wrong with the file comes first
    if (!recorded)
        return recorded.error();
    return Opened{std::move(**opened), std::move(*recorded)};
}

Status planAndWrite(Database &db, ImportPlanner &planner, const Table &table, ImportReport &report,
                    Table *spent, RowFeed *feed)
{
    PlanWriter writer(db);
    // Before planning, every row counts as a pair it may add.
    if (auto s =
            writer.begin(feed ? feed->expectedRows() : table.rows.size(), planner.existingPairs());
        !s)
        return s;
    BatchQueue queue;
    std::optional<Error> error;
    std::atomic<bool> failed = false;
    std::jthread thread([&] {
        while (auto batch = queue.pop()) {
            if (failed.load(std::memory_order_relaxed))
                continue; // drained, not written
            if (auto s = writer.write(*batch); !s) {
                error = writer.failure(s.error());
                failed.store(true, std::memory_order_relaxed);
            }
        }
    });
    // However planning ends, the writing thread is let go before it is joined.
    const auto release = qScopeGuard([&] { queue.close(); });
    constexpr qsizetype batchRows = 1024;
    for (qsizetype row = 0; row < table.rows.size() || (feed && feed->more()); ++row) {
        planner.planRow(row, report);
        if ((row + 1) % batchRows == 0) {
            if (failed.load(std::memory_order_relaxed))
                break;
            queue.push(planner.takeBatch());
        }
    }
    if (feed && feed->error()) {
        failed.store(true, std::memory_order_relaxed); // nothing more is written
        return *feed->error();
    }
    queue.push(planner.takeBatch());
    queue.close();
    // Nothing reads the rows or the lookups any more: a third thread frees them
    // while the last batches are written, the indexes built and the commit made.
    std::jthread freeing([&planner, spent] {
        planner.releaseLookups();
        if (spent) {
            spent->rows = {};
            spent->lines = {};
        }
    });
    thread.join();
    if (error)
        return *error;
    report.communitiesCreated = planner.newCommunities();
    report.partnersCreated = planner.newPartners();
    if (report.added == 0 && report.updated == 0)
        return {}; // nothing to write: the transaction rolls back
    if (auto s = writer.finish(table.fileName, planner.newCommunities(), planner.newPartners()); !s)
        return writer.failure(s.error());
    report.written = true;
    return {};
}

} // namespace tt::io
