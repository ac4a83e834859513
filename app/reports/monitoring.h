#pragma once

// The ministry's monitoring report as of a date: the indicators of
// core/monitoring.h with the change since the end of the previous quarter, the
// oblasts, partner countries and cooperation areas ranked by agreements, new
// agreements per quarter, aid received (in total and per oblast, partner
// country, community and year), overdue answers of the ministry, and the
// anniversaries and expiries of the next 90 days. Read through the
// repositories and the read model, never SQL.
//
// MonitoringContent holds all of it, computed once; the PDF (monitoringReport)
// and the workbook (writeMonitoringWorkbook) only lay it out, so that the two
// cannot differ.

#include "app/core/monitoring.h"
#include "app/reports/reports.h"

namespace tt::reports {

// The monitoring's input from the database: every pair of the read model with
// its latest recorded activity up to `asOf`, every agreement and every aid
// record.
// Activity::Skip reads the agreements alone, for the counts of agreements in
// force (agreementFigures), which need neither aid nor activity.
enum class Activity { Read, Skip };
Result<monitoring::MonitoringInput> monitoringInput(Database &db, const Portfolio &portfolio,
                                                    const QDate &asOf,
                                                    Activity activity = Activity::Read);

// The records the input is made of, read apart from the pairs (they do not
// depend on them), so that a caller can read them while the pairs load. The
// agreements come without their signatories, which no figure counts.
struct MonitoringRecords
{
    QList<AgreementRecord> agreements;
    QList<Aid> aid;
    QList<Project> projects;
};
Result<MonitoringRecords> readMonitoringRecords(Database &db);
// The input from records read before: the same as monitoringInput().
monitoring::MonitoringInput monitoringInput(const MonitoringRecords &records,
                                            const Portfolio &portfolio, const QDate &asOf);

struct MonitoringContent
{
    QDate asOf;
    // The pairs counted: those that pass the filter (every pair when empty).
    Filter filter;
    QList<CooperationArea> areaRecords; // to name the filter's areas
    int dormancyMonths = 12;            // the office's setting the figures were counted with
    monitoring::MonitoringReport figures;
    // Names in the language of tt::names while the content was made.
    struct Area
    {
        QString code;
        QString name;
    };
    QHash<qint64, Area> areas;
    QHash<qint64, QString> communities; // of the pairs, by community id
    struct OverdueAnswer
    {
        QString pair;
        QDate submittedOn;
        QDate dueOn;
        int daysOverdue = 0;
    };
    QList<OverdueAnswer> overdueAnswers;
    struct AgreementEvent
    {
        QDate date;
        int years = 0;     // since signing, for an anniversary; 0 for an expiry
        QString agreement; // its kind, number and pairs
    };
    QList<AgreementEvent> anniversaries; // by date
    QList<AgreementEvent> expiries;      // by date
};

// The monitoring of the pairs that pass `filter`, as of `asOf`; the filter's
// period is not applied, since the monitoring is as of its own date.
Result<MonitoringContent> monitoringContent(Database &db, const Portfolio &portfolio,
                                            const QDate &asOf, const Filter &filter = {});

// "Q3 2026", for the quarter that begins on `start`.
QString quarterName(const QDate &start);

// The PDF's content.
Report monitoringReport(const MonitoringContent &content, const Context &context);
Result<Report> monitoringReport(Database &db, const Portfolio &portfolio, const QDate &asOf,
                                const Context &context, const Filter &filter = {});

// The filter of a monitoring: its facets and text, without the period.
Filter monitoringFilter(Filter filter);

// The same tables as an XLSX workbook for the ministry's own spreadsheets: a
// sheet each for the indicators, oblasts, partner countries, cooperation
// areas, new agreements per quarter, aid received, overdue answers, and
// anniversaries and expiries. Numbers are numbers, dates are dates; the
// headers are in the language of the context's texts.
Status writeMonitoringWorkbook(const MonitoringContent &content, const Context &context,
                               const QString &path);

} // namespace tt::reports
