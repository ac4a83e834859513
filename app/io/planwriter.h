#pragma once

// Writes the plan of an import (importplanner.h) in one transaction, batch by
// batch, through BulkWriter (core/bulkwriter.h): the places a batch creates
// first, then its new pairs, which take the ids of those places, then their
// areas. The recorded pairs a row fills in are updated through the repository
// at the end, after the indexes of pairs are built again. write() touches the
// connection through SQLite's own API only, so that it may run on a thread of
// its own while the rows after the batch are planned (importpipeline.h);
// begin() and finish() run on the connection's thread. Any failure leaves the
// transaction to roll back: nothing is written.

#include "app/core/bulkwriter.h"
#include "app/core/indexsuspension.h"
#include "app/core/journalswitch.h"
#include "app/io/importplan.h"

#include <optional>

namespace tt::io {

// Writes a plan in one transaction, batch by batch.
class PlanWriter
{
public:
    explicit PlanWriter(Database &db)
        : m_db(db)
    {}
    PlanWriter(const PlanWriter &) = delete;
    PlanWriter &operator=(const PlanWriter &) = delete;

    // Begins the transaction. An import that adds at least 5,000 pairs to a table
    // it more than doubles builds the indexes of pairs once at the end, and
    // writes in rollback-journal mode when it is alone with the file
    // (indexsuspension.h, journalswitch.h).
    Status begin(qsizetype newPairs, qsizetype existingPairs);
    Status write(Batch &batch);
    // Builds the indexes, updates the recorded pairs, writes the audit row and
    // commits.
    Status finish(const QString &fileName, int communitiesAdded, int partnersAdded);

    // What went wrong, with the line that could not be stored, for the message.
    Error failure(const Error &e) const;

private:
    static PartnershipArea newArea(qint64 pairId, qint64 areaId);
    // The areas of a recorded pair that a row adds.
    Status addAreas(qint64 pairId, const QList<qint64> &areaIds);

    Database &m_db;
    // Before the transaction, so that it ends after it (indexsuspension.h, journalswitch.h).
    std::optional<JournalSwitch> m_journal;
    std::optional<Transaction> m_tx;
    std::optional<IndexSuspension> m_suspended;
    std::optional<BulkWriter<Community>> m_insertCommunity;
    std::optional<BulkWriter<Municipality>> m_insertPartner;
    std::optional<BulkWriter<Partnership>> m_insertPair;
    std::optional<BulkWriter<PartnershipArea>> m_insertArea;
    QList<qint64> m_communityIds, m_partnerIds; // of the places created, in order
    QList<PlannedPartnership> m_updates;        // for finish()
    int m_added = 0;
    int m_failedLine = 0; // the line being stored; 0 for places, -1 after the rows
};

} // namespace tt::io
