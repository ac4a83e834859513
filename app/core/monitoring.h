#pragma once

// The figures of the approval path and of the ministry's monitoring, computed
// from plain records: the ministry's 30 days, the approval track of a pair,
// declared against delivered cooperation areas, dormancy, anniversaries and
// expiries of agreements, aid totals, and the monitoring indicators as of a
// date. No database and no widgets: the callers read the records through the
// repositories and the read model, so that every screen, report and test sees
// the same numbers.
//
// The rules (README.md, "Agreements and monitoring", says the same):
// - The ministry answers within 30 calendar days of the submission. The day
//   after the submission is day 1, so the answer is due on submission + 30
//   days; when that day is a Saturday or a Sunday, the next Monday. Public
//   holidays do not move it (they are working days under martial law).
//   Days left = due date − today: 0 on the due day, negative once overdue.
// - A pair is in force on a date unless it ended on or before that date, or
//   is suspended or terminated without an end date. An agreement is in force
//   from its signing to its expiry (inclusive) and counts for the monitoring
//   only while at least one pair it binds is in force.
// - An agreement in force, for every figure: a recorded agreement as above, or
//   a pair in force at the memorandum, cooperation-agreement or
//   twinning-agreement stage (signed on or before the date, when its date is
//   known) that no recorded agreement binds. A recorded agreement adds detail
//   to the pairs it binds and replaces their stage in the count, so nothing
//   counts twice: a list imported without agreement documents counts one
//   agreement per pair at those stages.
// - Activity: a milestone done, a project running, aid received, an
//   agreement signed. A pair in force with none in the last 12 months (and
//   begun before that) is dormant.

#include "app/core/entities.h"
#include "app/core/partialdate.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace tt::monitoring {

// --- the ministry's deadline and the approval track ---------------------------

inline constexpr int ministryAnswerDays = 30;

// The last day of the ministry's answer to a submission made on `submittedOn`.
QDate ministryDueDate(const QDate &submittedOn);

struct MinistryDeadline
{
    QDate submittedOn;
    QDate dueOn;
    QDate answeredOn;          // invalid while there is no answer
    int daysLeft = 0;          // dueOn − today; meaningful while unanswered
    bool overdue = false;      // unanswered, and today is after dueOn
    bool answeredLate = false; // answered after dueOn
};

// The deadline of the latest submission among a pair's milestones (the
// submission done, the answer done on or after it); none without a submission.
std::optional<MinistryDeadline> ministryDeadline(const QList<Milestone> &milestones,
                                                 const QDate &today);

// The pairs whose ministry answer is overdue on `today`, by due date, from the
// approval-track milestones of many pairs (MilestoneRepository::ofKinds).
QList<std::pair<qint64, MinistryDeadline>> overdueAnswers(const QList<Milestone> &steps,
                                                          const QDate &today);

struct ApprovalStep
{
    MilestoneKind kind = MilestoneKind::MinistrySubmission;
    std::optional<Milestone> milestone; // the latest of its kind, if any
};

// Every step of the approval track in its order, with the pair's milestone of
// each kind.
QList<ApprovalStep> approvalTrack(const QList<Milestone> &milestones);

// --- activity ------------------------------------------------------------------

struct CooperationAreaBalance
{
    QList<qint64> declared;      // by the pair's agreements in force today
    QList<qint64> delivered;     // milestones done or projects running in the last 12 months
    QList<qint64> declaredOnly;  // declared, nothing delivered
    QList<qint64> deliveredOnly; // delivered without being declared
};

CooperationAreaBalance declaredVsDelivered(const QList<AgreementRecord> &agreements,
                                           const QList<Milestone> &milestones,
                                           const QList<Project> &projects, const QDate &today);

// A pair's latest activity on or before `today`, taken record by record: a
// milestone done, a project started, running (today) or ended, aid received,
// an agreement signed.
class LatestActivity
{
public:
    explicit LatestActivity(const QDate &today = {})
        : m_today(today)
    {}
    void add(const Milestone &m);
    void add(const Project &p);
    void add(const Aid &a);
    void add(const AgreementRecord &a);
    // A date of activity of any kind (a milestone done, as the portfolio has it).
    void add(const QDate &date);
    QDate last() const { return m_last; }

private:
    QDate m_today;
    QDate m_last;
};

// The latest activity of a pair on or before `today` (invalid if none).
QDate lastActivity(const QList<Milestone> &milestones, const QList<Project> &projects,
                   const QList<Aid> &aid, const QList<AgreementRecord> &agreements,
                   const QDate &today);

// No activity within the `months` up to `today`, for a pair begun before them
// (`since`: its first date, such as first contact). The office sets the months
// (OfficeSettings::dormancyMonths, 12 unless changed).
bool isDormant(const QDate &lastActivityOn, const QDate &since, const QDate &today, int months);

// --- dates of agreements -------------------------------------------------------

struct AgreementDate
{
    qint64 agreementId = 0;
    QDate date;
    int years = 0; // of an anniversary; 0 for an expiry
};

// Round anniversaries (every 5 years) of signing that fall within
// [today, today + days], by date.
QList<AgreementDate> anniversaries(const QList<AgreementRecord> &agreements, const QDate &today,
                                   int days = 90);
// Agreements in force today that expire within [today, today + days].
QList<AgreementDate> expiries(const QList<AgreementRecord> &agreements, const QDate &today,
                              int days = 90);

// --- aid -------------------------------------------------------------------------

using Money = QMap<QString, qint64>; // currency → minor units

struct AidFact
{
    qint64 partnershipId = 0;
    qint64 communityId = 0;
    QString oblastIso;
    QDate receivedOn;
    qint64 valueMinor = 0;
    QString currency;
    QString countryIso; // the partner's country
};

struct AidTotals
{
    QHash<qint64, Money> byPair;
    QHash<qint64, Money> byCommunity;
    QMap<QString, Money> byOblast;
    QMap<QString, Money> byCountry; // by the partner's country
    QMap<int, Money> byYear;        // aid without a date is left out of this one
    Money total;
};

AidTotals aidTotals(const QList<AidFact> &facts);

// The keys (oblasts, countries) with the most aid in `currency`, most first,
// ties by key; at most `count`. Currencies are never added to each other, so a
// ranking is always within one.
QList<QPair<QString, qint64>> topAid(const QMap<QString, Money> &totals, const QString &currency,
                                     int count);

// --- the ministry's monitoring --------------------------------------------------

struct MonitoringPartnership
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString oblastIso;
    QString countryIso;
    Stage stage = Stage::FirstContact;
    // Of its strongest agreement stage (PartnershipSummary::signedOn()), and its end;
    // either may be known only to the month or the year, and then counts from
    // its first day, except for the agreements new in a quarter (below).
    PartialDate signedOn;
    PartialDate endedOn;
    QDate since; // its first date (first contact), for dormancy
    // Its latest recorded activity (a milestone done, a project running, aid
    // received, an agreement recorded) up to the monitoring date; invalid when
    // none is recorded. The pair's own stage dates are not activity.
    QDate lastActivityOn;
    QList<qint64> areaIds;
    bool counted = true; // the community is counted among communitiesTotal

    bool isInForce(const QDate &date) const;
    // At an agreement stage (memorandum or later), signed by `date` when the
    // date is known, and in force on it.
    bool hasAgreementInForce(const QDate &date) const;
};

struct MonitoringInput
{
    QList<MonitoringPartnership> pairs;
    QList<AgreementRecord> agreements;
    QList<AidFact> aid;
    int communitiesTotal = 0;
};

struct MonitoringFigures
{
    QDate asOf;
    // Every community with an agreement in force, against the 1,470 of the
    // reform (communitiesTotal). Those of Crimea and Sevastopol, which the
    // 1,470 leaves out, are among them and also given apart, so that the
    // headline answers "how many communities have agreements" as a count of
    // the list would.
    int communitiesWithAgreements = 0;
    int communitiesTotal = 0;
    int communitiesApart = 0; // of communitiesWithAgreements, in Crimea and Sevastopol
    int agreements = 0;       // in force, each counted once however many pairs it binds
    int partnerCountries = 0;
    QMap<QString, int> agreementsByOblast;  // oblasts with at least one
    QMap<QString, int> agreementsByCountry; // partner countries with at least one
    QMap<qint64, int> agreementsByArea;     // cooperation areas with at least one
    int recordedAgreements = 0;             // of `agreements`, those recorded as documents
    // Signed in the quarter of asOf, up to asOf: those whose date, to its
    // precision, lies within the quarter. One dated only by the year cannot be
    // placed in a quarter; of those in force, agreementsDatedByYear counts them.
    int newAgreements = 0;
    int agreementsDatedByYear = 0;
    Money aidReceived; // up to asOf, through pairs in force
    double communityShare() const
    {
        return communitiesTotal > 0 ? double(communitiesWithAgreements) / communitiesTotal : 0;
    }
};

// The first day of the quarter of `date`, and the last day of the quarter before.
QDate quarterStart(const QDate &date);
QDate previousQuarterEnd(const QDate &date);

MonitoringFigures monitoringFigures(const MonitoringInput &input, const QDate &asOf);

// The input narrowed to the pairs in `pairIds` (a filter's pairs): the
// agreements are kept whole, and count through the pairs kept; aid only
// through them. Every view of a filter counts agreements from such an input.
MonitoringInput restrictedTo(const MonitoringInput &input, const QSet<qint64> &pairIds);

struct QuarterCount
{
    QDate start; // first day of the quarter
    int agreements = 0;
};

struct MonitoringReport
{
    MonitoringFigures current;
    MonitoringFigures previous;                 // as of the end of the quarter before
    QList<QPair<QString, int>> oblastsRanked;   // by agreements, most first, ties by code
    QList<QPair<QString, int>> countriesRanked; // the same by partner country
    QList<QPair<qint64, int>> areasRanked;      // the same by cooperation area (ties by id)
    QList<QuarterCount> newPerQuarter;          // the last `quarters`, oldest first
    // Of the pairs in force as of the date: those whose recorded activity is a
    // `dormancyMonths` old or more (isDormant), and those with no activity recorded at all,
    // which dormancy cannot be measured for.
    int dormantPairs = 0;
    int pairsWithoutActivity = 0;
    // The aid that current.aidReceived adds up (received up to the date through
    // pairs in force), broken down; aid.total == current.aidReceived.
    AidTotals aid;
};

MonitoringReport monitoringReport(const MonitoringInput &input, const QDate &asOf,
                                  int dormancyMonths, int quarters = 8);

// Of `pairs`, those in force on `asOf` whose recorded activity is
// `dormancyMonths` old or more (isDormant), and those with no activity
// recorded at all; each in the order of `pairs`. MonitoringReport counts
// these, and the dashboard lists them.
struct Dormancy
{
    QList<const MonitoringPartnership *> dormant;
    QList<const MonitoringPartnership *> withoutActivity;
};
Dormancy dormancy(const QList<MonitoringPartnership> &pairs, const QDate &asOf, int dormancyMonths);

} // namespace tt::monitoring
