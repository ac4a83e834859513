#include "app/core/statistics.h"

#include "app/core/catalog.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace tt {

namespace {

const QString crimea = QStringLiteral("UA-43");
const QString sevastopol = QStringLiteral("UA-40");

QString monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

const QMap<QString, int> &communitiesPerRegion()
{
    static const QMap<QString, int> counts = [] {
        QMap<QString, int> out;
        for (const catalog::Oblast &o : catalog::oblasts())
            out.insert(o.iso, 0);
        for (const catalog::Hromada &h : catalog::hromadas())
            ++out[h.oblastIso];
        return out;
    }();
    return counts;
}

bool isCountedRegion(const QString &oblastIso)
{
    return oblastIso != crimea && oblastIso != sevastopol;
}

QList<QPair<QString, int>> Statistics::countriesRanked() const
{
    QList<QPair<QString, int>> out;
    out.reserve(byCountry.size());
    for (auto it = byCountry.cbegin(); it != byCountry.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

Statistics computeStatistics(const Portfolio &portfolio, const QList<qsizetype> &selection,
                             const QDate &today, const StatisticsOptions &options)
{
    Statistics s;
    s.today = today;
    const QList<PartnershipSummary> &pairs = portfolio.pairs();
    s.pairsAll = static_cast<int>(pairs.size());

    std::array<int, 7> stages{};
    std::array<int, 4> kinds{};
    for (auto it = communitiesPerRegion().cbegin(); it != communitiesPerRegion().cend(); ++it) {
        OblastFigures f;
        f.communitiesTotal = it.value();
        s.byOblast.insert(it.key(), f);
        if (isCountedRegion(it.key()))
            s.communitiesTotal += it.value();
    }

    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-options.monthsBack);
    const int monthCount = options.monthsBack + 1 + options.monthsAhead;
    s.months.resize(monthCount);
    // The month of a day as a table lookup: a million milestones go through it.
    const qint64 firstDay = firstMonth.toJulianDay();
    std::vector<qint8> monthOfDay;
    for (int m = 0; m < monthCount; ++m) {
        s.months[m].month = firstMonth.addMonths(m);
        monthOfDay.resize(static_cast<size_t>(firstMonth.addMonths(m + 1).toJulianDay() - firstDay),
                          static_cast<qint8>(m));
    }
    const auto monthIndex = [&](const QDate &d) {
        const qint64 k = d.toJulianDay() - firstDay;
        return k >= 0 && k < qint64(monthOfDay.size()) && d.isValid() ? int(monthOfDay[size_t(k)])
                                                                      : -1;
    };
    const QDate soon = today.addDays(options.dueDays);

    // Places by id: flags in a vector, ids are small and dense.
    std::vector<char> communities, activeCommunities, places;
    const auto mark = [](std::vector<char> &seen, qint64 id) {
        if (id < 0)
            return false;
        if (size_t(id) >= seen.size())
            seen.resize(size_t(id) * 2 + 64, 0);
        if (seen[size_t(id)])
            return false;
        seen[size_t(id)] = 1;
        return true;
    };
    int communityCount = 0, placeCount = 0;
    QString lastOblast;
    OblastFigures *oblast = nullptr;
    QString lastCountry;
    int *country = nullptr;
    for (qsizetype i : selection) {
        const PartnershipSummary &p = pairs.at(i);
        ++s.pairs;
        const bool active = isActiveStage(p.stage);
        ++stages[static_cast<size_t>(p.stage)];
        ++kinds[static_cast<size_t>(p.kind)];
        if (!country || p.countryIso != lastCountry) {
            lastCountry = p.countryIso;
            country = &s.byCountry[p.countryIso];
        }
        ++*country;
        for (qint64 area : p.areaIds)
            ++s.byArea[area];
        if (!oblast || p.oblastIso != lastOblast) {
            lastOblast = p.oblastIso;
            oblast = &s.byOblast[p.oblastIso];
        }
        ++oblast->pairs;
        communityCount += mark(communities, p.communityId);
        placeCount += mark(places, p.municipalityId);
        if (active) {
            ++s.activePairs;
            ++oblast->activePairs;
            if (mark(activeCommunities, p.communityId)) {
                ++oblast->communitiesActive;
                ++s.communitiesActive;
                if (!isCountedRegion(p.oblastIso))
                    ++s.communitiesActiveOccupied;
            }
        }
        const PartialDate signedOn = p.signedOn(); // its year is always known
        if (signedOn.isValid()) {
            ++s.bySignedYear[signedOn.year()];
            if (signedOn.year() == today.year())
                ++s.signedThisYear;
        }
        for (const MilestoneFact &m : p.milestones) {
            const MilestoneStatus status = m.status();
            const QDate plannedOn = m.plannedOn();
            if (status == MilestoneStatus::Done) {
                const QDate doneOn = m.doneOn();
                const int k = monthIndex(doneOn.isValid() ? doneOn : plannedOn);
                if (k >= 0)
                    ++s.months[k].done;
            } else if (status == MilestoneStatus::Planned && plannedOn.isValid()) {
                const int k = monthIndex(plannedOn);
                if (plannedOn < today) {
                    ++s.milestonesOverdue;
                    ++oblast->milestonesOverdue;
                    if (k >= 0)
                        ++s.months[k].overdue;
                } else {
                    if (plannedOn <= soon)
                        ++s.milestonesDueSoon;
                    if (k >= 0)
                        ++s.months[k].due;
                }
            }
        }
    }
    s.communitiesWithPairs = communityCount;
    s.partnerPlaces = placeCount;
    s.partnerCountries = static_cast<int>(s.byCountry.size());
    for (Stage st : EnumTraits<Stage>::values())
        s.byStage.insert(st, stages[static_cast<size_t>(st)]);
    for (PartnershipKind k : EnumTraits<PartnershipKind>::values())
        s.byKind.insert(k, kinds[static_cast<size_t>(k)]);
    for (const MonthFigures &m : std::as_const(s.months)) {
        s.monthDone += m.done;
        s.monthDue += m.due;
        s.monthOverdue += m.overdue;
    }
    return s;
}

QSet<qint64> pairIds(const Portfolio &portfolio, const QList<qsizetype> &selection)
{
    QSet<qint64> ids;
    ids.reserve(selection.size());
    for (qsizetype i : selection)
        ids.insert(portfolio.pairs().at(i).id);
    return ids;
}

monitoring::MonitoringFigures agreementFigures(const Portfolio &portfolio,
                                               const QList<qsizetype> &selection,
                                               const monitoring::MonitoringInput &all,
                                               const QDate &asOf)
{
    if (selection.size() == portfolio.pairs().size())
        return monitoring::monitoringFigures(all, asOf);
    return monitoring::monitoringFigures(
        monitoring::restrictedTo(all, pairIds(portfolio, selection)), asOf);
}

QJsonObject statisticsToJson(const Statistics &s, const QList<CooperationArea> &areas)
{
    QJsonObject totals{
        {QStringLiteral("pairs_all"), s.pairsAll},
        {QStringLiteral("pairs"), s.pairs},
        {QStringLiteral("pairs_active"), s.activePairs},
        {QStringLiteral("communities_with_pairs"), s.communitiesWithPairs},
        {QStringLiteral("communities_active"), s.communitiesActive},
        {QStringLiteral("communities_total"), s.communitiesTotal},
        {QStringLiteral("communities_active_crimea_sevastopol"), s.communitiesActiveOccupied},
        {QStringLiteral("partner_places"), s.partnerPlaces},
        {QStringLiteral("partner_countries"), s.partnerCountries},
        {QStringLiteral("signed_this_year"), s.signedThisYear},
        {QStringLiteral("milestones_overdue"), s.milestonesOverdue},
        {QStringLiteral("milestones_due_30_days"), s.milestonesDueSoon},
    };
    if (s.agreements) {
        const monitoring::MonitoringFigures &a = *s.agreements;
        totals.insert(QStringLiteral("agreements_in_force"), a.agreements);
        totals.insert(QStringLiteral("agreements_recorded"), a.recordedAgreements);
        totals.insert(QStringLiteral("communities_with_agreements"), a.communitiesWithAgreements);
        totals.insert(QStringLiteral("communities_with_agreements_crimea_sevastopol"),
                      a.communitiesApart);
        totals.insert(QStringLiteral("agreement_partner_countries"), a.partnerCountries);
    }
    QJsonObject byStage, byKind, byCountry, byArea, byOblast, byYear;
    for (auto it = s.byStage.cbegin(); it != s.byStage.cend(); ++it)
        byStage.insert(toCode(it.key()), it.value());
    for (auto it = s.byKind.cbegin(); it != s.byKind.cend(); ++it)
        byKind.insert(toCode(it.key()), it.value());
    for (auto it = s.byCountry.cbegin(); it != s.byCountry.cend(); ++it)
        byCountry.insert(it.key(), it.value());
    for (const CooperationArea &a : areas) {
        if (s.byArea.contains(a.id) || !a.archived)
            byArea.insert(a.code, s.byArea.value(a.id));
    }
    for (auto it = s.byOblast.cbegin(); it != s.byOblast.cend(); ++it) {
        const OblastFigures &f = it.value();
        byOblast.insert(it.key(),
                        QJsonObject{{QStringLiteral("pairs"), f.pairs},
                                    {QStringLiteral("pairs_active"), f.activePairs},
                                    {QStringLiteral("milestones_overdue"), f.milestonesOverdue},
                                    {QStringLiteral("communities_active"), f.communitiesActive},
                                    {QStringLiteral("communities_total"), f.communitiesTotal}});
    }
    for (auto it = s.bySignedYear.cbegin(); it != s.bySignedYear.cend(); ++it)
        byYear.insert(QString::number(it.key()), it.value());
    QJsonArray months;
    for (const MonthFigures &m : s.months) {
        months.append(QJsonObject{{QStringLiteral("month"), monthKey(m.month)},
                                  {QStringLiteral("done"), m.done},
                                  {QStringLiteral("due"), m.due},
                                  {QStringLiteral("overdue"), m.overdue}});
    }
    QJsonObject milestones{{QStringLiteral("months"), months},
                           {QStringLiteral("done"), s.monthDone},
                           {QStringLiteral("due"), s.monthDue},
                           {QStringLiteral("overdue"), s.monthOverdue}};
    return QJsonObject{{QStringLiteral("today"), s.today.toString(Qt::ISODate)},
                       {QStringLiteral("totals"), totals},
                       {QStringLiteral("by_stage"), byStage},
                       {QStringLiteral("by_kind"), byKind},
                       {QStringLiteral("by_country"), byCountry},
                       {QStringLiteral("by_area"), byArea},
                       {QStringLiteral("by_oblast"), byOblast},
                       {QStringLiteral("by_year"), byYear},
                       {QStringLiteral("milestones"), milestones}};
}

} // namespace tt
