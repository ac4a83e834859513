#include "reports.h"

#include "core/agenda.h"
#include "core/names.h"
#include "core/repositories.h"
#include "core/statistics.h"
#include "models/money.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace tt::reports {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ReportsText
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Escaped, with line breaks kept (notes).
QString escLines(const QString &text)
{
    return esc(text).replace(u'\n', QStringLiteral("<br>"));
}

QString communityOf(const PairSummary &p)
{
    return names::pick(p.communityName, p.communityLatn, p.communityLatn);
}

QString partnerOf(const PairSummary &p)
{
    return names::pick(p.partnerNameUk.isEmpty() ? p.partnerName : p.partnerNameUk, p.partnerName,
                       p.partnerName);
}

QString pairLabel(const PairSummary &p)
{
    return communityOf(p) + QStringLiteral(" – ") + partnerOf(p);
}

// Builds the HTML of a report piece by piece; every text goes through esc()
// unless it is markup made here.
class Html
{
public:
    void h1(const QString &text) { m_html += QStringLiteral("<h1>%1</h1>").arg(esc(text)); }
    void h2(const QString &text) { m_html += QStringLiteral("<h2>%1</h2>").arg(esc(text)); }
    void h3(const QString &text) { m_html += QStringLiteral("<h3>%1</h3>").arg(esc(text)); }
    void p(const QString &text, const QString &cls = {})
    {
        m_html += cls.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(text))
                                : QStringLiteral("<p class=\"%1\">%2</p>").arg(cls, esc(text));
    }
    void raw(const QString &html) { m_html += html; }

    // A table whose header row repeats on every page (<thead>).
    void beginTable(const QStringList &headers, const QList<bool> &numeric = {})
    {
        m_numeric = numeric;
        m_html += QStringLiteral("<table width=\"100%\" border=\"0.5\" cellspacing=\"0\" "
                                 "cellpadding=\"3\" style=\"border-color:#9aa5b4;\"><thead><tr>");
        for (qsizetype i = 0; i < headers.size(); ++i)
            m_html += QStringLiteral("<th%1>%2</th>").arg(cls(i), esc(headers[i]));
        m_html += QStringLiteral("</tr></thead><tbody>");
    }
    // Cells as HTML (already escaped).
    void rowHtml(const QStringList &cells)
    {
        m_html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < cells.size(); ++i)
            m_html += QStringLiteral("<td%1>%2</td>").arg(cls(i), cells[i]);
        m_html += QStringLiteral("</tr>");
    }
    void row(const QStringList &cells)
    {
        QStringList escaped;
        for (const QString &c : cells)
            escaped << esc(c);
        rowHtml(escaped);
    }
    void groupRow(const QString &text, int columns)
    {
        m_html += QStringLiteral("<tr class=\"group\"><td colspan=\"%1\">%2</td></tr>")
                      .arg(columns)
                      .arg(esc(text));
    }
    void endTable() { m_html += QStringLiteral("</tbody></table>"); }

    // Label–value lines, as a borderless two-column table.
    void facts(const QList<QPair<QString, QString>> &rows)
    {
        m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const auto &[label, value] : rows) {
            if (value.isEmpty())
                continue;
            m_html +=
                QStringLiteral("<tr><td class=\"muted\" width=\"150\">%1</td><td>%2</td></tr>")
                    .arg(esc(label), esc(value));
        }
        m_html += QStringLiteral("</table>");
    }

    QString html() const
    {
        return QStringLiteral("<html><body>") + m_html + QStringLiteral("</body></html>");
    }

private:
    QString cls(qsizetype column) const
    {
        return m_numeric.value(column) ? QStringLiteral(" class=\"num\"") : QString();
    }
    QString m_html;
    QList<bool> m_numeric;
};

QString date(const Context &c, const QDate &d)
{
    return d.isValid() ? c.locale.toString(d, QLocale::ShortFormat) : QString();
}

QString num(const Context &c, int n)
{
    return c.locale.toString(n);
}

QString areaName(const CooperationArea &a)
{
    return names::pick(a.nameUk, a.nameEn, a.nameDe.isEmpty() ? a.nameEn : a.nameDe);
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
    const qsizetype index = portfolio.indexOf(partnershipId);
    auto partnership = PartnershipRepository(db).get(partnershipId);
    if (index < 0 || !partnership)
        return Error::make(
            Error::Code::NotFound,
            ReportsText::tr("There is no partnership with the id %1.").arg(partnershipId));
    const PairSummary &p = portfolio.pairs()[index];
    const Partnership &row = *partnership;
    auto areas = AreaRepository(db).all();
    auto pairAreas = PartnershipAreaRepository(db).forPartnership(partnershipId);
    auto milestones = MilestoneRepository(db).forPartnership(partnershipId);
    auto contacts = ContactRepository(db).forPartnership(partnershipId);
    auto projects = ProjectRepository(db).forPartnership(partnershipId);
    auto documents = DocumentRepository(db).forPartnership(partnershipId);
    auto history = AuditLogRepository(db).forEntity(QStringLiteral("partnership"), partnershipId);
    for (const Error *e :
         {areas ? nullptr : &areas.error(), pairAreas ? nullptr : &pairAreas.error(),
          milestones ? nullptr : &milestones.error(), contacts ? nullptr : &contacts.error(),
          projects ? nullptr : &projects.error(), documents ? nullptr : &documents.error(),
          history ? nullptr : &history.error()}) {
        if (e)
            return *e;
    }
    QHash<qint64, QString> areaNames;
    for (const CooperationArea &a : *areas)
        areaNames.insert(a.id, areaName(a));

    Report report;
    report.title = ReportsText::tr("Partnership dossier: %1").arg(pairLabel(p));
    Html h;
    h.h1(pairLabel(p));
    h.p(ReportsText::tr("%1 · %2 · as of %3")
            .arg(toLabel(p.kind), toLabel(p.stage), date(c, c.today)),
        QStringLiteral("muted"));

    h.h2(ReportsText::tr("The partners"));
    h.beginTable({ReportsText::tr("Ukrainian community"), ReportsText::tr("Partner")});
    h.row({communityOf(p), partnerOf(p)});
    h.row({ReportsText::tr("%1 community").arg(p.hromadaName), names::country(p.countryIso)});
    h.row({names::oblast(p.oblastIso), p.partnerLocal});
    h.endTable();

    h.h2(ReportsText::tr("Stage and dates"));
    h.facts({{ReportsText::tr("Kind"), toLabel(p.kind)},
             {ReportsText::tr("Stage"), toLabel(p.stage)},
             {ReportsText::tr("First contact"), date(c, row.firstContactOn)},
             {ReportsText::tr("Memorandum"), date(c, row.memorandumOn)},
             {ReportsText::tr("Agreement"), date(c, row.agreementOn)},
             {ReportsText::tr("Twinning"), date(c, row.twinningOn)},
             {ReportsText::tr("Ended"), date(c, row.endedOn)},
             {ReportsText::tr("Reason of the end"), row.endReason},
             {ReportsText::tr("Initiative"), row.initiative},
             {ReportsText::tr("Responsible officer"), row.officer},
             {ReportsText::tr("Last reviewed"),
              row.reviewedOn.isValid()
                  ? ReportsText::tr("%1 by %2").arg(date(c, row.reviewedOn), row.reviewedBy)
                  : QString()}});

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
    QList<Milestone> ms = *milestones;
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
                budget = formatMoney(*pr.budgetMinor, pr.currency, c.locale);
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
                    .arg(formatTotals(totals, c.locale)));
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
                      const Context &c)
{
    AgendaQuery query;
    query.today = c.today;
    query.from = from;
    query.to = to.isValid() ? to.addDays(1) : to;
    query.includeDone = true;
    query.overdue = false;
    auto items = readAgenda(db, query);
    if (!items)
        return items.error();

    Report report;
    report.title = ReportsText::tr("Milestone agenda %1 – %2").arg(date(c, from), date(c, to));
    Html h;
    h.h1(ReportsText::tr("Milestone agenda"));
    h.p(ReportsText::tr("From %1 to %2 · %n milestone(s) · as of %3", "",
                        static_cast<int>(items->size()))
            .arg(date(c, from), date(c, to), date(c, c.today)),
        QStringLiteral("muted"));
    if (items->isEmpty()) {
        h.p(ReportsText::tr("No milestones in this period."));
    } else {
        h.beginTable({ReportsText::tr("Date"), ReportsText::tr("Pair"),
                      ReportsText::tr("Milestone"), ReportsText::tr("State"),
                      ReportsText::tr("Responsible")});
        QDate month;
        for (const AgendaItem &item : *items) {
            const QDate first(item.plannedOn.year(), item.plannedOn.month(), 1);
            if (first != month) {
                month = first;
                h.groupRow(c.locale.standaloneMonthName(month.month()) + u' ' +
                               QString::number(month.year()),
                           5);
            }
            const qsizetype i = portfolio.indexOf(item.partnershipId);
            const QString pair = i >= 0 ? pairLabel(portfolio.pairs()[i]) : QString();
            Milestone m;
            m.status = item.status;
            m.plannedOn = item.plannedOn;
            QString css;
            const QString state = milestoneState(m, c.today, &css);
            h.rowHtml({esc(date(c, item.plannedOn)), esc(pair), esc(item.title),
                       QStringLiteral("<span class=\"%1\">%2</span>").arg(css, esc(state)),
                       esc(item.responsible)});
        }
        h.endTable();
    }
    report.html = h.html();
    return report;
}

Result<Report> summary(Database &db, const Portfolio &portfolio, const Filter &filter,
                       const Context &c)
{
    auto areas = AreaRepository(db).all();
    if (!areas)
        return areas.error();
    const QList<qsizetype> selection = portfolio.select(filter);
    const Statistics s = computeStatistics(portfolio, selection, c.today);

    Report report;
    report.title = ReportsText::tr("Portfolio summary");
    Html h;
    h.h1(ReportsText::tr("Portfolio summary"));
    h.p(filter.isEmpty() ? ReportsText::tr("All pairs · as of %1").arg(date(c, c.today))
                         : ReportsText::tr("%1 of %2 pairs pass the filter · as of %3")
                               .arg(num(c, s.pairs), num(c, s.pairsAll), date(c, c.today)),
        QStringLiteral("muted"));

    h.h2(ReportsText::tr("Key figures"));
    h.beginTable({ReportsText::tr("Figure"), ReportsText::tr("Value")}, {false, true});
    h.row({ReportsText::tr("Pairs"), num(c, s.pairs)});
    h.row({ReportsText::tr("Active pairs"), num(c, s.activePairs)});
    h.row(
        {ReportsText::tr("Communities with an active pair"),
         ReportsText::tr("%1 of %2").arg(num(c, s.communitiesActive), num(c, s.communitiesTotal))});
    h.row({ReportsText::tr("Communities with any pair"), num(c, s.communitiesWithPairs)});
    h.row({ReportsText::tr("Partner places"), num(c, s.partnerPlaces)});
    h.row({ReportsText::tr("Partner countries"), num(c, s.partnerCountries)});
    h.row(
        {ReportsText::tr("Agreements signed in %1").arg(c.today.year()), num(c, s.signedThisYear)});
    h.row({ReportsText::tr("Milestones overdue"), num(c, s.milestonesOverdue)});
    h.row({ReportsText::tr("Milestones due within 30 days"), num(c, s.milestonesDueSoon)});
    h.endTable();

    h.h2(ReportsText::tr("Pairs by stage"));
    h.beginTable({ReportsText::tr("Stage"), ReportsText::tr("Pairs")}, {false, true});
    for (auto it = s.byStage.cbegin(); it != s.byStage.cend(); ++it)
        h.row({toLabel(it.key()), num(c, it.value())});
    h.endTable();

    h.h2(ReportsText::tr("Pairs by partner country"));
    h.beginTable({ReportsText::tr("Country"), ReportsText::tr("Pairs")}, {false, true});
    for (const auto &[iso, n] : s.countriesRanked())
        h.row({names::country(iso), num(c, n)});
    h.endTable();

    h.h2(ReportsText::tr("Pairs by cooperation area"));
    h.beginTable({ReportsText::tr("Area"), ReportsText::tr("Pairs")}, {false, true});
    for (const CooperationArea &a : *areas) {
        if (s.byArea.value(a.id) > 0)
            h.row({areaName(a), num(c, s.byArea.value(a.id))});
    }
    h.endTable();

    h.h2(ReportsText::tr("Pairs by oblast"));
    h.beginTable({ReportsText::tr("Oblast"), ReportsText::tr("Pairs"), ReportsText::tr("Active"),
                  ReportsText::tr("Milestones overdue"), ReportsText::tr("Communities active")},
                 {false, true, true, true, true});
    for (auto it = s.byOblast.cbegin(); it != s.byOblast.cend(); ++it) {
        const OblastFigures &f = it.value();
        if (f.pairs == 0)
            continue;
        h.row({names::oblast(it.key()), num(c, f.pairs), num(c, f.activePairs),
               num(c, f.milestonesOverdue),
               ReportsText::tr("%1 of %2")
                   .arg(num(c, f.communitiesActive), num(c, f.communitiesTotal))});
    }
    h.endTable();

    h.h2(ReportsText::tr("Agreements signed per year"));
    h.beginTable({ReportsText::tr("Year"), ReportsText::tr("Pairs")}, {false, true});
    for (auto it = s.bySignedYear.cbegin(); it != s.bySignedYear.cend(); ++it)
        h.row({QString::number(it.key()), num(c, it.value())});
    h.endTable();

    // Every pair, by oblast and community.
    QList<const PairSummary *> pairs;
    for (qsizetype i : selection)
        pairs << &portfolio.pairs()[i];
    QHash<QString, QString> oblastNames;
    for (const PairSummary *p : pairs)
        oblastNames.insert(p->oblastIso, names::oblast(p->oblastIso));
    std::sort(pairs.begin(), pairs.end(), [&](const PairSummary *a, const PairSummary *b) {
        const int o =
            QString::localeAwareCompare(oblastNames[a->oblastIso], oblastNames[b->oblastIso]);
        if (o != 0)
            return o < 0;
        const int n = QString::localeAwareCompare(communityOf(*a), communityOf(*b));
        if (n != 0)
            return n < 0;
        return QString::localeAwareCompare(partnerOf(*a), partnerOf(*b)) < 0;
    });
    h.h2(ReportsText::tr("All pairs by oblast and community"));
    h.beginTable({ReportsText::tr("Community"), ReportsText::tr("Partner"),
                  ReportsText::tr("Country"), ReportsText::tr("Stage"), ReportsText::tr("Signed")});
    QString oblast;
    for (const PairSummary *p : pairs) {
        if (p->oblastIso != oblast || p == pairs.first()) {
            oblast = p->oblastIso;
            h.groupRow(oblastNames[oblast], 5);
        }
        h.row({communityOf(*p), partnerOf(*p), names::country(p->countryIso), toLabel(p->stage),
               date(c, p->signedOn())});
    }
    h.endTable();

    // Needs attention.
    h.h2(ReportsText::tr("Needs attention"));
    const QDate dormantSince = c.today.addMonths(-6);
    const QDate staleMemorandum = c.today.addYears(-1);
    int shown = 0;
    h.beginTable({ReportsText::tr("Pair"), ReportsText::tr("Reason")});
    for (const PairSummary *p : pairs) {
        QStringList reasons;
        if (p->milestonesOverdue > 0)
            reasons << ReportsText::tr("%n milestone(s) overdue", "", p->milestonesOverdue);
        if (!p->isEnded() && p->lastActivityOn.isValid() && p->lastActivityOn < dormantSince)
            reasons << ReportsText::tr("no activity since %1").arg(date(c, p->lastActivityOn));
        if (!p->isEnded() && p->memorandumOn.isValid() && p->memorandumOn < staleMemorandum &&
            !p->agreementOn.isValid() && !p->twinningOn.isValid())
            reasons << ReportsText::tr("memorandum of %1 without an agreement")
                           .arg(date(c, p->memorandumOn));
        if (reasons.isEmpty())
            continue;
        ++shown;
        h.row({pairLabel(*p), reasons.join(QStringLiteral("; "))});
    }
    h.endTable();
    if (shown == 0)
        h.p(ReportsText::tr("Nothing needs attention."), QStringLiteral("muted"));

    report.html = h.html();
    return report;
}

} // namespace tt::reports
