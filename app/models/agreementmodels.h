#pragma once

// The models of a pair's agreements, approval track and aid (the detail panel's
// tabs). Each reloads its short list when a change to its records under the
// pair is announced (RecordListModel).

#include "app/core/entities.h"
#include "app/core/monitoring.h"
#include "app/models/recordlistmodel.h"

#include <QDate>

namespace tt {

// An agreement as a row of the list: the record with the id and entity the
// list model keys on.
struct AgreementRow : AgreementRecord
{
    static constexpr Entity entity = Entity::Agreement;
    qint64 id = 0;
    QStringList partyLabels; // "Хотин – Żagań", one per bound pair
};

// A step of the approval track; id is the milestone's (0 while the step has none).
struct ApprovalRow
{
    static constexpr Entity entity = Entity::Milestone;
    qint64 id = 0;
    MilestoneKind kind = MilestoneKind::MinistrySubmission;
    std::optional<Milestone> milestone;
    std::optional<monitoring::MinistryDeadline> deadline; // on the ministry's answer
};

using AgreementListModel = RecordListModel<AgreementRow>;
using ApprovalTrackModel = RecordListModel<ApprovalRow>;
using AidListModel = RecordListModel<Aid>;

AgreementListModel *makeAgreementListModel(Database &db, QObject *parent);
// `today` counts the ministry's days left.
ApprovalTrackModel *makeApprovalTrackModel(Database &db, const QDate &today, QObject *parent);
AidListModel *makeAidListModel(Database &db, QObject *parent);

} // namespace tt
