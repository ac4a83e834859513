#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace tt {

// The rows of a pair table whose pair is one of a given set (the pairs of one
// place, say); the pair id is read from `idRole` of the first column.
class PartnershipSubsetProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PartnershipSubsetProxyModel(int idRole, QObject *parent = nullptr);
    void setPairs(const QList<qint64> &pairs);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_idRole;
    QSet<qint64> m_pairs;
};

} // namespace tt
