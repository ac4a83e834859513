#include "app/models/partnershipsubsetproxymodel.h"

namespace tt {

PartnershipSubsetProxyModel::PartnershipSubsetProxyModel(int idRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_idRole(idRole)
{}

void PartnershipSubsetProxyModel::setPairs(const QList<qint64> &pairs)
{
    m_pairs = QSet<qint64>(pairs.cbegin(), pairs.cend());
    invalidateFilter();
}

bool PartnershipSubsetProxyModel::filterAcceptsRow(int sourceRow,
                                                   const QModelIndex &sourceParent) const
{
    if (m_pairs.isEmpty())
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_pairs.contains(index.data(m_idRole).toLongLong());
}

} // namespace tt
