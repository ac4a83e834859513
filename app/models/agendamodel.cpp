#include "app/models/agendamodel.h"

#include "app/core/names.h"
#include "app/models/portfoliostore.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace tt {

namespace {

const QColor overdueText(0xb7, 0x1c, 0x1c);
const QColor overdueBackground(0xfd, 0xec, 0xea);
const QColor groupBackground(0xe8, 0xee, 0xf6);
const QColor doneText(0x6b, 0x6b, 0x6b);

bool earlier(const AgendaItem &a, const AgendaItem &b)
{
    return a.plannedOn != b.plannedOn ? a.plannedOn < b.plannedOn : a.id < b.id;
}

} // namespace

AgendaModel::AgendaModel(PortfolioStore *store, QObject *parent, bool active)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_active(active)
{
    connect(store, &PortfolioStore::reset, this, &AgendaModel::reload);
    connect(store, &PortfolioStore::filterChanged, this, &AgendaModel::rebuild);
    connect(store, &PortfolioStore::pairChanged, this, &AgendaModel::onPairChanged);
    reload();
}

std::pair<QDate, QDate> AgendaModel::periodRange(Period period, const QDate &today)
{
    switch (period) {
    case Period::ThisMonth: {
        const QDate first(today.year(), today.month(), 1);
        return {first, first.addMonths(1)};
    }
    case Period::Next3Months:
        return {today, today.addMonths(3)};
    case Period::Next12Months:
        return {today, today.addMonths(12)};
    case Period::AllUpcoming:
        return {today, QDate()};
    case Period::Past12Months:
        return {today.addMonths(-12), today};
    }
    return {today, today};
}

void AgendaModel::setPeriod(Period period)
{
    if (period == m_period)
        return;
    m_period = period;
    reloadPeriod();
}

void AgendaModel::setShowDone(bool show)
{
    if (show == m_showDone)
        return;
    m_showDone = show;
    reloadPeriod();
}

void AgendaModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    reload();
}

AgendaQuery AgendaModel::query() const
{
    AgendaQuery query;
    query.today = m_store->today();
    std::tie(query.from, query.to) = periodRange(m_period, query.today);
    query.includeDone = m_showDone;
    return query;
}

void AgendaModel::reload()
{
    m_overdueItems.clear();
    m_periodItems.clear();
    m_lastError.clear();
    if (Database *db = m_active ? m_store->database() : nullptr) {
        AgendaQuery q = query();
        q.period = false;
        auto items = readAgenda(*db, q);
        if (items)
            m_overdueItems = std::move(items.value());
        else
            m_lastError = items.error().message;
    }
    reloadPeriod();
}

void AgendaModel::reloadPeriod()
{
    m_periodItems.clear();
    if (Database *db = m_active ? m_store->database() : nullptr) {
        AgendaQuery q = query();
        q.overdue = false;
        auto items = readAgenda(*db, q);
        if (items)
            m_periodItems = std::move(items.value());
        else
            m_lastError = items.error().message;
    }
    rebuild();
}

quintptr AgendaModel::keyOf(const AgendaItem &item) const
{
    if (item.isOverdue(m_store->today()))
        return overdueKey;
    return 2 + quintptr(item.plannedOn.year()) * 12 + quintptr(item.plannedOn.month() - 1);
}

void AgendaModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    // The filter as a look-up table by pair id: the loop below may run over a
    // few hundred thousand milestones.
    const auto &pairs = m_store->portfolio().pairs();
    std::vector<char> visible;
    for (qsizetype i : m_store->filtered()) {
        const qint64 id = pairs[i].id;
        if (id >= qint64(visible.size()))
            visible.resize(id + 1, 0);
        visible[id] = 1;
    }
    auto shown = [&](const AgendaItem &item) {
        return item.partnershipId < qint64(visible.size()) && visible[item.partnershipId];
    };
    // Both lists come ordered from the database; edits append out of order.
    for (QList<AgendaItem> *list : {&m_overdueItems, &m_periodItems}) {
        if (!std::is_sorted(list->cbegin(), list->cend(), earlier))
            std::sort(list->begin(), list->end(), earlier);
    }
    Group overdue;
    overdue.key = overdueKey;
    for (const AgendaItem &item : std::as_const(m_overdueItems)) {
        if (shown(item))
            overdue.items << item;
    }
    if (!overdue.items.isEmpty())
        m_groups << std::move(overdue);
    for (const AgendaItem &item : std::as_const(m_periodItems)) {
        if (!shown(item))
            continue;
        const quintptr key = keyOf(item);
        if (m_groups.isEmpty() || m_groups.last().key != key) {
            Group group;
            group.key = key;
            group.month = QDate(item.plannedOn.year(), item.plannedOn.month(), 1);
            m_groups << std::move(group);
        }
        m_groups.last().items << item;
    }
    reindexGroups();
    endResetModel();
}

void AgendaModel::reindexGroups()
{
    m_groupRows.clear();
    for (int i = 0; i < m_groups.size(); ++i)
        m_groupRows.insert(m_groups[i].key, i);
}

int AgendaModel::groupRow(quintptr key) const
{
    return m_groupRows.value(key, -1);
}

int AgendaModel::insertGroup(quintptr key, const QDate &month)
{
    const auto at = std::lower_bound(m_groups.cbegin(), m_groups.cend(), key,
                                     [](const Group &g, quintptr k) { return g.key < k; });
    const int row = int(at - m_groups.cbegin());
    beginInsertRows({}, row, row);
    Group group;
    group.key = key;
    group.month = month;
    m_groups.insert(row, std::move(group));
    reindexGroups();
    endInsertRows();
    return row;
}

bool AgendaModel::pairVisible(qint64 id) const
{
    const Portfolio &portfolio = m_store->portfolio();
    const qsizetype i = portfolio.indexOf(id);
    return i >= 0 && portfolio.matches(portfolio.pairs()[i], m_store->filter());
}

void AgendaModel::onPairChanged(qint64 id, bool exists)
{
    if (!m_active)
        return;
    QList<AgendaItem> fresh;
    if (exists && m_store->database()) {
        AgendaQuery q = query();
        q.partnershipId = id;
        auto items = readAgenda(*m_store->database(), q);
        if (!items) {
            m_lastError = items.error().message;
            return;
        }
        fresh = std::move(items.value());
    }
    const QDate today = m_store->today();
    for (QList<AgendaItem> *list : {&m_overdueItems, &m_periodItems})
        list->removeIf([id](const AgendaItem &item) { return item.partnershipId == id; });
    for (const AgendaItem &item : std::as_const(fresh))
        (item.isOverdue(today) ? m_overdueItems : m_periodItems) << item;
    if (!pairVisible(id))
        fresh.clear();

    QHash<qint64, AgendaItem> pending;
    for (const AgendaItem &item : std::as_const(fresh))
        pending.insert(item.id, item);
    // Rows that stay where they are change in place; the others go, and come
    // back below at their new place.
    for (int g = int(m_groups.size()) - 1; g >= 0; --g) {
        QList<AgendaItem> &items = m_groups[g].items;
        const QModelIndex parent = index(g, 0);
        bool touched = false;
        for (int r = int(items.size()) - 1; r >= 0; --r) {
            if (items[r].partnershipId != id)
                continue;
            touched = true;
            const auto it = pending.constFind(items[r].id);
            if (it != pending.cend() && keyOf(*it) == m_groups[g].key &&
                it->plannedOn == items[r].plannedOn) {
                items[r] = *it;
                pending.erase(it);
                emit dataChanged(index(r, 0, parent), index(r, ColumnCount - 1, parent));
                continue;
            }
            beginRemoveRows(parent, r, r);
            items.removeAt(r);
            endRemoveRows();
        }
        if (items.isEmpty()) {
            beginRemoveRows({}, g, g);
            m_groups.removeAt(g);
            reindexGroups();
            endRemoveRows();
        } else if (touched) {
            emit dataChanged(index(g, 0), index(g, ColumnCount - 1)); // its count
        }
    }
    QList<AgendaItem> added = pending.values();
    std::sort(added.begin(), added.end(), earlier);
    for (const AgendaItem &item : std::as_const(added)) {
        const quintptr key = keyOf(item);
        int g = groupRow(key);
        if (g < 0)
            g = insertGroup(key, key == overdueKey
                                     ? QDate()
                                     : QDate(item.plannedOn.year(), item.plannedOn.month(), 1));
        QList<AgendaItem> &items = m_groups[g].items;
        const int r =
            int(std::lower_bound(items.cbegin(), items.cend(), item, earlier) - items.cbegin());
        beginInsertRows(index(g, 0), r, r);
        items.insert(r, item);
        endInsertRows();
        emit dataChanged(index(g, 0), index(g, ColumnCount - 1));
    }
}

int AgendaModel::milestoneCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.items.size());
    return n;
}

int AgendaModel::overdueCount() const
{
    const int g = groupRow(overdueKey);
    return g < 0 ? 0 : int(m_groups[g].items.size());
}

const AgendaItem *AgendaModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const int g = groupRow(index.internalId());
    if (g < 0 || index.row() >= m_groups[g].items.size())
        return nullptr;
    return &m_groups[g].items[index.row()];
}

qint64 AgendaModel::milestoneAt(const QModelIndex &index) const
{
    const AgendaItem *item = itemAt(index);
    return item ? item->id : 0;
}

qint64 AgendaModel::pairAt(const QModelIndex &index) const
{
    const AgendaItem *item = itemAt(index);
    return item ? item->partnershipId : 0;
}

QModelIndex AgendaModel::indexOfMilestone(qint64 id, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<AgendaItem> &items = m_groups[g].items;
        for (int r = 0; r < items.size(); ++r) {
            if (items[r].id == id)
                return index(r, column, index(g, 0));
        }
    }
    return {};
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_groups.size())
        return {};
    const Group &group = m_groups[parent.row()];
    return row < group.items.size() ? createIndex(row, column, group.key) : QModelIndex();
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int g = groupRow(child.internalId());
    return g < 0 ? QModelIndex() : createIndex(g, 0, quintptr(0));
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups[parent.row()].items.size());
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        if (index.row() >= m_groups.size())
            return {};
        return groupData(m_groups[index.row()], index.column(), role);
    }
    const AgendaItem *item = itemAt(index);
    return item ? itemData(*item, index.column(), role) : QVariant();
}

QVariant AgendaModel::groupData(const Group &group, int column, int role) const
{
    const bool overdue = group.key == overdueKey;
    switch (role) {
    case GroupRole:
        return true;
    case StatusRole:
        return -1;
    case OverdueRole:
        return overdue;
    case MilestoneIdRole:
    case PartnershipIdRole:
        return qint64(0);
    case Qt::DisplayRole: {
        if (column != DateColumn)
            return {};
        QString name;
        if (overdue) {
            name = tr("Overdue");
        } else {
            const QLocale locale;
            name = locale.standaloneMonthName(group.month.month()) + u' ' +
                   QString::number(group.month.year());
            if (!name.isEmpty())
                name[0] = name[0].toUpper();
        }
        return tr("%1 · %n milestone(s)", "", int(group.items.size())).arg(name);
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(overdueText)) : QVariant();
    case Qt::BackgroundRole:
        return QBrush(groupBackground);
    }
    return {};
}

QVariant AgendaModel::itemData(const AgendaItem &item, int column, int role) const
{
    const QDate today = m_store->today();
    const bool overdue = item.isOverdue(today);
    switch (role) {
    case MilestoneIdRole:
        return item.id;
    case PartnershipIdRole:
        return item.partnershipId;
    case OverdueRole:
        return overdue;
    case GroupRole:
        return false;
    case StatusRole:
        return int(item.status);
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return item.plannedOn.isValid()
                       ? QLocale().toString(item.plannedOn, QLocale::ShortFormat)
                       : QString();
        case PartnershipColumn: {
            const Portfolio &portfolio = m_store->portfolio();
            const qsizetype i = portfolio.indexOf(item.partnershipId);
            if (i < 0)
                return {};
            const PartnershipSummary &p = portfolio.pairs()[i];
            return names::pair(p);
        }
        case KindColumn:
            return toLabel(item.kind);
        case TitleColumn:
            return item.title;
        case ResponsibleColumn:
            return item.responsible;
        case StatusColumn:
            if (overdue)
                return tr("Overdue by %n day(s)", "", int(item.plannedOn.daysTo(today)));
            if (item.status == MilestoneStatus::Done && item.doneOn.isValid())
                return tr("Done on %1").arg(QLocale().toString(item.doneOn, QLocale::ShortFormat));
            return toLabel(item.status);
        }
        break;
    case Qt::ToolTipRole:
        if (column == TitleColumn || column == PartnershipColumn)
            return itemData(item, column, Qt::DisplayRole);
        break;
    case Qt::ForegroundRole:
        if (overdue && (column == DateColumn || column == StatusColumn))
            return QBrush(overdueText);
        if (item.status != MilestoneStatus::Planned)
            return QBrush(doneText);
        break;
    case Qt::BackgroundRole:
        if (overdue)
            return QBrush(overdueBackground);
        break;
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PartnershipColumn:
        return tr("Pair");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case ResponsibleColumn:
        return tr("Responsible");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace tt
