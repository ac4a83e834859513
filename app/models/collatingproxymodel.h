#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace tt {

// Sorts by the source's SortRole: text in Ukrainian alphabetical order
// (І after И, Ї after І), numbers and dates by value. For the smaller tables
// (places, projects); the partnership table sorts itself.
class CollatingProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CollatingProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace tt
