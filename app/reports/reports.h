#pragma once

// Printed reports: a partnership dossier, a portfolio summary for a filter and
// a milestone agenda for a period. Each is built as HTML for a QTextDocument
// from the read model (Portfolio, computeStatistics) and the repositories, never
// from SQL; pagedprinter.h lays it out on A4 pages with a header and footer.
// Every piece of user text is escaped where it enters the HTML.

#include "core/database.h"
#include "core/portfolio.h"
#include "core/result.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace tt::reports {

enum class Type { Dossier, Summary, Agenda, Monitoring }; // monitoring: monitoring.h

struct Report
{
    QString title; // for the page header and the PDF's title
    QString html;
};

struct Context
{
    QDate today;
    QLocale locale; // of dates and money; names follow tt::names::language()
};

// The locale that goes with a language of tt::names ("uk", "en", "de").
QLocale localeFor(const QString &language);

Result<Report> dossier(Database &db, const Portfolio &portfolio, qint64 partnershipId,
                       const Context &context);
Result<Report> summary(Database &db, const Portfolio &portfolio, const Filter &filter,
                       const Context &context);
// Milestones planned within [from, to], done ones included.
Result<Report> agenda(Database &db, const Portfolio &portfolio, const QDate &from, const QDate &to,
                      const Context &context);

} // namespace tt::reports
