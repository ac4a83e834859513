#pragma once

// Printed reports: a partnership dossier, a portfolio summary for a filter and
// a milestone agenda for a period. Each is built as a Report (document.h): HTML
// for the text, vector figures and long tables, from the read model (Portfolio,
// computeStatistics) and the repositories, never from SQL; pagedprinter.h lays
// it out on A4 pages with a header and footer. Every piece of user text is
// escaped where it enters the HTML. The summary is printed in landscape: its
// table of all pairs is wide, and its charts sit two by two.
//
// Texts are translated with the installed translator and names follow
// tt::names::language() while a report is built; nothing is translated later,
// when it is painted.

#include "app/core/database.h"
#include "app/core/entities.h"
#include "app/core/portfolio.h"
#include "app/core/result.h"
#include "app/core/statistics.h"
#include "app/present/charts.h"
#include "app/reports/document.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace tt::reports {

enum class Type { Dossier, Summary, Agenda, Monitoring }; // monitoring: monitoring.h

struct Context
{
    QDate today;
    QLocale locale; // of dates and money; names follow tt::names::language()
};

// The locale that goes with a language of tt::names ("uk", "en", "de").
QLocale localeFor(const QString &language);

// The name that heads every page of a report: `chosen` when given (`report
// --office NAME`), else the office's name stored in the database
// (OfficeSettings), else the program's name.
QString officeHeading(Database &db, const QString &chosen = {});

// "Filter: Vinnytsia, Lviv oblasts; Germany; 01.01.2024–31.12.2024" (core's
// describeFilter), or "Filter: all pairs": the line under the title of every
// report built from a filter.
QString filterLine(const Filter &filter, const QList<CooperationArea> &areas,
                   const QLocale &locale);

Result<Report> dossier(Database &db, const Portfolio &portfolio, qint64 partnershipId,
                       const Context &context);
Result<Report> summary(Database &db, const Portfolio &portfolio, const Filter &filter,
                       const Context &context);
// The charts of the summary, two by two under its key figures: these entries
// of the table of charts (present/charts.h), drawn with the table's words and
// data for the summary's statistics.
QStringList summaryChartKeys();
QList<present::ChartData> summaryCharts(const Statistics &stats,
                                        const QList<CooperationArea> &areas, const QLocale &locale);

// Milestones planned within [from, to], done ones included, of the pairs that
// pass the facets of `filter` (its own period is not the agenda's: left out).
Result<Report> agenda(Database &db, const Portfolio &portfolio, const QDate &from, const QDate &to,
                      const Context &context, const Filter &filter = {});

} // namespace tt::reports
