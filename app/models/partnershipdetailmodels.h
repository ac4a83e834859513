#pragma once

// The models of the tabs of a pair's detail panel.

#include "app/core/entities.h"
#include "app/models/recordlistmodel.h"

#include <QDate>

namespace tt {

using AreaListModel = RecordListModel<PartnershipArea>;
using MilestoneListModel = RecordListModel<Milestone>;
using ContactListModel = RecordListModel<Contact>;
using ProjectListModel = RecordListModel<Project>;
using DocumentListModel = RecordListModel<Document>;

AreaListModel *makeAreaListModel(Database &db, QObject *parent);
// `today` decides what is overdue (highlighted).
MilestoneListModel *makeMilestoneListModel(Database &db, const QDate &today, QObject *parent);
ContactListModel *makeContactListModel(Database &db, QObject *parent);
ProjectListModel *makeProjectListModel(Database &db, QObject *parent);
DocumentListModel *makeDocumentListModel(Database &db, QObject *parent);

// The history of a pair from the audit log, newest first, each change as a
// sentence ("Stage: Memorandum of intent → Cooperation agreement").
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    HistoryModel(Database &db, QObject *parent = nullptr);
    void setPartnership(qint64 id);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Stage: First contact → Negotiation; Notes: … → …"
    static QString describe(const AuditEntry &entry);

private:
    Database &m_db;
    qint64 m_partnershipId = 0;
    QList<AuditEntry> m_rows;
};

} // namespace tt
