#pragma once

#include "app/core/entities.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <cstdint>
#include <vector>

namespace tt {

class PortfolioStore;
struct PartnershipSummary;

// The pairs that pass the store's filter, one row each, sorted by any column.
// Sorting and filtering are done here on the store's read model (not by a
// QSortFilterProxyModel), so that both stay fast at 100,000 pairs: sorting
// orders every pair once by an integer key (names ranked per place with the
// collator, once), and a filter change walks that order keeping the pairs that
// pass, so a keystroke never sorts.
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
        PartnershipIdRole = Qt::UserRole + 1,
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
    void onReset();
    void rebuild();
    void onPairChanged(qint64 id, bool exists);
    void onMilestonesLoaded();
    void loadAreas();
    void rankPlaces(int column);
    void orderAll();
    std::uint32_t sortKey(const PartnershipSummary &p) const;
    void fillRows(const std::vector<char> &shown);

    PortfolioStore *m_store;
    QList<qint64> m_rows; // pair ids in display order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Every pair (index into the portfolio) in the order of the sort column;
    // empty when it must be made again (after a reload or an edit).
    std::vector<qsizetype> m_order;
    std::vector<qint64> m_orderIds; // their ids: a keystroke reads these, not the pairs
    // The alphabetical rank of each place's shown names, by place id (community
    // id for the community and oblast columns, municipality id for partner and
    // country): the collator runs over a few thousand places once per column,
    // not in every comparison. Kept until a place is added or renamed.
    struct MunicipalityRanks
    {
        std::vector<std::uint32_t> byColumn[CountryColumn + 1];
        std::vector<QString> communitySignature, partnerSignature;
    };
    MunicipalityRanks m_ranks;
    bool m_ranksValid = false;
    struct CooperationAreaInfo
    {
        QString name;
        QColor color;
    };
    QHash<qint64, CooperationAreaInfo> m_areas;
};

} // namespace tt
