#pragma once

// Data for trying the program and for measuring it: a realistic demo portfolio
// (real pairs of Ukrainian cities, with illustrative milestones, contacts and
// projects) and synthetic data of any size.

#include "app/core/database.h"

#include <QDate>

namespace tt::sample {

struct DemoSummary
{
    int partnerships = 0;
    int milestones = 0;
};

// Writes the demo portfolio into an empty database. Planned dates are placed
// around `today`, so that the demo always has overdue and upcoming milestones.
Result<DemoSummary> writeDemo(Database &db, const QDate &today = QDate::currentDate());

struct MonitoringDemoSummary
{
    int partnerships = 0; // added: Хотин – Żagań and Хотин – Teltow
    int agreements = 0;
    int approvalSteps = 0;
    int aid = 0;
};

// Adds to the demo portfolio (after writeDemo) what the monitoring shows: an
// agreement for every pair with a signing date, the trilateral agreement
// Хотин – Żagań – Teltow with its two pairs, approval tracks (one with the
// ministry's answer overdue, one within its 30 days, one complete), an
// agreement expiring within 90 days, and aid received.
Result<MonitoringDemoSummary> writeMonitoringDemo(Database &db,
                                                  const QDate &today = QDate::currentDate());

struct GenerateOptions
{
    int partnerships = 1000;
    quint32 seed = 1;
    int communities = 1500;
    int milestonesPerPair = 10;
    int areasPerPair = 2;
    int contactsPerPair = 1;
    // Of the pairs at the memorandum, cooperation- or twinning-agreement stage,
    // the share with a recorded agreement (one in 25 of them trilateral, binding
    // another pair of the same community too).
    int agreementPercent = 60;
    // Of the pairs begun in the last three years, the share with an approval
    // track: the whole track when signed, otherwise a submission to the ministry.
    int approvalPercent = 20;
    // The share of all pairs that received aid, one to four records each.
    int aidPercent = 10;
    QDate today = QDate::currentDate();
};

struct GenerateSummary
{
    int communities = 0;
    int municipalities = 0;
    int partnerships = 0;
    qint64 milestones = 0;
    qint64 areas = 0;
    qint64 contacts = 0;
    qint64 agreements = 0;
    qint64 trilateralAgreements = 0; // among the agreements
    qint64 agreementPairs = 0;       // pairs bound by them
    qint64 approvalTracks = 0;
    qint64 approvalSteps = 0; // milestones of the tracks, besides `milestones`
    qint64 aid = 0;
    qint64 aidPairs = 0;
};

// Writes synthetic data in one transaction: pairs between `communities` of all
// oblasts and foreign places of the gazetteer, each with areas, milestones and
// contacts, and recorded agreements, approval tracks and aid in the proportions
// of `options`. The same seed gives the same database; the pairs, areas,
// milestones and contacts of a seed do not depend on those proportions.
Result<GenerateSummary> generate(Database &db, const GenerateOptions &options);

} // namespace tt::sample
