#pragma once

// A table of the records of one kind that belong to one pair (its milestones,
// contacts, projects …). It reloads that short list when a change to records of
// its kind under its pair is announced, so an edit elsewhere costs nothing.

#include "app/core/changenotifier.h"
#include "app/core/database.h"

#include <QAbstractTableModel>

#include <functional>

namespace tt {

template<class T>
class RecordListModel : public QAbstractTableModel
{
public:
    struct Column
    {
        std::function<QString()> header;
        std::function<QVariant(const T &, int role)> value;
    };
    using Loader = std::function<Result<QList<T>>(Database &, qint64 partnershipId)>;
    static constexpr int RecordIdRole = Qt::UserRole + 1;

    RecordListModel(Database &db, QList<Column> columns, Loader loader, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_db(db)
        , m_columns(std::move(columns))
        , m_loader(std::move(loader))
    {
        connect(&db.notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &change) {
            if (change.entity == T::entity && (change.kind == ChangeSet::Kind::Reset ||
                                               change.parentIds.contains(m_partnershipId)))
                reload();
        });
    }

    void setPartnership(qint64 id)
    {
        m_partnershipId = id;
        reload();
    }
    qint64 partnership() const { return m_partnershipId; }

    void reload()
    {
        beginResetModel();
        m_rows.clear();
        if (m_partnershipId > 0) {
            if (auto rows = m_loader(m_db, m_partnershipId))
                m_rows = std::move(rows.value());
        }
        endResetModel();
    }

    const T &record(int row) const { return m_rows.at(row); }
    const QList<T> &records() const { return m_rows; }
    int rowOfId(qint64 id) const
    {
        for (int r = 0; r < m_rows.size(); ++r) {
            if (m_rows[r].id == id)
                return r;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
            return {};
        if (role == RecordIdRole)
            return m_rows[index.row()].id;
        return m_columns[index.column()].value(m_rows[index.row()], role);
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
            return m_columns[section].header();
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    Database &m_db;
    QList<Column> m_columns;
    Loader m_loader;
    qint64 m_partnershipId = 0;
    QList<T> m_rows;
};

} // namespace tt
