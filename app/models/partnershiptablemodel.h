#pragma once

#include "core/entities.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace tt {

class PortfolioStore;

// The pairs that pass the store's filter, one row each, sorted by any column.
// Sorting and filtering are done here on the store's read model (not by a
// QSortFilterProxyModel), so that both stay fast at 100,000 pairs.
class PartnershipTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CommunityColumn,
        OblastColumn,
        PartnerColumn,
        CountryColumn,
        KindColumn,
        StageColumn,
        AreasColumn,
        NextMilestoneColumn,
        LastActivityColumn,
        ColumnCount
    };
    enum Role {
        PairIdRole = Qt::UserRole + 1,
        AreaChipsRole, // QVariantList of QVariantMap {name, color}
        OverdueRole,   // bool: the pair has overdue milestones
        StageCodeRole,
    };

    explicit PartnershipTableModel(PortfolioStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    qint64 pairAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row] : 0; }
    int rowOf(qint64 pairId) const;

private:
    void rebuild();
    void onPairChanged(qint64 id, bool exists);
    void loadAreas();

    PortfolioStore *m_store;
    QList<qint64> m_rows; // pair ids in display order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    struct AreaInfo
    {
        QString name;
        QColor color;
    };
    QHash<qint64, AreaInfo> m_areas;
};

} // namespace tt
