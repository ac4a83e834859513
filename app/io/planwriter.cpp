#include "app/io/planwriter.h"

#include "app/core/repositories.h"

namespace tt::io {

Error PlanWriter::failure(const Error &e) const
{
    const QString where =
        m_failedLine > 0    ? ImportText::tr("line %1 could not be stored.").arg(m_failedLine)
        : m_failedLine == 0 ? ImportText::tr("a new place could not be stored.")
                            : ImportText::tr("the last step (indexes, history, commit) failed.");
    return Error::make(
        e.code,
        ImportText::tr("The import was undone, nothing was written: %1 %2").arg(where, e.message),
        e.detail);
}

Status PlanWriter::begin(qsizetype newPairs, qsizetype existingPairs)
{
    const bool bulk = newPairs >= 5000 && newPairs > existingPairs;
    if (bulk)
        m_journal.emplace(m_db);
    m_tx.emplace(m_db);
    if (!m_tx->isActive())
        return m_tx->error();
    if (bulk) {
        auto s = IndexSuspension::suspend(m_db, QStringLiteral("partnership"));
        if (!s)
            return s.error();
        m_suspended = std::move(*s);
    }
    m_insertCommunity.emplace(m_db);
    m_insertPartner.emplace(m_db);
    m_insertPair.emplace(m_db);
    m_insertArea.emplace(m_db);
    for (Status s : {m_insertCommunity->start(), m_insertPartner->start(), m_insertPair->start(),
                     m_insertArea->start()}) {
        if (!s)
            return s;
    }
    return {};
}

Status PlanWriter::write(Batch &batch)
{
    qsizetype failed = 0;
    auto places = [&](auto &inserter, auto &list, QList<qint64> &ids) -> Status {
        if (auto s = inserter.insert(
                list.size(), [&](qsizetype i) -> auto & { return list[i]; }, &failed);
            !s)
            return s;
        for (const auto &place : std::as_const(list))
            ids << place.id;
        return {};
    };
    if (auto s = places(*m_insertCommunity, batch.communities, m_communityIds); !s)
        return s;
    if (auto s = places(*m_insertPartner, batch.partners, m_partnerIds); !s)
        return s;
    auto real = [](const QList<qint64> &ids, MunicipalityId id) {
        return id < 0 ? ids[-id - 1] : id;
    };
    QList<PlannedPartnership *> added;
    added.reserve(batch.pairs.size());
    for (PlannedPartnership &planned : batch.pairs) {
        if (!planned.isNew) {
            m_updates << std::move(planned);
            continue;
        }
        Partnership &p = planned.pair;
        p.communityId = real(m_communityIds, p.communityId);
        p.municipalityId = real(m_partnerIds, p.municipalityId);
        added << &planned;
    }
    if (auto s = m_insertPair->insert(
            added.size(), [&](qsizetype i) -> Partnership & { return added[i]->pair; }, &failed);
        !s) {
        m_failedLine = added[failed]->line;
        return s;
    }
    m_added += static_cast<int>(added.size());
    // The areas of the new pairs once the pairs exist, in the order of the pairs.
    QList<PartnershipArea> areas;
    QList<int> lines;
    for (const PlannedPartnership *planned : std::as_const(added)) {
        for (qint64 areaId : planned->areaIds) {
            areas << newArea(planned->pair.id, areaId);
            lines << planned->line;
        }
    }
    if (auto s = m_insertArea->insert(
            areas.size(), [&](qsizetype i) -> PartnershipArea & { return areas[i]; }, &failed);
        !s) {
        m_failedLine = lines[failed];
        return s;
    }
    return {};
}

PartnershipArea PlanWriter::newArea(qint64 pairId, qint64 areaId)
{
    PartnershipArea a;
    a.partnershipId = pairId;
    a.areaId = areaId;
    a.status = PartnershipAreaStatus::Active;
    return a;
}

Status PlanWriter::addAreas(qint64 pairId, const QList<qint64> &areaIds)
{
    QList<PartnershipArea> areas;
    for (qint64 areaId : areaIds)
        areas << newArea(pairId, areaId);
    qsizetype failed = 0;
    return m_insertArea->insert(
        areas.size(), [&](qsizetype i) -> PartnershipArea & { return areas[i]; }, &failed);
}

Status PlanWriter::finish(const QString &fileName, int communitiesAdded, int partnersAdded)
{
    // The indexes first: updating a recorded pair looks its pair up by them.
    m_failedLine = -1; // the indexes, the audit row or the commit
    if (m_suspended) {
        if (auto s = m_suspended->restore(); !s)
            return s;
    }
    PartnershipRepository pairs(m_db);
    for (PlannedPartnership &planned : m_updates) {
        m_failedLine = planned.line;
        if (auto s = pairs.update(planned.pair); !s)
            return s;
        if (auto s = addAreas(planned.pair.id, planned.areaIds); !s)
            return s;
    }
    m_failedLine = -1;
    if (auto s = writeAudit(m_db, QStringLiteral("partnership"), 0, 0, QStringLiteral("import"),
                            {{QStringLiteral("file"), fileName},
                             {QStringLiteral("added"), m_added},
                             {QStringLiteral("updated"), static_cast<int>(m_updates.size())},
                             {QStringLiteral("communities_added"), communitiesAdded},
                             {QStringLiteral("partners_added"), partnersAdded}});
        !s)
        return s;
    for (Entity e :
         {Entity::Community, Entity::Municipality, Entity::Partnership, Entity::PartnershipArea})
        m_tx->notify({e, ChangeSet::Kind::Reset, {}, {}, {}});
    const Status committed = m_tx->commit();
    if (committed)
        m_journal.reset(); // WAL again as soon as the transaction has ended
    return committed;
}

} // namespace tt::io
