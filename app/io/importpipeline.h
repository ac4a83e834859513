#pragma once

// The threads of an import of a CSV file into SQLite, where reading, planning
// and writing overlap. All of them are here; the rest of the import runs on the
// caller's thread. What they gain, measured with bench_import (100,000
// generated rows into a new file, RelWithDebInfo, two shared cores;
// docs/performance.md):
//
//  * All four together: on a quiet machine the import takes 0.61–0.87 s wall,
//    against 1.04–1.35 s when every row is planned before the first is
//    written on one thread (bench_import ourImportPlannedFirst).
//  * Each one alone, switched off in turn (December 2026, at load 4–6.6 from
//    other builds, three medians of 5 rounds each): all four on 0.90–1.30 s;
//    without the opening thread 0.85–1.28 s, without the reading thread
//    1.06–1.10 s, writing on the planning thread 0.98–1.04 s, freeing there
//    0.91–1.02 s. With more runnable threads than cores, no single thread
//    showed a gain beyond the noise; what each gains alone on a quiet
//    machine is yet to be measured.
//
//  * opening (openWhileLoading): the file is read and decoded (0.03–0.08 s)
//    while the database's places and pairs are loaded (0.03 s).
//  * reading (RowFeed): the rows are read from the decoded text and handed over
//    in chunks of 1,024, so that planning starts on the first rows while the
//    rest are read.
//  * writing (planAndWrite): each batch of 1,024 planned rows is written while
//    the next are planned; planning (about 0.45 s) bounds the import, and
//    writing ends within milliseconds of it.
//  * freeing (planAndWrite): the planner's lookups and the table's rows are
//    freed while the last batches are written, the indexes built and the
//    commit made.
//
// A failure on any side stops the others, and nothing is committed. A dry run,
// --all-or-nothing, a read-only file and the server plan every row first, on
// one thread (importer.cpp).

#include "app/io/csvreader.h"
#include "app/io/importplanner.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace tt::io {

// What an import of a CSV file starts from: the file's text, decoded, and what
// the database holds.
struct Opened
{
    CsvRecords csv;
    Recorded recorded;
};

// Reads and decodes the file on a thread of its own while the database is
// loaded on the caller's. What is wrong with the file is reported first.
Result<Opened> openWhileLoading(Database &db, const QString &path);

// The rows of a CSV file read on a thread of their own and handed over in
// chunks, so that planning starts on the first rows while the rest are read.
class RowFeed
{
public:
    RowFeed(CsvRecords &&csv, Table &table)
        : m_table(table)
        , m_expected(csv.lineBreaks())
        , m_thread([this, csv = std::move(csv)](std::stop_token stop) mutable { read(csv, stop); })
    {}
    RowFeed(const RowFeed &) = delete;
    RowFeed &operator=(const RowFeed &) = delete;

    // At most as many rows as the file has lines.
    qsizetype expectedRows() const { return m_expected; }
    // Waits for the next rows and appends them to the table; false once every
    // row is there, or the file turned out to be broken (error()).
    bool more()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_done || !m_chunks.empty(); });
        if (m_chunks.empty()) {
            m_error = m_readError;
            return false;
        }
        Chunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        lock.unlock();
        m_table.rows.append(std::move(chunk.rows));
        m_table.lines.append(std::move(chunk.lines));
        return true;
    }
    // Why reading stopped early: the same message as reading the whole file.
    const std::optional<Error> &error() const { return m_error; }

private:
    struct Chunk
    {
        QList<QStringList> rows;
        QList<int> lines;
    };
    void read(CsvRecords &csv, const std::stop_token &stop)
    {
        constexpr qsizetype chunkRows = 1024;
        Chunk chunk;
        QStringList record;
        int line = 0;
        std::optional<Error> error;
        while (!stop.stop_requested()) {
            auto next = csv.next(record, line);
            if (!next) {
                error = next.error();
                break;
            }
            if (!*next)
                break;
            chunk.rows << std::move(record);
            chunk.lines << line;
            if (chunk.rows.size() == chunkRows)
                hand(std::exchange(chunk, {}), false, {});
        }
        hand(std::move(chunk), true, std::move(error));
    }
    void hand(Chunk &&chunk, bool done, std::optional<Error> &&error)
    {
        {
            std::lock_guard lock(m_mutex);
            if (!chunk.rows.isEmpty())
                m_chunks.push_back(std::move(chunk));
            m_done = done;
            m_readError = std::move(error);
        }
        m_ready.notify_one();
    }

    Table &m_table;
    const qsizetype m_expected;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Chunk> m_chunks;
    bool m_done = false;
    std::optional<Error> m_readError; // the reading thread's, under the mutex
    std::optional<Error> m_error;     // the planning thread's copy
    std::jthread m_thread;            // stopped and joined first when the feed goes
};

// Plans every row and writes the plan as it grows (see above). The rows of
// `spent`, the same table when the caller has no more use for it, are freed
// beside the last steps, as are the planner's lookups. With a `feed`, the rows
// arrive in `spent` while they are planned.
Status planAndWrite(Database &db, ImportPlanner &planner, const Table &table, ImportReport &report,
                    Table *spent, RowFeed *feed);

} // namespace tt::io
