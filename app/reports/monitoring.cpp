#include "app/reports/monitoring.h"

#include "app/core/names.h"
#include "app/core/officesettings.h"
#include "app/core/repositories.h"
#include "app/core/statistics.h"
#include "app/present/money.h"
#include "app/reports/htmlbuilder.h"

#include <QCoreApplication>
#include <QHash>

namespace tt::reports {

namespace {

struct MonitoringText
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

QString date(const Context &c, const QDate &d)
{
    return d.isValid() ? c.locale.toString(d, QLocale::ShortFormat) : QString();
}

// "+2", "−1", "0": the change since the previous quarter.
QString change(const Context &c, qint64 delta)
{
    if (delta > 0)
        return u'+' + c.locale.toString(delta);
    if (delta < 0)
        return QStringLiteral("−") + c.locale.toString(-delta);
    return QStringLiteral("0");
}

// Aid totals by a code (oblast, country) with the code's name, by name.
QList<QPair<QString, monitoring::Money>> aidRows(const QMap<QString, monitoring::Money> &totals,
                                                 QString (*name)(const QString &))
{
    QList<QPair<QString, monitoring::Money>> out;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        out.append({name(it.key()), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    return out;
}

// A pair of the read model as the monitoring counts it, without its activity.
monitoring::MonitoringPartnership monitoringPair(const PartnershipSummary &p)
{
    monitoring::MonitoringPartnership m;
    m.id = p.id;
    m.communityId = p.communityId;
    m.oblastIso = p.oblastIso;
    m.countryIso = p.countryIso;
    m.stage = p.stage;
    m.signedOn = p.signedOn();
    m.endedOn = p.endedOn;
    m.since = (p.firstContactOn.isValid() ? p.firstContactOn : p.signedOn()).first();
    m.areaIds = p.areaIds;
    m.counted = isCountedRegion(p.oblastIso);
    return m;
}

} // namespace

QString quarterName(const QDate &start)
{
    return MonitoringText::tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
}

namespace {

int countedCommunities()
{
    int total = 0;
    for (auto it = communitiesPerRegion().cbegin(); it != communitiesPerRegion().cend(); ++it) {
        if (isCountedRegion(it.key()))
            total += it.value();
    }
    return total;
}

} // namespace

Result<monitoring::MonitoringInput> monitoringInput(Database &db, const Portfolio &portfolio,
                                                    const QDate &asOf, Activity activity)
{
    if (activity == Activity::Read) {
        auto records = readMonitoringRecords(db);
        if (!records)
            return records.error();
        return monitoringInput(*records, portfolio, asOf);
    }
    monitoring::MonitoringInput in;
    in.communitiesTotal = countedCommunities();
    auto agreements = AgreementRepository(db).all();
    if (!agreements)
        return agreements.error();
    in.agreements = *agreements;
    in.pairs.reserve(portfolio.pairs().size());
    for (const PartnershipSummary &p : portfolio.pairs())
        in.pairs << monitoringPair(p);
    return in;
}

Result<MonitoringRecords> readMonitoringRecords(Database &db)
{
    MonitoringRecords records;
    auto agreements = AgreementRepository(db).allForCounting();
    if (!agreements)
        return agreements.error();
    records.agreements = std::move(*agreements);
    auto aid = AidRepository(db).all();
    if (!aid)
        return aid.error();
    records.aid = std::move(*aid);
    auto projects = ProjectRepository(db).all();
    if (!projects)
        return projects.error();
    records.projects = std::move(*projects);
    return records;
}

monitoring::MonitoringInput monitoringInput(const MonitoringRecords &records,
                                            const Portfolio &portfolio, const QDate &asOf)
{
    monitoring::MonitoringInput in;
    in.communitiesTotal = countedCommunities();
    in.agreements = records.agreements;
    // Room for every pair at once: growing would hold two copies at a time.
    in.pairs.reserve(portfolio.pairs().size());

    // Each pair's latest activity from what it has recorded, in one pass over
    // the records (lists per pair copied 100,000 agreements' worth of data).
    QHash<qint64, monitoring::LatestActivity> latest;
    const auto of = [&](qint64 pair) -> monitoring::LatestActivity & {
        auto it = latest.find(pair);
        if (it == latest.end())
            it = latest.insert(pair, monitoring::LatestActivity(asOf));
        return *it;
    };
    for (const Project &p : records.projects)
        of(p.partnershipId).add(p);
    for (const Aid &a : records.aid)
        of(a.partnershipId).add(a);
    for (const AgreementRecord &a : records.agreements) {
        for (qint64 id : a.partnershipIds)
            of(id).add(a);
    }

    for (const PartnershipSummary &p : portfolio.pairs()) {
        monitoring::MonitoringPartnership m = monitoringPair(p);
        monitoring::LatestActivity activity = latest.value(p.id, monitoring::LatestActivity(asOf));
        for (const MilestoneFact &f : p.milestones) {
            if (f.status() == MilestoneStatus::Done)
                activity.add(f.doneOn());
        }
        m.lastActivityOn = activity.last();
        in.pairs << std::move(m);
    }
    for (const Aid &a : records.aid) {
        const qsizetype i = portfolio.indexOf(a.partnershipId);
        if (i < 0 || !a.valueMinor)
            continue;
        const PartnershipSummary *p = &portfolio.pairs()[i];
        in.aid << monitoring::AidFact{a.partnershipId, p->communityId, p->oblastIso, a.receivedOn,
                                      *a.valueMinor,   a.currency,     p->countryIso};
    }
    return in;
}

Filter monitoringFilter(Filter filter)
{
    filter.from = {};
    filter.to = {};
    return filter;
}

Result<MonitoringContent> monitoringContent(Database &db, const Portfolio &portfolio,
                                            const QDate &asOf, const Filter &filter)
{
    auto input = monitoringInput(db, portfolio, asOf);
    if (!input)
        return input.error();
    MonitoringContent content;
    content.asOf = asOf;
    content.filter = monitoringFilter(filter);
    if (!content.filter.isEmpty())
        *input =
            monitoring::restrictedTo(*input, pairIds(portfolio, portfolio.select(content.filter)));
    auto months = OfficeSettingsRepository(db).dormancyMonths();
    if (!months)
        return months.error();
    content.dormancyMonths = *months;
    content.figures = monitoring::monitoringReport(*input, asOf, *months);

    auto areas = CooperationAreaRepository(db).all();
    if (!areas)
        return areas.error();
    for (const CooperationArea &a : std::as_const(*areas))
        content.areas.insert(a.id, {a.code, names::area(a)});
    content.areaRecords = *areas;

    QHash<qint64, const PartnershipSummary *> pairs;
    for (const PartnershipSummary &p : portfolio.pairs()) {
        pairs.insert(p.id, &p);
        if (!content.communities.contains(p.communityId))
            content.communities.insert(p.communityId, names::community(p));
    }

    // The lists a ministry officer acts on.
    auto steps = MilestoneRepository(db).ofKinds(
        {MilestoneKind::MinistrySubmission, MilestoneKind::MinistryAnswer});
    if (!steps)
        return steps.error();
    for (const auto &[id, d] : monitoring::overdueAnswers(*steps, asOf)) {
        const PartnershipSummary *p = pairs.value(id);
        content.overdueAnswers << MonitoringContent::OverdueAnswer{
            p ? names::pair(*p) : QString::number(id), d.submittedOn, d.dueOn, -d.daysLeft};
    }

    QHash<qint64, const AgreementRecord *> agreements;
    for (const AgreementRecord &a : std::as_const(input->agreements))
        agreements.insert(a.agreement.id, &a);
    const auto agreementName = [&](qint64 id) -> QString {
        const AgreementRecord *a = agreements.value(id);
        if (!a)
            return QString();
        QStringList pairNames;
        for (qint64 pair : a->partnershipIds) {
            if (const PartnershipSummary *p = pairs.value(pair))
                pairNames << names::pair(*p);
        }
        QString text = toLabel(a->agreement.kind);
        if (!a->agreement.number.isEmpty())
            text += QStringLiteral(" № ") + a->agreement.number;
        return text + QStringLiteral(" — ") + pairNames.join(QStringLiteral("; "));
    };
    for (const monitoring::AgreementDate &a : monitoring::anniversaries(input->agreements, asOf))
        content.anniversaries << MonitoringContent::AgreementEvent{a.date, a.years,
                                                                   agreementName(a.agreementId)};
    for (const monitoring::AgreementDate &e : monitoring::expiries(input->agreements, asOf))
        content.expiries << MonitoringContent::AgreementEvent{e.date, 0,
                                                              agreementName(e.agreementId)};
    return content;
}

Result<Report> monitoringReport(Database &db, const Portfolio &portfolio, const QDate &asOf,
                                const Context &context, const Filter &filter)
{
    auto content = monitoringContent(db, portfolio, asOf, filter);
    if (!content)
        return content.error();
    return monitoringReport(*content, context);
}

Report monitoringReport(const MonitoringContent &content, const Context &c)
{
    const QDate asOf = content.asOf;
    const monitoring::MonitoringReport &r = content.figures;
    const monitoring::MonitoringFigures &now = r.current;
    const monitoring::MonitoringFigures &before = r.previous;

    Report report;
    report.title = MonitoringText::tr("Monitoring of international cooperation");
    HtmlBuilder h;
    h.h1(report.title);
    h.p(MonitoringText::tr("As of %1, compared with %2 (the end of the previous quarter). Only "
                           "pairs in force are counted.")
            .arg(date(c, asOf), date(c, before.asOf)),
        QStringLiteral("muted"));
    h.p(filterLine(content.filter, content.areaRecords, c.locale), QStringLiteral("muted"));
    h.p(MonitoringText::tr("An agreement in force is a recorded agreement document in force, or "
                           "a pair in force at the memorandum, cooperation-agreement or "
                           "twinning-agreement stage that no recorded document binds; each is "
                           "counted once. Recorded documents: %1 of %2.")
            .arg(c.locale.toString(now.recordedAgreements), c.locale.toString(now.agreements)),
        QStringLiteral("muted"));

    h.h2(MonitoringText::tr("Indicators"));
    {
        h.beginTable({MonitoringText::tr("Indicator"), date(c, asOf), date(c, before.asOf),
                      MonitoringText::tr("Change")},
                     {false, true, true, true});
        const auto share = [&c](const monitoring::MonitoringFigures &f) {
            return MonitoringText::tr("%1 of %2 (%3%)")
                .arg(c.locale.toString(f.communitiesWithAgreements),
                     c.locale.toString(f.communitiesTotal),
                     c.locale.toString(100.0 * f.communityShare(), 'f', 1));
        };
        h.row({MonitoringText::tr("Communities with international agreements"), share(now),
               share(before),
               change(c, now.communitiesWithAgreements - before.communitiesWithAgreements)});
        if (now.communitiesApart > 0 || before.communitiesApart > 0)
            h.row({MonitoringText::tr("… of them in Crimea and Sevastopol"),
                   c.locale.toString(now.communitiesApart),
                   c.locale.toString(before.communitiesApart),
                   change(c, now.communitiesApart - before.communitiesApart)});
        h.row({MonitoringText::tr("Agreements in force"), c.locale.toString(now.agreements),
               c.locale.toString(before.agreements),
               change(c, now.agreements - before.agreements)});
        h.row({MonitoringText::tr("Partner countries"), c.locale.toString(now.partnerCountries),
               c.locale.toString(before.partnerCountries),
               change(c, now.partnerCountries - before.partnerCountries)});
        h.row({MonitoringText::tr("New agreements in the quarter"),
               c.locale.toString(now.newAgreements), c.locale.toString(before.newAgreements),
               change(c, now.newAgreements - before.newAgreements)});
        if (now.agreementsDatedByYear > 0 || before.agreementsDatedByYear > 0)
            h.row({MonitoringText::tr("Agreements in force dated only by the year (not counted "
                                      "by quarter)"),
                   c.locale.toString(now.agreementsDatedByYear),
                   c.locale.toString(before.agreementsDatedByYear),
                   change(c, now.agreementsDatedByYear - before.agreementsDatedByYear)});
        QStringList currencies = now.aidReceived.keys();
        for (const QString &cur : before.aidReceived.keys()) {
            if (!currencies.contains(cur))
                currencies << cur;
        }
        std::sort(currencies.begin(), currencies.end());
        if (currencies.isEmpty())
            h.row({MonitoringText::tr("Aid received"), QStringLiteral("—"), QStringLiteral("—"),
                   QString()});
        for (const QString &cur : std::as_const(currencies)) {
            const qint64 a = now.aidReceived.value(cur);
            const qint64 b = before.aidReceived.value(cur);
            const QString delta = a == b ? QStringLiteral("0")
                                         : (a > b ? QStringLiteral("+") : QStringLiteral("−")) +
                                               present::formatMoney(qAbs(a - b), cur, c.locale);
            h.row({MonitoringText::tr("Aid received (%1)").arg(cur),
                   present::formatMoney(a, cur, c.locale), present::formatMoney(b, cur, c.locale),
                   delta});
        }
        h.endTable();
    }

    h.h2(MonitoringText::tr("Oblasts ranked by agreements"));
    if (r.oblastsRanked.isEmpty()) {
        h.p(MonitoringText::tr("No agreement is in force."));
    } else {
        h.beginTable({MonitoringText::tr("#"), MonitoringText::tr("Oblast"),
                      MonitoringText::tr("Agreements"), MonitoringText::tr("Change")},
                     {true, false, true, true});
        int rank = 0;
        for (const auto &[oblast, n] : r.oblastsRanked)
            h.row({c.locale.toString(++rank), names::oblast(oblast), c.locale.toString(n),
                   change(c, n - before.agreementsByOblast.value(oblast))});
        h.endTable();
    }

    h.h2(MonitoringText::tr("Partner countries ranked by agreements"));
    if (r.countriesRanked.isEmpty()) {
        h.p(MonitoringText::tr("No agreement is in force."));
    } else {
        h.beginTable({MonitoringText::tr("#"), MonitoringText::tr("Country"),
                      MonitoringText::tr("Agreements"), MonitoringText::tr("Change")},
                     {true, false, true, true});
        int rank = 0;
        for (const auto &[country, n] : r.countriesRanked)
            h.row({c.locale.toString(++rank), names::country(country), c.locale.toString(n),
                   change(c, n - before.agreementsByCountry.value(country))});
        h.endTable();
    }

    if (!r.areasRanked.isEmpty()) {
        h.h2(MonitoringText::tr("Cooperation areas of the agreements"));
        h.beginTable({MonitoringText::tr("Area"), MonitoringText::tr("Agreements"),
                      MonitoringText::tr("Change")},
                     {false, true, true});
        for (const auto &[area, n] : r.areasRanked)
            h.row({content.areas.value(area).name, c.locale.toString(n),
                   change(c, n - before.agreementsByArea.value(area))});
        h.endTable();
    }

    h.h2(MonitoringText::tr("New agreements per quarter"));
    {
        h.beginTable({MonitoringText::tr("Quarter"), MonitoringText::tr("New agreements")},
                     {false, true});
        for (const monitoring::QuarterCount &q : r.newPerQuarter)
            h.row({quarterName(q.start), c.locale.toString(q.agreements)});
        h.endTable();
    }

    h.h2(MonitoringText::tr("Aid received"));
    if (r.aid.total.isEmpty()) {
        h.p(MonitoringText::tr("No aid with a value was received through pairs in force up to "
                               "this date."));
    } else {
        h.p(MonitoringText::tr("Received up to %1 through pairs in force, each currency apart: %2.")
                .arg(date(c, asOf), present::formatTotals(r.aid.total, c.locale)));
        const auto table = [&h, &c](const QString &heading, const QString &column,
                                    const QList<QPair<QString, monitoring::Money>> &rows) {
            h.h3(heading);
            h.beginTable({column, MonitoringText::tr("Aid received")}, {false, true});
            for (const auto &[name, money] : rows)
                h.row({name, present::formatTotals(money, c.locale)});
            h.endTable();
        };
        table(MonitoringText::tr("Aid received by oblast"), MonitoringText::tr("Oblast"),
              aidRows(r.aid.byOblast, names::oblast));
        table(MonitoringText::tr("Aid received by partner country"), MonitoringText::tr("Country"),
              aidRows(r.aid.byCountry, names::country));
        QList<QPair<QString, monitoring::Money>> communities;
        for (auto it = r.aid.byCommunity.cbegin(); it != r.aid.byCommunity.cend(); ++it)
            communities.append({content.communities.value(it.key()), it.value()});
        std::sort(communities.begin(), communities.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        table(MonitoringText::tr("Aid received by community"), MonitoringText::tr("Community"),
              communities);
        QList<QPair<QString, monitoring::Money>> years;
        for (auto it = r.aid.byYear.cbegin(); it != r.aid.byYear.cend(); ++it)
            years.append({QString::number(it.key()), it.value()});
        table(MonitoringText::tr("Aid received by year"), MonitoringText::tr("Year"), years);
    }

    h.h2(MonitoringText::tr("Overdue answers of the ministry"));
    if (content.overdueAnswers.isEmpty()) {
        h.p(MonitoringText::tr("None."));
    } else {
        h.beginTable({MonitoringText::tr("Pair"), MonitoringText::tr("Submitted"),
                      MonitoringText::tr("Answer due"), MonitoringText::tr("Days overdue")},
                     {false, false, false, true});
        for (const MonitoringContent::OverdueAnswer &o : content.overdueAnswers)
            h.row({o.pair, date(c, o.submittedOn), date(c, o.dueOn),
                   c.locale.toString(o.daysOverdue)},
                  QStringLiteral("overdue"));
        h.endTable();
    }

    h.h2(MonitoringText::tr("Anniversaries and expiries in the next 90 days"));
    if (content.anniversaries.isEmpty() && content.expiries.isEmpty()) {
        h.p(MonitoringText::tr("None."));
    } else {
        h.beginTable({MonitoringText::tr("Date"), MonitoringText::tr("Event"),
                      MonitoringText::tr("Agreement")},
                     {false, false, false});
        for (const MonitoringContent::AgreementEvent &a : content.anniversaries)
            h.row({date(c, a.date), MonitoringText::tr("%n years since signing", "", a.years),
                   a.agreement});
        for (const MonitoringContent::AgreementEvent &e : content.expiries)
            h.row({date(c, e.date), MonitoringText::tr("Expires"), e.agreement},
                  QStringLiteral("overdue"));
        h.endTable();
    }

    h.p(MonitoringText::tr("Pairs in force with no activity for %n month(s): %1.", "",
                           content.dormancyMonths)
            .arg(c.locale.toString(r.dormantPairs)));
    if (r.pairsWithoutActivity > 0)
        h.p(MonitoringText::tr("Pairs in force with no activity recorded at all (no milestone "
                               "done, project, aid or agreement document), which dormancy "
                               "cannot be measured for: %1.")
                .arg(c.locale.toString(r.pairsWithoutActivity)));
    report.html = h.html();
    return report;
}

} // namespace tt::reports
