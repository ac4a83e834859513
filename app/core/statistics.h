#pragma once

// The figures of the dashboard, the portfolio report and the `stats` command,
// computed in one place from the read model: which pairs a selection holds, by
// stage, kind, partner country, cooperation area, oblast and year of signing,
// and the milestones done, due and overdue per month. Pure computation over
// plain data: no database, no widgets, so that every consumer shows the same
// numbers.
//
// Communities are counted against the 1,470 territorial communities usually
// quoted: the codifier's communities outside the Autonomous Republic of Crimea
// (UA-43) and Sevastopol (UA-40), plus Kyiv. A community of Crimea or
// Sevastopol with an active pair counts in the headline figure, as a count of
// the list would, and is also given apart (communitiesActiveOccupied), so that
// a reader sees how many of them lie outside the 1,470.
//
// The agreements in force (Statistics::agreements) come from the monitoring's
// own count, monitoring::monitoringFigures, over the same pairs: the dashboard,
// `stats`, the summary and the monitoring report give the same figures for the
// same filter and date because they all go through agreementFigures() below.

#include "app/core/entities.h"
#include "app/core/monitoring.h"
#include "app/core/portfolio.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace tt {

struct OblastFigures
{
    int pairs = 0;
    int activePairs = 0; // stage not suspended or terminated
    int milestonesOverdue = 0;
    int communitiesActive = 0; // with at least one active pair
    int communitiesTotal = 0;  // in the shipped codifier
};

struct MonthFigures
{
    QDate month; // the first day
    int done = 0;
    int due = 0;     // planned, not done, on or after today
    int overdue = 0; // planned, not done, before today
};

struct Statistics
{
    QDate today;

    // Totals.
    int pairsAll = 0; // in the portfolio, whatever the filter
    int pairs = 0;    // in the selection
    int activePairs = 0;
    int communitiesWithPairs = 0;
    int communitiesActive = 0;         // against communitiesTotal, Crimea's included
    int communitiesTotal = 0;          // 1,470
    int communitiesActiveOccupied = 0; // of communitiesActive, in Crimea and Sevastopol
    int partnerPlaces = 0;
    int partnerCountries = 0;
    int signedThisYear = 0; // PartnershipSummary::signedOn() in today's year
    int milestonesOverdue = 0;
    int milestonesDueSoon = 0; // within dueDays from today, today included

    // Breakdowns; every stage and kind is present, zeros included.
    QMap<Stage, int> byStage;
    QMap<PartnershipKind, int> byKind;
    QHash<QString, int> byCountry;         // ISO 3166-1 alpha-2
    QHash<qint64, int> byArea;             // cooperation area id
    QMap<QString, OblastFigures> byOblast; // ISO 3166-2; every region of the catalogue
    QMap<int, int> bySignedYear;
    QList<MonthFigures> months; // monthsBack before today's month, then monthsAhead after
    int monthDone = 0, monthDue = 0, monthOverdue = 0; // sums over months

    // The monitoring's figures as of `today` for the same pairs, when the
    // caller has read the agreements (agreementFigures()).
    std::optional<monitoring::MonitoringFigures> agreements;

    // Countries by pairs, largest first (ties by code), for "top N and other".
    QList<QPair<QString, int>> countriesRanked() const;
};

struct StatisticsOptions
{
    int dueDays = 30;
    int monthsBack = 11; // with today's month: the last 12 months
    int monthsAhead = 6;
};

// Counts the pairs of `portfolio` at the indexes in `selection` (as returned by
// Portfolio::select), as of `today`.
Statistics computeStatistics(const Portfolio &portfolio, const QList<qsizetype> &selection,
                             const QDate &today, const StatisticsOptions &options = {});

// The monitoring's figures for the pairs at `selection`, as of `asOf`, from
// `all`, the monitoring's input of every pair (reports::monitoringInput).
monitoring::MonitoringFigures agreementFigures(const Portfolio &portfolio,
                                               const QList<qsizetype> &selection,
                                               const monitoring::MonitoringInput &all,
                                               const QDate &asOf);
// The ids of the pairs at `selection`.
QSet<qint64> pairIds(const Portfolio &portfolio, const QList<qsizetype> &selection);

// The figures as JSON (the `stats --json` format, documented in README.md):
// area ids are written as the codes of `areas`.
QJsonObject statisticsToJson(const Statistics &stats, const QList<CooperationArea> &areas);

// Number of the codifier's communities per region (ISO 3166-2), and whether a
// region is counted in the 1,470.
const QMap<QString, int> &communitiesPerRegion();
bool isCountedRegion(const QString &oblastIso);

} // namespace tt
