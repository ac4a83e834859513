#include "partnershiptablemodel.h"

#include "core/names.h"
#include "core/repositories.h"
#include "portfoliostore.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>

namespace tt {

PartnershipTableModel::PartnershipTableModel(PortfolioStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &PortfolioStore::reset, this, &PartnershipTableModel::rebuild);
    connect(store, &PortfolioStore::filterChanged, this, &PartnershipTableModel::rebuild);
    connect(store, &PortfolioStore::pairChanged, this, &PartnershipTableModel::onPairChanged);
    rebuild();
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
    auto areas = AreaRepository(*m_store->database()).all();
    if (!areas)
        return;
    for (const CooperationArea &a : *areas)
        m_areas.insert(a.id, {names::pick(a.nameUk, a.nameEn, a.nameDe), QColor(a.color)});
}

void PartnershipTableModel::rebuild()
{
    beginResetModel();
    loadAreas();
    m_rows.clear();
    const auto &pairs = m_store->portfolio().pairs();
    const QList<qsizetype> &selected = m_store->filtered();
    m_rows.reserve(selected.size());
    for (qsizetype i : selected)
        m_rows << pairs[i].id;
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

int PartnershipTableModel::rowOf(qint64 pairId) const
{
    return static_cast<int>(m_rows.indexOf(pairId));
}

void PartnershipTableModel::onPairChanged(qint64 id, bool exists)
{
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

QVariant PartnershipTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const qint64 id = m_rows[index.row()];
    const qsizetype i = m_store->portfolio().indexOf(id);
    if (i < 0)
        return {};
    const PairSummary &p = m_store->portfolio().pairs()[i];
    const QLocale locale;
    switch (role) {
    case PairIdRole:
        return id;
    case OverdueRole:
        return p.milestonesOverdue > 0;
    case StageCodeRole:
        return toCode(p.stage);
    case AreaChipsRole: {
        QVariantList chips;
        for (qint64 a : p.areaIds) {
            const AreaInfo info = m_areas.value(a);
            chips << QVariantMap{{QStringLiteral("name"), info.name},
                                 {QStringLiteral("color"), info.color}};
        }
        return chips;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case CommunityColumn:
            return p.communityName;
        case OblastColumn:
            return names::oblast(p.oblastIso);
        case PartnerColumn:
            return names::language() == QLatin1String("uk") && !p.partnerNameUk.isEmpty()
                       ? p.partnerNameUk
                       : p.partnerName;
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
        case CommunityColumn:
            return QString(p.communityLatn + QStringLiteral(" · ") + p.hromadaName);
        case PartnerColumn: {
            QStringList spellings{p.partnerName};
            for (const QString &n : {p.partnerNameUk, p.partnerLocal}) {
                if (!n.isEmpty() && !spellings.contains(n))
                    spellings << n;
            }
            return QString(spellings.join(QStringLiteral(" · ")) + u'\n' +
                           names::country(p.countryIso));
        }
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

void PartnershipTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    const Portfolio &portfolio = m_store->portfolio();
    const auto &pairs = portfolio.pairs();
    // Every row gets an integer key: text columns rank their distinct values
    // once with the collator (a few thousand names), then rows sort by number.
    // Text columns: each distinct place (a few thousand) is ranked once with the
    // collator, keyed by its id or code; rows then sort by that number.
    QHash<qint64, int> rank;
    auto rankBy = [&](auto placeKey, auto textOf) {
        QHash<qint64, QString> labels; // place key → shown text
        for (qint64 id : std::as_const(m_rows)) {
            const PairSummary &p = pairs[portfolio.indexOf(id)];
            const qint64 k = placeKey(p);
            if (!labels.contains(k))
                labels.insert(k, textOf(p));
        }
        QList<std::pair<QString, qint64>> distinct; // text, key
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            distinct.append({it.value(), it.key()});
        QCollator collator(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(distinct.begin(), distinct.end(), [&](const auto &a, const auto &b) {
            return collator.compare(a.first, b.first) < 0;
        });
        for (int i = 0; i < distinct.size(); ++i)
            rank.insert(distinct[i].second, i);
        return [&rank, placeKey](const PairSummary &p) { return qint64(rank.value(placeKey(p))); };
    };
    // Codes as numbers, so that a row's key is found without hashing a string.
    const auto code = [](const QString &s) {
        qint64 n = 0;
        for (QChar c : s)
            n = n * 65536 + c.unicode();
        return n;
    };
    const auto communityKey = [](const PairSummary &p) { return p.communityId; };
    const auto partnerKey = [](const PairSummary &p) { return p.municipalityId; };
    const auto oblastKey = [code](const PairSummary &p) { return code(p.oblastIso.right(2)); };
    const auto countryKey = [code](const PairSummary &p) { return code(p.countryIso); };
    std::function<qint64(const PairSummary &)> key;
    switch (column) {
    case CommunityColumn:
        key = rankBy(communityKey, [](const PairSummary &p) { return p.communityName; });
        break;
    case OblastColumn:
        key = rankBy(oblastKey, [](const PairSummary &p) { return names::oblast(p.oblastIso); });
        break;
    case PartnerColumn:
        key = rankBy(partnerKey, [](const PairSummary &p) { return p.partnerName; });
        break;
    case CountryColumn:
        key = rankBy(countryKey, [](const PairSummary &p) { return names::country(p.countryIso); });
        break;
    case KindColumn:
        key = [](const PairSummary &p) { return qint64(p.kind); };
        break;
    case StageColumn:
        key = [](const PairSummary &p) { return qint64(p.stage); };
        break;
    case AreasColumn:
        key = [](const PairSummary &p) { return qint64(p.areaIds.size()); };
        break;
    case NextMilestoneColumn:
        key = [](const PairSummary &p) {
            return p.nextMilestoneOn.isValid() ? p.nextMilestoneOn.toJulianDay()
                                               : std::numeric_limits<qint64>::max();
        };
        break;
    case LastActivityColumn:
        key = [](const PairSummary &p) {
            return p.lastActivityOn.isValid() ? p.lastActivityOn.toJulianDay()
                                              : std::numeric_limits<qint64>::min();
        };
        break;
    default:
        return;
    }
    QList<std::pair<qint64, qint64>> keyed; // key, id
    keyed.reserve(m_rows.size());
    for (qint64 id : std::as_const(m_rows))
        keyed.append({key(pairs[portfolio.indexOf(id)]), id});
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    for (const QModelIndex &i : before)
        beforeIds << pairAt(i.row());
    // Ties keep the order by id, so that equal keys never shuffle between sorts.
    std::stable_sort(keyed.begin(), keyed.end(), [order](const auto &a, const auto &b) {
        return order == Qt::AscendingOrder ? a.first < b.first : a.first > b.first;
    });
    for (qsizetype i = 0; i < keyed.size(); ++i)
        m_rows[i] = keyed[i].second;
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
