#pragma once

// Milestones of all pairs for the agenda, read set-wise: the overdue ones (planned
// and dated before today) and those of one period. Both reads run on the
// (status, planned_on) index, so that the agenda of a national database (a
// million milestones) only reads the rows it shows.

#include "app/core/database.h"
#include "app/core/domain.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tt {

struct AgendaItem
{
    qint64 id = 0;
    qint64 partnershipId = 0;
    MilestoneKind kind = MilestoneKind::Other;
    QString title;
    QDate plannedOn;
    QDate doneOn;
    MilestoneStatus status = MilestoneStatus::Planned;
    QString responsible;

    bool isOverdue(const QDate &today) const
    {
        return status == MilestoneStatus::Planned && plannedOn.isValid() && plannedOn < today;
    }
};

struct AgendaQuery
{
    QDate today;
    // Milestones planned within [from, to); an invalid bound is open.
    QDate from;
    QDate to;
    bool includeDone = false; // done and cancelled ones too
    // Which parts to read: the overdue milestones do not depend on the period,
    // so a view that changes the period need not read them again.
    bool overdue = true;
    bool period = true;
    // Only the milestones of this pair (0: every pair); for updating one pair.
    qint64 partnershipId = 0;
};

// The overdue milestones (every planned one before today) followed by the
// period's milestones that are not overdue; each part ordered by planned date
// and id.
Result<QList<AgendaItem>> readAgenda(Database &db, const AgendaQuery &query);

// Whether a milestone belongs to the period part of the query (not overdue).
bool inPeriod(const AgendaItem &item, const AgendaQuery &query);

} // namespace tt
