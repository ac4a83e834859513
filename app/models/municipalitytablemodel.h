#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tt {

class PortfolioStore;

// The places of one side of the pairs that pass the store's filter: the
// Ukrainian communities, or the foreign partner municipalities; one row per
// place with at least one such pair. A change to one pair updates the rows of
// its place before and after the change (a merge moves pairs between rows).
class MunicipalityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Side { Communities, Partners };
    // Communities: name, hromada, oblast, partner countries, pairs.
    // Partners: name, name in the other script, country, region, pairs.
    // Names are shown as names.h says; a partner's other name is its Latin one
    // in Ukrainian, its Ukrainian one (empty where unknown) in English and German.
    enum Column {
        NameColumn = 0,
        HromadaColumn = 1,
        OtherNameColumn = 1,
        OblastColumn = 2,
        CountryColumn = 2,
        CountriesColumn = 3,
        RegionColumn = 3,
        PartnershipsColumn = 4,
        ColumnCount = 5
    };
    enum Role {
        MunicipalityIdRole = Qt::UserRole + 1,
        SortRole,
        PartnershipIdsRole, // QList<qint64>: the place's pairs that pass the filter
    };

    MunicipalityTableModel(PortfolioStore *store, Side side, QObject *parent = nullptr);

    Side side() const { return m_side; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 placeAt(int row) const;
    int rowOf(qint64 placeId) const { return m_rowOf.value(placeId, -1); }
    QList<qint64> pairsAt(int row) const;
    // Every pair of the place in the portfolio, the filter aside.
    int totalPairs(qint64 placeId) const;

private:
    struct Place
    {
        qint64 id = 0;
        QList<qint64> pairs;
    };
    void reload();
    void rebuild();
    void onPairChanged(qint64 id, bool exists);
    void loadRegions();
    qint64 placeOf(qint64 pairId) const; // 0 when the pair is gone
    void reindex();
    QVariant display(const Place &place, int column) const;

    PortfolioStore *m_store;
    Side m_side;
    QList<Place> m_rows;
    QHash<qint64, int> m_rowOf;          // place id → row
    QHash<qint64, qint64> m_placeOfPair; // pair id → place id, for the rows shown
    QHash<qint64, QString> m_regions;    // partners only
};

} // namespace tt
