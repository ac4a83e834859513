#include "app/models/partnershiptablemodel.h"

#include "app/core/names.h"
#include "app/core/repositories.h"
#include "app/models/portfoliostore.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace tt {

namespace {

// What a place's ranks were made from: when it is unchanged, an edit of a pair
// leaves the ranks as they are. A change of language reloads the store, which
// ranks again.
QString communitySignature(const PartnershipSummary &p)
{
    return names::community(p) + u'|' + p.oblastIso;
}

QString partnerSignature(const PartnershipSummary &p)
{
    return names::partner(p) + u'|' + p.countryIso;
}

} // namespace

PartnershipTableModel::PartnershipTableModel(PortfolioStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &PortfolioStore::reset, this, &PartnershipTableModel::onReset);
    connect(store, &PortfolioStore::filterChanged, this, &PartnershipTableModel::rebuild);
    connect(store, &PortfolioStore::pairChanged, this, &PartnershipTableModel::onPairChanged);
    connect(store, &PortfolioStore::milestonesLoaded, this,
            &PartnershipTableModel::onMilestonesLoaded);
    onReset();
}

int PartnershipTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PartnershipTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void PartnershipTableModel::loadAreas()
{
    m_areas.clear();
    if (!m_store->database())
        return;
    auto areas = CooperationAreaRepository(*m_store->database()).all();
    if (!areas)
        return;
    for (const CooperationArea &a : *areas)
        m_areas.insert(a.id, {names::area(a), QColor(a.color)});
}

void PartnershipTableModel::onReset()
{
    loadAreas();
    m_ranksValid = false;
    m_order.clear();
    rebuild();
}

void PartnershipTableModel::rebuild()
{
    beginResetModel();
    const auto &pairs = m_store->portfolio().pairs();
    const QList<qsizetype> &selected = m_store->filtered();
    if (m_sortColumn < 0) {
        m_rows.clear();
        m_rows.reserve(selected.size());
        for (qsizetype i : selected)
            m_rows << pairs[i].id;
    } else {
        std::vector<char> shown(pairs.size(), 0);
        for (qsizetype i : selected)
            shown[i] = 1;
        fillRows(shown);
    }
    endResetModel();
}

void PartnershipTableModel::fillRows(const std::vector<char> &shown)
{
    if (m_order.size() != shown.size())
        orderAll();
    m_rows.clear();
    m_rows.reserve(std::count(shown.cbegin(), shown.cend(), 1));
    for (size_t k = 0; k < m_order.size(); ++k) {
        if (shown[m_order[k]])
            m_rows << m_orderIds[k];
    }
}

int PartnershipTableModel::rowOf(qint64 pairId) const
{
    return static_cast<int>(m_rows.indexOf(pairId));
}

void PartnershipTableModel::onPairChanged(qint64 id, bool exists)
{
    // The order is made again when next needed; the ranks only for a new or
    // renamed place.
    m_order.clear();
    if (const qsizetype i = m_store->portfolio().indexOf(id); exists && i >= 0 && m_ranksValid) {
        const PartnershipSummary &p = m_store->portfolio().pairs()[i];
        const auto known = [](const std::vector<QString> &signatures, qint64 place,
                              const QString &now) {
            return place < qint64(signatures.size()) && signatures[place] == now;
        };
        m_ranksValid = known(m_ranks.communitySignature, p.communityId, communitySignature(p)) &&
                       known(m_ranks.partnerSignature, p.municipalityId, partnerSignature(p));
    }
    const int row = rowOf(id);
    const Portfolio &portfolio = m_store->portfolio();
    const qsizetype index = portfolio.indexOf(id);
    const bool visible =
        exists && index >= 0 && portfolio.matches(portfolio.pairs()[index], m_store->filter());
    if (row >= 0 && visible) {
        emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (visible) {
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows << id;
        endInsertRows();
    }
}

void PartnershipTableModel::onMilestonesLoaded()
{
    if (m_sortColumn == NextMilestoneColumn || m_sortColumn == LastActivityColumn) {
        m_order.clear();
        sort(m_sortColumn, m_sortOrder);
    }
    if (m_rows.isEmpty())
        return;
    const int last = static_cast<int>(m_rows.size()) - 1;
    emit dataChanged(index(0, NextMilestoneColumn), index(last, LastActivityColumn));
    emit dataChanged(index(0, 0), index(last, ColumnCount - 1), {OverdueRole});
}

QVariant PartnershipTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const qint64 id = m_rows[index.row()];
    const qsizetype i = m_store->portfolio().indexOf(id);
    if (i < 0)
        return {};
    const PartnershipSummary &p = m_store->portfolio().pairs()[i];
    const QLocale locale;
    if (!m_store->portfolio().isComplete(id) &&
        (index.column() == NextMilestoneColumn || index.column() == LastActivityColumn ||
         role == OverdueRole)) {
        // Not read yet: a cell that says so, rather than a date that is wrong.
        if (role == Qt::ToolTipRole)
            return tr("The milestones are still loading");
        if (role == Qt::DisplayRole)
            return QStringLiteral("…");
        return {};
    }
    switch (role) {
    case PartnershipIdRole:
        return id;
    case OverdueRole:
        return p.milestonesOverdue > 0;
    case StageCodeRole:
        return toCode(p.stage);
    case AreaChipsRole: {
        QVariantList chips;
        for (qint64 a : p.areaIds) {
            const CooperationAreaInfo info = m_areas.value(a);
            chips << QVariantMap{{QStringLiteral("name"), info.name},
                                 {QStringLiteral("color"), info.color}};
        }
        return chips;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case CommunityColumn:
            return names::community(p);
        case OblastColumn:
            return names::oblast(p.oblastIso);
        case PartnerColumn:
            return names::partner(p);
        case CountryColumn:
            return names::country(p.countryIso);
        case KindColumn:
            return toLabel(p.kind);
        case StageColumn:
            return toLabel(p.stage);
        case AreasColumn: {
            QStringList list;
            for (qint64 a : p.areaIds)
                list << m_areas.value(a).name;
            return list.join(QStringLiteral(", "));
        }
        case NextMilestoneColumn:
            return p.nextMilestoneOn.isValid()
                       ? locale.toString(p.nextMilestoneOn, QLocale::ShortFormat)
                       : QString();
        case LastActivityColumn:
            return p.lastActivityOn.isValid()
                       ? locale.toString(p.lastActivityOn, QLocale::ShortFormat)
                       : QString();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CommunityColumn: {
            // The other script, and the hromada.
            QStringList spellings = names::communitySpellings(p).mid(1);
            spellings << names::hromada(p);
            return spellings.join(QStringLiteral(" · "));
        }
        case PartnerColumn:
            return QString(names::partnerSpellings(p).join(QStringLiteral(" · ")) + u'\n' +
                           names::country(p.countryIso));
        case NextMilestoneColumn:
            if (!p.nextMilestoneOn.isValid())
                return {};
            return QString(p.nextMilestoneTitle +
                           (p.milestonesOverdue > 0
                                ? u'\n' + tr("%n milestone(s) overdue", "", p.milestonesOverdue)
                                : QString()));
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == NextMilestoneColumn && p.milestonesOverdue > 0)
            return QColor(0xc6, 0x28, 0x28);
        if (p.isEnded())
            return QColor(0x80, 0x80, 0x80);
        break;
    }
    return {};
}

QVariant PartnershipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CommunityColumn:
        return tr("Community");
    case OblastColumn:
        return tr("Oblast");
    case PartnerColumn:
        return tr("Partner");
    case CountryColumn:
        return tr("Country");
    case KindColumn:
        return tr("Kind");
    case StageColumn:
        return tr("Stage");
    case AreasColumn:
        return tr("Areas");
    case NextMilestoneColumn:
        return tr("Next milestone");
    case LastActivityColumn:
        return tr("Last activity");
    }
    return {};
}

namespace {

// Ranks texts in Ukrainian alphabetical order: each distinct text is given a
// collation key once, texts that collate equal get the same rank.
std::vector<std::uint32_t> alphabeticalRanks(const QStringList &texts)
{
    QHash<QString, int> distinctIndex;
    QStringList distinct;
    std::vector<int> slotOf(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto it = distinctIndex.constFind(texts[i]);
        if (it == distinctIndex.cend()) {
            it = distinctIndex.insert(texts[i], static_cast<int>(distinct.size()));
            distinct << texts[i];
        }
        slotOf[i] = *it;
    }
    QCollator collator(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(distinct.size());
    for (const QString &t : std::as_const(distinct))
        keys.push_back(collator.sortKey(t));
    std::vector<int> byText(distinct.size());
    std::iota(byText.begin(), byText.end(), 0);
    std::sort(byText.begin(), byText.end(),
              [&](int a, int b) { return keys[a].compare(keys[b]) < 0; });
    std::vector<std::uint32_t> rankOfDistinct(distinct.size());
    std::uint32_t rank = 0;
    for (size_t k = 0; k < byText.size(); ++k) {
        if (k > 0 && keys[byText[k - 1]].compare(keys[byText[k]]) != 0)
            ++rank;
        rankOfDistinct[byText[k]] = rank;
    }
    std::vector<std::uint32_t> out(texts.size());
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = rankOfDistinct[slotOf[i]];
    return out;
}

// Dates as keys: days since the Julian epoch fit 32 bits; a missing date takes
// `missing` (first or last in ascending order).
std::uint32_t dayKey(const QDate &d, std::uint32_t missing)
{
    if (!d.isValid())
        return missing;
    return static_cast<std::uint32_t>(std::clamp<qint64>(d.toJulianDay(), 1, 0xfffffffeLL));
}

} // namespace

void PartnershipTableModel::rankPlaces(int column)
{
    const auto &pairs = m_store->portfolio().pairs();
    qint64 maxCommunity = 0, maxPartner = 0;
    for (const PartnershipSummary &p : pairs) {
        maxCommunity = std::max(maxCommunity, p.communityId);
        maxPartner = std::max(maxPartner, p.municipalityId);
    }
    // The first pair of each place stands for it.
    std::vector<qsizetype> communityPair(maxCommunity + 1, -1), partnerPair(maxPartner + 1, -1);
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (communityPair[pairs[i].communityId] < 0)
            communityPair[pairs[i].communityId] = i;
        if (partnerPair[pairs[i].municipalityId] < 0)
            partnerPair[pairs[i].municipalityId] = i;
    }
    if (!m_ranksValid) {
        m_ranks = MunicipalityRanks();
        m_ranks.communitySignature.assign(communityPair.size(), QString());
        for (size_t id = 0; id < communityPair.size(); ++id) {
            if (communityPair[id] >= 0)
                m_ranks.communitySignature[id] = communitySignature(pairs[communityPair[id]]);
        }
        m_ranks.partnerSignature.assign(partnerPair.size(), QString());
        for (size_t id = 0; id < partnerPair.size(); ++id) {
            if (partnerPair[id] >= 0)
                m_ranks.partnerSignature[id] = partnerSignature(pairs[partnerPair[id]]);
        }
        m_ranksValid = true;
    }
    const auto rankBy = [&](const std::vector<qsizetype> &pairOf, auto textOf) {
        QStringList texts;
        std::vector<qint64> placeIds;
        for (qint64 id = 0; id < qint64(pairOf.size()); ++id) {
            if (pairOf[id] >= 0) {
                texts << textOf(pairs[pairOf[id]]);
                placeIds.push_back(id);
            }
        }
        const std::vector<std::uint32_t> ranks = alphabeticalRanks(texts);
        std::vector<std::uint32_t> byId(pairOf.size(), 0);
        for (size_t k = 0; k < placeIds.size(); ++k)
            byId[placeIds[k]] = ranks[k];
        return byId;
    };
    std::vector<std::uint32_t> &ranks = m_ranks.byColumn[column];
    switch (column) {
    case CommunityColumn:
        ranks =
            rankBy(communityPair, [](const PartnershipSummary &p) { return names::community(p); });
        break;
    case OblastColumn:
        ranks = rankBy(communityPair,
                       [](const PartnershipSummary &p) { return names::oblast(p.oblastIso); });
        break;
    case PartnerColumn:
        ranks = rankBy(partnerPair, [](const PartnershipSummary &p) { return names::partner(p); });
        break;
    case CountryColumn:
        ranks = rankBy(partnerPair,
                       [](const PartnershipSummary &p) { return names::country(p.countryIso); });
        break;
    }
}

std::uint32_t PartnershipTableModel::sortKey(const PartnershipSummary &p) const
{
    switch (m_sortColumn) {
    case CommunityColumn:
    case OblastColumn:
        return m_ranks.byColumn[m_sortColumn][p.communityId];
    case PartnerColumn:
    case CountryColumn:
        return m_ranks.byColumn[m_sortColumn][p.municipalityId];
    case KindColumn:
        return static_cast<std::uint32_t>(p.kind);
    case StageColumn:
        return static_cast<std::uint32_t>(p.stage);
    case AreasColumn:
        return static_cast<std::uint32_t>(p.areaIds.size());
    case NextMilestoneColumn:
        return dayKey(p.nextMilestoneOn, 0xffffffffU); // none: last
    case LastActivityColumn:
        return dayKey(p.lastActivityOn, 0); // none: first
    }
    return 0;
}

void PartnershipTableModel::orderAll()
{
    const auto &pairs = m_store->portfolio().pairs();
    if (m_sortColumn <= CountryColumn && (!m_ranksValid || m_ranks.byColumn[m_sortColumn].empty()))
        rankPlaces(m_sortColumn);
    // Key and index in one number: ties go by index, which is the order of the
    // ids, so equal keys never shuffle between sorts. Descending inverts the key
    // and keeps ties by id.
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::vector<std::uint64_t> keyed(pairs.size());
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        std::uint32_t key = sortKey(pairs[i]);
        if (descending)
            key = ~key;
        keyed[i] = (std::uint64_t(key) << 32) | std::uint64_t(i);
    }
    std::sort(keyed.begin(), keyed.end());
    m_order.resize(keyed.size());
    m_orderIds.resize(keyed.size());
    for (size_t k = 0; k < keyed.size(); ++k) {
        m_order[k] = static_cast<qsizetype>(keyed[k] & 0xffffffffU);
        m_orderIds[k] = pairs[m_order[k]].id;
    }
}

void PartnershipTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column != m_sortColumn || order != m_sortOrder)
        m_order.clear();
    m_sortColumn = column;
    m_sortOrder = order;
    const Portfolio &portfolio = m_store->portfolio();
    const auto &pairs = portfolio.pairs();
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    for (const QModelIndex &i : before)
        beforeIds << pairAt(i.row());
    // The same rows, in the new order.
    std::vector<char> shown(pairs.size(), 0);
    for (qint64 id : std::as_const(m_rows)) {
        const qsizetype i = portfolio.indexOf(id);
        if (i >= 0)
            shown[i] = 1;
    }
    fillRows(shown);
    QModelIndexList after;
    QHash<qint64, int> rowOfId;
    if (!before.isEmpty()) {
        for (int r = 0; r < m_rows.size(); ++r)
            rowOfId.insert(m_rows[r], r);
    }
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOfId.value(beforeIds[i], -1), before[i].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace tt
