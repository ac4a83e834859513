#pragma once

#include "app/core/entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>

namespace tt {

class PortfolioStore;

// The joint projects of the pairs that pass the store's filter, one row each,
// with the budget totals per currency of those rows. Sort through a proxy on
// SortRole (CollatingProxyModel).
class ProjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        PartnershipColumn,
        AreaColumn,
        BudgetColumn,
        FunderColumn,
        StatusColumn,
        StartColumn,
        EndColumn,
        ColumnCount
    };
    enum Role {
        ProjectIdRole = Qt::UserRole + 1,
        PartnershipIdRole,
        SortRole, // text, budget in minor units, or the date's Julian day
    };

    explicit ProjectTableModel(PortfolioStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 pairAt(int row) const;
    // Budget per currency (ISO 4217) of the rows shown; projects without a
    // budget are left out.
    QMap<QString, qint64> totals() const;
    QString lastError() const { return m_lastError; }

signals:
    void totalsChanged();

private:
    void reload();
    void rebuild();
    void onPairChanged(qint64 id, bool exists);
    bool pairVisible(qint64 id) const;
    QString pairLabel(qint64 id) const;

    PortfolioStore *m_store;
    QList<Project> m_loaded; // every pair's projects
    QList<Project> m_rows;   // those of the filtered pairs
    QHash<qint64, QString> m_areaNames;
    QString m_lastError;
};

} // namespace tt
