#include "app/core/historychanges.h"

#include <QHash>

#include <tuple>

namespace tt {

namespace {

std::optional<Entity> entityOfTable(const QString &table)
{
    static const QHash<QString, Entity> entities = {
        {QString::fromLatin1(Community::table), Entity::Community},
        {QString::fromLatin1(Municipality::table), Entity::Municipality},
        {QString::fromLatin1(Partnership::table), Entity::Partnership},
        {QString::fromLatin1(CooperationArea::table), Entity::CooperationArea},
        {QString::fromLatin1(PartnershipArea::table), Entity::PartnershipArea},
        {QString::fromLatin1(Milestone::table), Entity::Milestone},
        {QString::fromLatin1(Contact::table), Entity::Contact},
        {QString::fromLatin1(Project::table), Entity::Project},
        {QString::fromLatin1(Document::table), Entity::Document},
        {QStringLiteral("agreement"), Entity::Agreement},
        {QString::fromLatin1(Aid::table), Entity::Aid},
    };
    const auto it = entities.constFind(table);
    return it == entities.cend() ? std::nullopt : std::optional<Entity>(*it);
}

std::optional<ChangeSet::Kind> kindOfAction(const QString &action)
{
    if (action == QLatin1String("insert"))
        return ChangeSet::Kind::Inserted;
    if (action == QLatin1String("update"))
        return ChangeSet::Kind::Updated;
    if (action == QLatin1String("delete"))
        return ChangeSet::Kind::Removed;
    return std::nullopt;
}

} // namespace

std::optional<QList<ChangeSet>> changeSetsFromHistory(const QList<AuditEntry> &entries)
{
    QList<ChangeSet> sets;
    // One set per entity and kind, in the order they first occur.
    QHash<std::pair<int, int>, qsizetype> setOf;
    for (const AuditEntry &entry : entries) {
        const auto entity = entityOfTable(entry.entity);
        const auto kind = kindOfAction(entry.action);
        if (!entity || !kind || entry.entityId <= 0)
            return std::nullopt;
        const std::pair<int, int> key{int(*entity), int(*kind)};
        auto it = setOf.constFind(key);
        if (it == setOf.cend()) {
            ChangeSet set;
            set.entity = *entity;
            set.kind = *kind;
            it = setOf.insert(key, sets.size());
            sets << set;
        }
        ChangeSet &set = sets[*it];
        if (!set.ids.contains(entry.entityId))
            set.ids << entry.entityId;
        if (entry.partnershipId > 0 && !set.parentIds.contains(entry.partnershipId))
            set.parentIds << entry.partnershipId;
    }
    return sets;
}

} // namespace tt
