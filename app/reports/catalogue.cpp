#include "app/reports/catalogue.h"

#include "app/reports/monitoring.h"

#include <QCoreApplication>

#include <array>

namespace tt::reports {

namespace {

Result<Report> buildSummary(Database &db, const Portfolio &portfolio, const Request &r)
{
    return summary(db, portfolio, r.filter, r.context);
}

QString summaryScope(const Scope &s)
{
    if (s.shown == s.all)
        return QCoreApplication::translate("ReportsView", "The summary covers all %n pair(s).",
                                           nullptr, s.all);
    return QCoreApplication::translate(
        "ReportsView", "The summary covers the %n pair(s) that pass the filter.", nullptr, s.shown);
}

Result<Report> buildDossier(Database &db, const Portfolio &portfolio, const Request &r)
{
    if (r.partnershipId <= 0)
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate(
                               "ReportsView", "Choose the partnership whose dossier to print."));
    return dossier(db, portfolio, r.partnershipId, r.context);
}

QString dossierScope(const Scope &s)
{
    return QCoreApplication::translate(
        "ReportsView", "The list holds the %n pair(s) that pass the filter.", nullptr, s.listed);
}

Result<Report> buildAgenda(Database &db, const Portfolio &portfolio, const Request &r)
{
    const QDate from = r.from.isValid() ? r.from : r.context.today;
    const QDate to = r.to.isValid() ? r.to : from.addMonths(3);
    return agenda(db, portfolio, from, to, r.context, r.filter);
}

QString agendaScope(const Scope &)
{
    return QCoreApplication::translate("ReportsView",
                                       "The agenda lists the milestones of the pairs that pass "
                                       "the filter, whatever its period.");
}

QDate monitoringDate(const Request &r)
{
    return r.asOf.isValid() ? r.asOf : r.context.today;
}

Result<Report> buildMonitoring(Database &db, const Portfolio &portfolio, const Request &r)
{
    return monitoringReport(db, portfolio, monitoringDate(r), r.context, r.filter);
}

Status writeMonitoring(Database &db, const Portfolio &portfolio, const Request &r,
                       const QString &path)
{
    auto content = monitoringContent(db, portfolio, monitoringDate(r), r.filter);
    if (!content)
        return content.error();
    return writeMonitoringWorkbook(*content, r.context, path);
}

QString monitoringScope(const Scope &s)
{
    const Filter facets = monitoringFilter(s.filter);
    const int counted =
        facets == s.filter ? s.shown : static_cast<int>(s.portfolio.select(facets).size());
    if (counted == s.all)
        return QCoreApplication::translate(
            "ReportsView", "The monitoring counts all %n pair(s), those in force on its date.",
            nullptr, s.all);
    return QCoreApplication::translate("ReportsView",
                                       "The monitoring counts the %n pair(s) that pass the filter "
                                       "(its period aside), those in force on its date.",
                                       nullptr, counted);
}

constexpr std::array<ReportKind, 4> kinds{{
    {Type::Summary, "summary", QT_TRANSLATE_NOOP("ReportsView", "Portfolio summary"), NoInput,
     buildSummary, summaryScope, nullptr, true},
    {Type::Dossier, "dossier", QT_TRANSLATE_NOOP("ReportsView", "Partnership dossier"),
     PartnershipInput, buildDossier, dossierScope},
    {Type::Agenda, "agenda", QT_TRANSLATE_NOOP("ReportsView", "Milestone agenda"), PeriodInput,
     buildAgenda, agendaScope},
    {Type::Monitoring, "monitoring", QT_TRANSLATE_NOOP("ReportsView", "Ministry monitoring"),
     DateInput, buildMonitoring, monitoringScope, writeMonitoring},
}};

} // namespace

QString ReportKind::translatedTitle() const
{
    return QCoreApplication::translate("ReportsView", title);
}

std::span<const ReportKind> reportKinds()
{
    return kinds;
}

const ReportKind &reportKind(Type type)
{
    for (const ReportKind &kind : kinds) {
        if (kind.type == type)
            return kind;
    }
    Q_UNREACHABLE();
}

const ReportKind *reportKindForKey(const QString &key)
{
    for (const ReportKind &kind : kinds) {
        if (key == QLatin1String(kind.key))
            return &kind;
    }
    return nullptr;
}

QStringList reportKeys()
{
    QStringList keys;
    for (const ReportKind &kind : kinds)
        keys << QString::fromLatin1(kind.key);
    return keys;
}

} // namespace tt::reports
