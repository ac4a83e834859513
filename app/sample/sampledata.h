#pragma once

// Data for trying the program and for measuring it: a realistic demo portfolio
// (real pairs of Ukrainian cities, with illustrative milestones, contacts and
// projects) and synthetic data of any size.

#include "core/database.h"

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
};

// Writes synthetic data in one transaction: pairs between `communities` of all
// oblasts and foreign places of the gazetteer, each with areas, milestones and
// contacts. The same seed gives the same database.
Result<GenerateSummary> generate(Database &db, const GenerateOptions &options);

} // namespace tt::sample
