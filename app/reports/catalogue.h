#pragma once

// The reports there are, in the order the Reports view offers them: one entry
// each, read by the Reports view (its choice of report, the fields it asks
// for, the line that says what the report covers) and by `report --type` of
// the command line. Adding a report is one entry in catalogue.cpp and its
// builder.

#include "app/core/portfolio.h"
#include "app/core/result.h"
#include "app/reports/document.h"
#include "app/reports/reports.h"

#include <QDate>
#include <QStringList>

#include <span>

namespace tt::reports {

// What a report is built from, beside the database and the read model.
struct Request
{
    qint64 partnershipId = 0; // a dossier's pair
    QDate from, to;           // an agenda's period; invalid: from today, three months
    QDate asOf;               // the monitoring's date; invalid: context.today
    Filter filter;            // the shared filter
    Context context;
};

// The fields a report asks for beside the filter.
enum Input : unsigned {
    NoInput = 0,
    PartnershipInput = 1, // one pair (the dossier)
    PeriodInput = 2,      // from … to (the agenda)
    DateInput = 4,        // as of a date (the monitoring)
};

// What the line under the choice of report is told: how many pairs there are,
// how many pass the filter and how many the list of pairs holds.
struct Scope
{
    const Portfolio &portfolio;
    const Filter &filter;
    int all = 0;
    int shown = 0;
    int listed = 0;
};

struct ReportKind
{
    Type type;
    const char *key;   // `report --type KEY`
    const char *title; // QT_TRANSLATE_NOOP("ReportsView", …)
    unsigned inputs;   // Input flags
    // Builds the report; the message of a refusal says what is missing.
    Result<Report> (*build)(Database &db, const Portfolio &portfolio, const Request &request);
    // The line that says what the report covers, in the program's language.
    QString (*scope)(const Scope &scope);
    // Its tables as an XLSX workbook too, or null.
    Status (*writeWorkbook)(Database &db, const Portfolio &portfolio, const Request &request,
                            const QString &path) = nullptr;
    // It grows with the pairs that pass the filter, so that a large one is
    // previewed only when asked for.
    bool growsWithFilter = false;

    QString translatedTitle() const;
};

// Every report, in the order the Reports view offers them.
std::span<const ReportKind> reportKinds();
const ReportKind &reportKind(Type type);
// The report of `report --type KEY`, or null.
const ReportKind *reportKindForKey(const QString &key);
// The keys in order: "dossier", "summary", …
QStringList reportKeys();

} // namespace tt::reports
