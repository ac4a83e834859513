#include "app/reports/reports.h"

#include "app/core/agenda.h"
#include "app/core/filterdescription.h"
#include "app/core/names.h"
#include "app/core/officesettings.h"
#include "app/core/repositories.h"
#include "app/core/statistics.h"
#include "app/present/money.h"
#include "app/present/partnershipfacts.h"
#include "app/reports/figures.h"
#include "app/reports/htmlbuilder.h"
#include "app/reports/monitoring.h"

#include <QCollator>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tt::reports {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ReportsText
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

QString esc(const QString &text)
{
    return escaped(text);
}

using Html = HtmlBuilder;

// The texts the page painter needs, in the report's language.
void translatePages(Report &report)
{
    report.pageOfPages = ReportsText::tr("Page %1 of %2");
    report.continued = ReportsText::tr("%1 (continued)");
}

// Escaped, with line breaks kept (notes).
QString escLines(const QString &text)
{
    return esc(text).replace(u'\n', QStringLiteral("<br>"));
}

QString date(const Context &c, const QDate &d)
{
    return d.isValid() ? c.locale.toString(d, QLocale::ShortFormat) : QString();
}

// "2023" for a date known to the year, "квітень 2023" to the month.
QString date(const Context &c, const PartialDate &d)
{
    return d.toString(c.locale);
}

QString num(const Context &c, int n)
{
    return c.locale.toString(n);
}

QString milestoneState(const Milestone &m, const QDate &today, QString *cssClass)
{
    if (m.status == MilestoneStatus::Done) {
        *cssClass = QStringLiteral("done");
        return ReportsText::tr("Done");
    }
    if (m.status == MilestoneStatus::Cancelled) {
        *cssClass = QStringLiteral("muted");
        return ReportsText::tr("Cancelled");
    }
    if (m.isOverdue(today)) {
        *cssClass = QStringLiteral("overdue");
        return ReportsText::tr("Overdue");
    }
    *cssClass = QStringLiteral("planned");
    return ReportsText::tr("Planned");
}

} // namespace

QString filterLine(const Filter &filter, const QList<CooperationArea> &areas, const QLocale &locale)
{
    const QString described = describeFilter(filter, names::areas(areas), locale);
    return ReportsText::tr("Filter: %1")
        .arg(described.isEmpty() ? ReportsText::tr("all pairs") : described);
}

QString officeHeading(Database &db, const QString &chosen)
{
    if (const QString name = chosen.trimmed(); !name.isEmpty())
        return name;
    if (auto stored = OfficeSettingsRepository(db).officeName(); stored && !stored->isEmpty())
        return *stored;
    return ReportsText::tr("Twinning Tracker");
}

QLocale localeFor(const QString &language)
{
    if (language == u"uk")
        return QLocale(QLocale::Ukrainian, QLocale::Ukraine);
    if (language == u"de")
        return QLocale(QLocale::German, QLocale::Germany);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Result<Report> dossier(Database &db, const Portfolio &portfolio, qint64 partnershipId,
                       const Context &c)
{
    auto record = present::readPair(db, portfolio, partnershipId);
    if (!record)
        return record.error();
    const PartnershipSummary &p = record->summary;
    const Partnership &row = record->partnership;
    auto pairAreas = PartnershipAreaRepository(db).forPartnership(partnershipId);
    auto contacts = ContactRepository(db).forPartnership(partnershipId);
    auto documents = DocumentRepository(db).forPartnership(partnershipId);
    auto history = AuditLogRepository(db).forEntity(QStringLiteral("partnership"), partnershipId);
    for (const Error *e :
         {pairAreas ? nullptr : &pairAreas.error(), contacts ? nullptr : &contacts.error(),
          documents ? nullptr : &documents.error(), history ? nullptr : &history.error()}) {
        if (e)
            return *e;
    }
    const QHash<qint64, QString> &areaNames = record->areaNames;
    const QList<Project> *projects = &record->projects;

    Report report;
    report.title = ReportsText::tr("Partnership dossier: %1").arg(names::pair(p));
    translatePages(report);
    Html h;
    h.h1(names::pair(p));
    h.p(ReportsText::tr("%1 · %2 · as of %3")
            .arg(toLabel(p.kind), toLabel(p.stage), date(c, c.today)),
        QStringLiteral("muted"));
    Figure map = pairMap(p, names::community(p), names::partner(p), QSizeF(170, 62));
    if (map.paint) {
        report.figures << map;
        h.raw(figureHtml(0));
    }

    // The facts of the pair's overview on screen, in the same words.
    h.h2(ReportsText::tr("Overview"));
    h.facts(present::partnershipFacts(*record, c.today, c.locale));

    h.h2(ReportsText::tr("Cooperation areas"));
    if (pairAreas->isEmpty()) {
        h.p(ReportsText::tr("No areas recorded."), QStringLiteral("muted"));
    } else {
        h.beginTable(
            {ReportsText::tr("Area"), ReportsText::tr("Status"), ReportsText::tr("Notes")});
        for (const PartnershipArea &a : *pairAreas)
            h.row({areaNames.value(a.areaId), toLabel(a.status), a.notes});
        h.endTable();
    }

    h.h2(ReportsText::tr("Milestones"));
    QList<Milestone> ms = record->milestones;
    std::sort(ms.begin(), ms.end(), [](const Milestone &a, const Milestone &b) {
        const QDate da = a.doneOn.isValid() ? a.doneOn : a.plannedOn;
        const QDate dateB = b.doneOn.isValid() ? b.doneOn : b.plannedOn;
        return da < dateB || (da == dateB && a.id < b.id);
    });
    if (ms.isEmpty()) {
        h.p(ReportsText::tr("No milestones recorded."), QStringLiteral("muted"));
    } else {
        int done = 0, overdue = 0, planned = 0;
        h.beginTable({ReportsText::tr("Date"), ReportsText::tr("State"),
                      ReportsText::tr("Milestone"), ReportsText::tr("Responsible")});
        for (const Milestone &m : ms) {
            QString css;
            const QString state = milestoneState(m, c.today, &css);
            done += m.status == MilestoneStatus::Done;
            overdue += m.isOverdue(c.today);
            planned += m.status == MilestoneStatus::Planned && !m.isOverdue(c.today);
            QString what = esc(m.title);
            if (m.location.size())
                what += QStringLiteral(" <span class=\"muted\">· %1</span>").arg(esc(m.location));
            h.rowHtml({esc(date(c, m.doneOn.isValid() ? m.doneOn : m.plannedOn)),
                       QStringLiteral("<span class=\"%1\">%2</span>").arg(css, esc(state)), what,
                       esc(m.responsible)});
        }
        h.endTable();
        h.p(ReportsText::tr("%1 done, %2 planned, %3 overdue.")
                .arg(num(c, done), num(c, planned), num(c, overdue)),
            QStringLiteral("muted"));
    }

    h.h2(ReportsText::tr("Contacts"));
    if (contacts->isEmpty()) {
        h.p(ReportsText::tr("No contacts recorded."), QStringLiteral("muted"));
    } else {
        h.beginTable({ReportsText::tr("Name"), ReportsText::tr("Role and organisation"),
                      ReportsText::tr("Side"), ReportsText::tr("E-mail and phone")});
        for (const Contact &ct : *contacts) {
            QStringList role{ct.role, ct.organisation};
            role.removeAll(QString());
            QStringList reach{ct.email, ct.phone};
            reach.removeAll(QString());
            h.row({ct.name, role.join(QStringLiteral(", ")), toLabel(ct.side),
                   reach.join(QStringLiteral(", "))});
        }
        h.endTable();
    }

    h.h2(ReportsText::tr("Projects"));
    if (projects->isEmpty()) {
        h.p(ReportsText::tr("No projects recorded."), QStringLiteral("muted"));
    } else {
        QMap<QString, qint64> totals;
        h.beginTable({ReportsText::tr("Project"), ReportsText::tr("Status"),
                      ReportsText::tr("Period"), ReportsText::tr("Funder"),
                      ReportsText::tr("Budget")},
                     {false, false, false, false, true});
        for (const Project &pr : *projects) {
            QString budget;
            if (pr.budgetMinor) {
                budget = present::formatMoney(*pr.budgetMinor, pr.currency, c.locale);
                if (pr.status != ProjectStatus::Cancelled)
                    totals[pr.currency] += *pr.budgetMinor;
            }
            QString period = date(c, pr.startOn);
            if (pr.endOn.isValid())
                period += QStringLiteral(" – ") + date(c, pr.endOn);
            h.row({pr.title, toLabel(pr.status), period, pr.funder, budget});
        }
        h.endTable();
        if (!totals.isEmpty())
            h.p(ReportsText::tr("Total budget (cancelled projects left out): %1")
                    .arg(present::formatTotals(totals, c.locale)));
    }

    h.h2(ReportsText::tr("Documents"));
    if (documents->isEmpty()) {
        h.p(ReportsText::tr("No documents attached."), QStringLiteral("muted"));
    } else {
        h.beginTable({ReportsText::tr("Document"), ReportsText::tr("Type"),
                      ReportsText::tr("Added"), ReportsText::tr("Size")},
                     {false, false, false, true});
        for (const Document &d : *documents)
            h.row({d.name, toLabel(d.type), date(c, d.addedAt.date()),
                   c.locale.formattedDataSize(d.size)});
        h.endTable();
    }

    h.h2(ReportsText::tr("Notes"));
    if (row.notes.trimmed().isEmpty())
        h.p(ReportsText::tr("No notes."), QStringLiteral("muted"));
    else
        h.raw(QStringLiteral("<p>%1</p>").arg(escLines(row.notes)));

    h.h2(ReportsText::tr("History of the stage"));
    QList<QStringList> stageRows;
    for (const AuditEntry &e : *history) {
        const QJsonObject changes = QJsonDocument::fromJson(e.changes.toUtf8()).object();
        if (!changes.contains(QStringLiteral("stage")))
            continue;
        const QJsonValue v = changes.value(QStringLiteral("stage"));
        const auto label = [](const QJsonValue &code) {
            auto s = fromCode<Stage>(code.toString());
            return s ? toLabel(*s) : code.toString();
        };
        const QString from = v.isArray() ? label(v.toArray().at(0)) : QString();
        const QString to = v.isArray() ? label(v.toArray().at(1)) : label(v);
        stageRows.append({date(c, e.at.date()), from, to, e.actor});
    }
    if (stageRows.isEmpty()) {
        h.p(ReportsText::tr("No change of stage recorded."), QStringLiteral("muted"));
    } else {
        h.beginTable({ReportsText::tr("Date"), ReportsText::tr("From"), ReportsText::tr("To"),
                      ReportsText::tr("By")});
        for (auto it = stageRows.crbegin(); it != stageRows.crend(); ++it)
            h.row(*it);
        h.endTable();
    }
    report.html = h.html();
    return report;
}

Result<Report> agenda(Database &db, const Portfolio &portfolio, const QDate &from, const QDate &to,
                      const Context &c, const Filter &filter)
{
    Filter facets = filter;
    facets.from = {};
    facets.to = {};
    auto areas = CooperationAreaRepository(db).all();
    if (!areas)
        return areas.error();
    AgendaQuery query;
    query.today = c.today;
    query.from = from;
    query.to = to.isValid() ? to.addDays(1) : to;
    query.includeDone = true;
    query.overdue = false;
    auto items = readAgenda(db, query);
    if (!items)
        return items.error();
    if (!facets.isEmpty()) {
        QSet<qint64> shown;
        for (qsizetype i : portfolio.select(facets))
            shown.insert(portfolio.pairs()[i].id);
        items->removeIf(
            [&](const AgendaItem &item) { return !shown.contains(item.partnershipId); });
    }

    Report report;
    report.title = ReportsText::tr("Milestone agenda %1 – %2").arg(date(c, from), date(c, to));
    translatePages(report);
    Html h;
    h.h1(ReportsText::tr("Milestone agenda"));
    h.p(ReportsText::tr("From %1 to %2 · %n milestone(s) · as of %3", "",
                        static_cast<int>(items->size()))
            .arg(date(c, from), date(c, to), date(c, c.today)),
        QStringLiteral("muted"));
    h.p(filterLine(facets, *areas, c.locale), QStringLiteral("muted"));
    report.html = h.html();

    // Painted as a long table: a national agenda holds thousands of milestones.
    LongTable table;
    table.headers = {ReportsText::tr("Date"), ReportsText::tr("Pair"), ReportsText::tr("Milestone"),
                     ReportsText::tr("State"), ReportsText::tr("Responsible")};
    table.widths = {1.2, 3.2, 3.4, 1.2, 2};
    table.emptyText = ReportsText::tr("No milestones in this period.");
    QDate month;
    for (const AgendaItem &item : *items) {
        const QDate first(item.plannedOn.year(), item.plannedOn.month(), 1);
        if (first != month) {
            month = first;
            QString name = c.locale.standaloneMonthName(month.month());
            if (!name.isEmpty())
                name[0] = name[0].toUpper();
            table.rows.append({{name + u' ' + QString::number(month.year())}, true});
        }
        const qsizetype i = portfolio.indexOf(item.partnershipId);
        const QString pair = i >= 0 ? names::pair(portfolio.pairs()[i]) : QString();
        Milestone m;
        m.status = item.status;
        m.plannedOn = item.plannedOn;
        QString css;
        const QString state = milestoneState(m, c.today, &css);
        table.rows.append(
            {{date(c, item.plannedOn), pair, item.title, state, item.responsible}, false});
    }
    report.tables << table;
    return report;
}

namespace {

// Every pair of the selection, by oblast, community and partner.
QList<const PartnershipSummary *> sortedPairs(const Portfolio &portfolio,
                                              const QList<qsizetype> &selection,
                                              QHash<QString, QString> *oblastNames)
{
    QList<const PartnershipSummary *> pairs;
    pairs.reserve(selection.size());
    for (qsizetype i : selection)
        pairs << &portfolio.pairs()[i];
    for (const PartnershipSummary *p : pairs) {
        if (!oblastNames->contains(p->oblastIso))
            oblastNames->insert(p->oblastIso, names::oblast(p->oblastIso));
    }
    // Sorted on keys made once: collating a hundred thousand pairs' names
    // pair by pair inside the comparison would take most of the report's time.
    struct Keyed
    {
        QCollatorSortKey oblast, community, partner;
        const PartnershipSummary *pair;
    };
    const QCollator collator; // of the default locale, the report's language
    std::vector<QCollatorSortKey> oblastKeys;
    QHash<QString, size_t> oblastKey;
    for (auto it = oblastNames->cbegin(); it != oblastNames->cend(); ++it) {
        oblastKey.insert(it.key(), oblastKeys.size());
        oblastKeys.push_back(collator.sortKey(it.value()));
    }
    std::vector<Keyed> keyed;
    keyed.reserve(static_cast<size_t>(pairs.size()));
    for (const PartnershipSummary *p : pairs)
        keyed.push_back({oblastKeys[oblastKey.value(p->oblastIso)],
                         collator.sortKey(names::community(*p)),
                         collator.sortKey(names::partner(*p)), p});
    std::sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (int o = a.oblast.compare(b.oblast))
            return o < 0;
        if (int n = a.community.compare(b.community))
            return n < 0;
        if (int n = a.partner.compare(b.partner))
            return n < 0;
        return a.pair->id < b.pair->id;
    });
    for (size_t i = 0; i < keyed.size(); ++i)
        pairs[static_cast<qsizetype>(i)] = keyed[i].pair;
    return pairs;
}

QString attentionReasons(const PartnershipSummary &p, const Context &c)
{
    const QDate dormantSince = c.today.addMonths(-6);
    const QDate staleMemorandum = c.today.addYears(-1);
    QStringList reasons;
    if (p.milestonesOverdue > 0)
        reasons << ReportsText::tr("%n milestone(s) overdue", "", p.milestonesOverdue);
    if (!p.isEnded() && p.lastActivityOn.isValid() && p.lastActivityOn < dormantSince)
        reasons << ReportsText::tr("no activity since %1").arg(date(c, p.lastActivityOn));
    if (!p.isEnded() && p.memorandumOn.isValid() && p.memorandumOn < staleMemorandum &&
        !p.agreementOn.isValid() && !p.twinningOn.isValid())
        reasons << ReportsText::tr("memorandum of %1 without an agreement")
                       .arg(date(c, p.memorandumOn));
    return reasons.join(QStringLiteral("; "));
}

} // namespace

QStringList summaryChartKeys()
{
    return {QStringLiteral("stage"), QStringLiteral("country"), QStringLiteral("area"),
            QStringLiteral("year")};
}

QList<present::ChartData> summaryCharts(const Statistics &stats,
                                        const QList<CooperationArea> &areas, const QLocale &locale)
{
    QList<present::ChartData> charts;
    const present::ChartInput input{stats, areas, locale};
    for (const QString &key : summaryChartKeys()) {
        if (const present::ChartDefinition *definition = present::chartDefinition(key))
            charts << present::chartData(*definition, input);
    }
    return charts;
}

Result<Report> summary(Database &db, const Portfolio &portfolio, const Filter &filter,
                       const Context &c)
{
    auto areas = CooperationAreaRepository(db).all();
    if (!areas)
        return areas.error();
    const QList<qsizetype> selection = portfolio.select(filter);
    Statistics s = computeStatistics(portfolio, selection, c.today);
    auto input = monitoringInput(db, portfolio, c.today, Activity::Skip);
    if (!input)
        return input.error();
    s.agreements = agreementFigures(portfolio, selection, *input, c.today);
    const monitoring::MonitoringFigures &inForce = *s.agreements;
    QHash<QString, QString> oblastNames;
    const QList<const PartnershipSummary *> pairs = sortedPairs(portfolio, selection, &oblastNames);

    Report report;
    report.title = ReportsText::tr("Portfolio summary");
    report.orientation = QPageLayout::Landscape;
    translatePages(report);
    Html h;
    h.h1(ReportsText::tr("Portfolio summary"));
    h.p(filter.isEmpty() ? ReportsText::tr("All pairs · as of %1").arg(date(c, c.today))
                         : ReportsText::tr("%1 of %2 pairs pass the filter · as of %3")
                               .arg(num(c, s.pairs), num(c, s.pairsAll), date(c, c.today)),
        QStringLiteral("muted"));
    h.p(filterLine(filter, *areas, c.locale), QStringLiteral("muted"));
    if (inForce.communitiesApart > 0)
        h.p(ReportsText::tr("Of the communities with agreements, %n lie in Crimea and Sevastopol, "
                            "outside the %1 communities of the reform.",
                            "", inForce.communitiesApart)
                .arg(num(c, inForce.communitiesTotal)),
            QStringLiteral("muted"));

    // The key figures beside the map, the charts two by two below.
    const QList<KeyFigure> figures{
        {num(c, s.pairs), ReportsText::tr("pairs"), false},
        {num(c, s.activePairs), ReportsText::tr("active pairs"), false},
        {num(c, inForce.agreements), ReportsText::tr("agreements in force"), false},
        {ReportsText::tr("%1 of %2")
             .arg(num(c, inForce.communitiesWithAgreements), num(c, inForce.communitiesTotal)),
         ReportsText::tr("communities with agreements"), false},
        {ReportsText::tr("%1 of %2").arg(num(c, s.communitiesActive), num(c, s.communitiesTotal)),
         ReportsText::tr("communities with an active pair"), false},
        {num(c, inForce.partnerCountries),
         ReportsText::tr("partner countries of agreements in force"), false},
        {num(c, s.signedThisYear), ReportsText::tr("agreements signed in %1").arg(c.today.year()),
         false},
        {num(c, s.milestonesOverdue), ReportsText::tr("milestones overdue"),
         s.milestonesOverdue > 0},
        {num(c, s.milestonesDueSoon), ReportsText::tr("milestones due within 30 days"), false}};
    report.figures << keyFigures(figures, 3, QSizeF(106, 92));
    int beyond = 0;
    for (const PartnershipSummary *p : pairs) {
        beyond += std::isnan(p->partnerLat) || p->partnerLon < -11 || p->partnerLon > 44 ||
                  p->partnerLat < 35.5 || p->partnerLat > 60.5;
    }
    MapTexts mapTexts;
    mapTexts.title = ReportsText::tr("Map of the pairs");
    mapTexts.legend =
        ReportsText::tr("Oblasts and partner countries are shaded by their number of pairs; "
                        "lines join each oblast to its partner countries, dots mark partner "
                        "places.");
    if (beyond > 0)
        mapTexts.legend +=
            u' ' + ReportsText::tr("%n pair(s) with partners beyond the map.", "", beyond);
    report.figures << portfolioMap(pairs, mapTexts, QSizeF(138, 92));
    h.h2(ReportsText::tr("Key figures"));
    h.raw(QStringLiteral("<p><img src=\"figure:0\">&nbsp;&nbsp;&nbsp;&nbsp;"
                         "<img src=\"figure:1\"></p>"));

    for (const present::ChartData &chart : summaryCharts(s, *areas, c.locale))
        report.figures << chartFigure(chart, QSizeF(122, 62), c.locale);
    h.raw(QStringLiteral("<p><img src=\"figure:2\">&nbsp;&nbsp;&nbsp;&nbsp;"
                         "<img src=\"figure:3\"></p><p><img src=\"figure:4\">&nbsp;&nbsp;"
                         "&nbsp;&nbsp;<img src=\"figure:5\"></p>"));

    h.h2(ReportsText::tr("Pairs by oblast"));
    h.beginTable({ReportsText::tr("Oblast"), ReportsText::tr("Pairs"), ReportsText::tr("Active"),
                  ReportsText::tr("Milestones overdue"), ReportsText::tr("Communities active")},
                 {false, true, true, true, true});
    QList<QPair<QString, OblastFigures>> oblasts;
    for (auto it = s.byOblast.cbegin(); it != s.byOblast.cend(); ++it) {
        if (it.value().pairs > 0)
            oblasts.append({names::oblast(it.key()), it.value()});
    }
    std::sort(oblasts.begin(), oblasts.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, f] : oblasts) {
        h.row({name, num(c, f.pairs), num(c, f.activePairs), num(c, f.milestonesOverdue),
               ReportsText::tr("%1 of %2")
                   .arg(num(c, f.communitiesActive), num(c, f.communitiesTotal))});
    }
    h.endTable();

    h.h2(ReportsText::tr("Pairs by partner country"));
    h.beginTable({ReportsText::tr("Country"), ReportsText::tr("Pairs"), ReportsText::tr("Country"),
                  ReportsText::tr("Pairs")},
                 {false, true, false, true});
    // Two countries to a row: the list is long and narrow.
    const auto ranked = s.countriesRanked();
    const qsizetype half = (ranked.size() + 1) / 2;
    for (qsizetype i = 0; i < half; ++i) {
        QStringList cells{names::country(ranked[i].first), num(c, ranked[i].second)};
        if (i + half < ranked.size())
            cells << names::country(ranked[i + half].first) << num(c, ranked[i + half].second);
        else
            cells << QString() << QString();
        h.row(cells);
    }
    h.endTable();
    report.html = h.html();

    // The long tables: painted row by row (pagedprinter.h).
    LongTable all;
    all.heading = ReportsText::tr("All pairs by oblast and community");
    all.headers = {ReportsText::tr("Community"),     ReportsText::tr("Partner"),
                   ReportsText::tr("Country"),       ReportsText::tr("Kind"),
                   ReportsText::tr("Stage"),         ReportsText::tr("Signed"),
                   ReportsText::tr("Last activity"), ReportsText::tr("Overdue")};
    all.widths = {2.2, 2.4, 1.5, 1.5, 1.9, 1.1, 1.2, 0.9};
    all.numeric = {false, false, false, false, false, false, false, true};
    all.emptyText = ReportsText::tr("No pair passes the filter.");
    all.rows.reserve(pairs.size() + oblastNames.size());
    QString oblast;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const PartnershipSummary *p = pairs[i];
        if (i == 0 || p->oblastIso != oblast) {
            oblast = p->oblastIso;
            all.rows.append({{oblastNames.value(oblast)}, true});
        }
        all.rows.append({{names::community(*p), names::partner(*p), names::country(p->countryIso),
                          toLabel(p->kind), toLabel(p->stage), date(c, p->signedOn()),
                          date(c, p->lastActivityOn),
                          p->milestonesOverdue ? num(c, p->milestonesOverdue) : QString()},
                         false});
    }
    report.tables << all;

    LongTable attention;
    attention.heading = ReportsText::tr("Needs attention");
    attention.headers = {ReportsText::tr("Pair"), ReportsText::tr("Oblast"),
                         ReportsText::tr("Reason")};
    attention.widths = {3.0, 2.3, 3.7};
    attention.emptyText = ReportsText::tr("Nothing needs attention.");
    for (const PartnershipSummary *p : pairs) {
        const QString reasons = attentionReasons(*p, c);
        if (!reasons.isEmpty())
            attention.rows.append(
                {{names::pair(*p), oblastNames.value(p->oblastIso), reasons}, false});
    }
    report.tables << attention;
    return report;
}

} // namespace tt::reports
