#include "app/models/projecttablemodel.h"

#include "app/core/names.h"
#include "app/core/repositories.h"
#include "app/models/portfoliostore.h"
#include "app/present/money.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <vector>

namespace tt {

ProjectTableModel::ProjectTableModel(PortfolioStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &PortfolioStore::reset, this, &ProjectTableModel::reload);
    connect(store, &PortfolioStore::filterChanged, this, &ProjectTableModel::rebuild);
    connect(store, &PortfolioStore::pairChanged, this, &ProjectTableModel::onPairChanged);
    reload();
}

void ProjectTableModel::reload()
{
    m_loaded.clear();
    m_areaNames.clear();
    m_lastError.clear();
    if (Database *db = m_store->database()) {
        auto projects = Repository<Project>(*db).all();
        if (projects)
            m_loaded = std::move(projects.value());
        else
            m_lastError = projects.error().message;
        if (auto areas = CooperationAreaRepository(*db).all())
            m_areaNames = names::areas(*areas);
    }
    rebuild();
}

void ProjectTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const auto &pairs = m_store->portfolio().pairs();
    std::vector<char> visible;
    for (qsizetype i : m_store->filtered()) {
        const qint64 id = pairs[i].id;
        if (id >= qint64(visible.size()))
            visible.resize(id + 1, 0);
        visible[id] = 1;
    }
    for (const Project &p : std::as_const(m_loaded)) {
        if (p.partnershipId < qint64(visible.size()) && visible[p.partnershipId])
            m_rows << p;
    }
    endResetModel();
    emit totalsChanged();
}

bool ProjectTableModel::pairVisible(qint64 id) const
{
    const Portfolio &portfolio = m_store->portfolio();
    const qsizetype i = portfolio.indexOf(id);
    return i >= 0 && portfolio.matches(portfolio.pairs()[i], m_store->filter());
}

void ProjectTableModel::onPairChanged(qint64 id, bool exists)
{
    QList<Project> fresh;
    if (exists && m_store->database()) {
        auto projects = ProjectRepository(*m_store->database()).forPartnership(id);
        if (!projects) {
            m_lastError = projects.error().message;
            return;
        }
        fresh = std::move(projects.value());
    }
    m_loaded.removeIf([id](const Project &p) { return p.partnershipId == id; });
    m_loaded << fresh;
    if (!pairVisible(id))
        fresh.clear();
    QHash<qint64, Project> pending;
    for (const Project &p : std::as_const(fresh))
        pending.insert(p.id, p);
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (m_rows[r].partnershipId != id)
            continue;
        const auto it = pending.constFind(m_rows[r].id);
        if (it != pending.cend()) {
            m_rows[r] = *it;
            pending.erase(it);
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
        } else {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
    }
    if (!pending.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(pending.size()) - 1);
        for (const Project &p : std::as_const(pending))
            m_rows << p;
        endInsertRows();
    }
    emit totalsChanged();
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ProjectTableModel::pairAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].partnershipId : 0;
}

QMap<QString, qint64> ProjectTableModel::totals() const
{
    QMap<QString, qint64> sums;
    for (const Project &p : m_rows) {
        if (p.budgetMinor)
            sums[p.currency] += *p.budgetMinor;
    }
    return sums;
}

QString ProjectTableModel::pairLabel(qint64 id) const
{
    const Portfolio &portfolio = m_store->portfolio();
    const qsizetype i = portfolio.indexOf(id);
    if (i < 0)
        return {};
    const PartnershipSummary &p = portfolio.pairs()[i];
    return names::pair(p);
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Project &p = m_rows[index.row()];
    const QLocale locale;
    auto date = [&](const QDate &d) {
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
    };
    switch (role) {
    case ProjectIdRole:
        return p.id;
    case PartnershipIdRole:
        return p.partnershipId;
    case SortRole:
        switch (index.column()) {
        case BudgetColumn:
            return p.budgetMinor ? QVariant(*p.budgetMinor) : QVariant();
        case StatusColumn:
            return int(p.status);
        case StartColumn:
            return p.startOn.isValid() ? QVariant(p.startOn.toJulianDay()) : QVariant();
        case EndColumn:
            return p.endOn.isValid() ? QVariant(p.endOn.toJulianDay()) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return p.title;
        case PartnershipColumn:
            return pairLabel(p.partnershipId);
        case AreaColumn:
            return p.areaId ? m_areaNames.value(*p.areaId) : QString();
        case BudgetColumn:
            return p.budgetMinor ? present::formatMoney(*p.budgetMinor, p.currency, locale)
                                 : QString();
        case FunderColumn:
            return p.funder;
        case StatusColumn:
            return toLabel(p.status);
        case StartColumn:
            return date(p.startOn);
        case EndColumn:
            return date(p.endOn);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == BudgetColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !p.notes.isEmpty())
            return QString(p.title + u'\n' + p.notes);
        if (index.column() == TitleColumn || index.column() == FunderColumn)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::ForegroundRole:
        if (p.status == ProjectStatus::Cancelled || p.status == ProjectStatus::Completed)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        break;
    }
    return {};
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case PartnershipColumn:
        return tr("Pair");
    case AreaColumn:
        return tr("Area");
    case BudgetColumn:
        return tr("Budget");
    case FunderColumn:
        return tr("Funder");
    case StatusColumn:
        return tr("Status");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    }
    return {};
}

} // namespace tt
