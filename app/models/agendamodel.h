#pragma once

#include "app/core/agenda.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace tt {

class PortfolioStore;

// The agenda of the milestones of the pairs that pass the store's filter: an
// "Overdue" group first, then one group per month of the chosen period. Groups
// are the top-level rows, milestones their children. Only the overdue
// milestones and those of the period are read from the database; a change to
// one pair re-reads that pair's milestones and updates their rows only.
class AgendaModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        PartnershipColumn,
        KindColumn,
        TitleColumn,
        ResponsibleColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        MilestoneIdRole = Qt::UserRole + 1, // 0 on a group row
        PartnershipIdRole,
        OverdueRole,
        GroupRole,  // bool: a month (or the overdue) heading
        StatusRole, // MilestoneStatus as int; -1 on a group row
    };
    enum class Period { ThisMonth, Next3Months, Next12Months, AllUpcoming, Past12Months };

    // An inactive model stays empty and reads nothing until setActive(true):
    // a view makes its model active when first shown, so that opening a
    // national database does not wait for an agenda nobody looks at yet.
    explicit AgendaModel(PortfolioStore *store, QObject *parent = nullptr, bool active = true);

    bool isActive() const { return m_active; }
    void setActive(bool active);

    Period period() const { return m_period; }
    void setPeriod(Period period);
    bool showDone() const { return m_showDone; }
    void setShowDone(bool show);
    // The dates the period covers: [from, to); `to` is invalid when open.
    static std::pair<QDate, QDate> periodRange(Period period, const QDate &today);

    int milestoneCount() const;
    int overdueCount() const;
    QString lastError() const { return m_lastError; }
    qint64 milestoneAt(const QModelIndex &index) const;
    qint64 pairAt(const QModelIndex &index) const;
    QModelIndex indexOfMilestone(qint64 id, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // One heading: the overdue milestones, or one month.
    struct Group
    {
        quintptr key = 0; // stable: the internal id of its children's indexes
        QDate month;      // first day; invalid for the overdue group
        QList<AgendaItem> items;
    };
    static constexpr quintptr overdueKey = 1;

    AgendaQuery query() const;
    void reload();
    void reloadPeriod();
    void rebuild();
    void onPairChanged(qint64 id, bool exists);
    quintptr keyOf(const AgendaItem &item) const;
    int groupRow(quintptr key) const;
    int insertGroup(quintptr key, const QDate &month);
    void reindexGroups();
    bool pairVisible(qint64 id) const;
    const AgendaItem *itemAt(const QModelIndex &index) const;
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant itemData(const AgendaItem &item, int column, int role) const;

    PortfolioStore *m_store;
    Period m_period = Period::Next3Months;
    bool m_showDone = false;
    bool m_active = true;
    // Every pair's rows, unfiltered: the overdue ones stay loaded when the
    // period changes.
    QList<AgendaItem> m_overdueItems;
    QList<AgendaItem> m_periodItems;
    QList<Group> m_groups;
    QHash<quintptr, int> m_groupRows;
    QString m_lastError;
};

} // namespace tt
