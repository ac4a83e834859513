#include "app/models/collatingproxymodel.h"

#include <QLocale>

namespace tt {

CollatingProxyModel::CollatingProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::Ukrainian, QLocale::Ukraine))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

bool CollatingProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    // Empty values last in ascending order.
    if (a.isNull() != b.isNull())
        return b.isNull();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace tt
