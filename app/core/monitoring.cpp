#include "app/core/monitoring.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace tt::monitoring {

namespace {

void addMoney(Money &to, const QString &currency, qint64 value)
{
    to[currency] += value;
}

template<class T>
void appendUnique(QList<T> &list, const T &value)
{
    if (!list.contains(value))
        list << value;
}

// Whether a project was running at some time in [from, to]: begun by `to` and
// not ended before `from`. A running project without dates counts; a proposed or
// cancelled one never.
bool projectRunsWithin(const Project &p, const QDate &from, const QDate &to)
{
    if (p.status == ProjectStatus::Proposed || p.status == ProjectStatus::Cancelled)
        return false;
    if (!p.startOn.isValid() && !p.endOn.isValid())
        return p.status == ProjectStatus::Active;
    if (p.startOn.isValid() && p.startOn > to)
        return false;
    return !p.endOn.isValid() || p.endOn >= from;
}

QDate quarterEnd(const QDate &start)
{
    return start.addMonths(3).addDays(-1);
}

} // namespace

QDate ministryDueDate(const QDate &submittedOn)
{
    if (!submittedOn.isValid())
        return {};
    QDate due = submittedOn.addDays(ministryAnswerDays);
    while (due.dayOfWeek() > 5)
        due = due.addDays(1);
    return due;
}

std::optional<MinistryDeadline> ministryDeadline(const QList<Milestone> &milestones,
                                                 const QDate &today)
{
    MinistryDeadline d;
    for (const Milestone &m : milestones) {
        if (m.kind == MilestoneKind::MinistrySubmission && m.status == MilestoneStatus::Done &&
            m.doneOn.isValid() && (!d.submittedOn.isValid() || m.doneOn > d.submittedOn))
            d.submittedOn = m.doneOn;
    }
    if (!d.submittedOn.isValid())
        return std::nullopt;
    for (const Milestone &m : milestones) {
        if (m.kind == MilestoneKind::MinistryAnswer && m.status == MilestoneStatus::Done &&
            m.doneOn.isValid() && m.doneOn >= d.submittedOn &&
            (!d.answeredOn.isValid() || m.doneOn < d.answeredOn))
            d.answeredOn = m.doneOn;
    }
    d.dueOn = ministryDueDate(d.submittedOn);
    d.daysLeft = static_cast<int>(today.daysTo(d.dueOn));
    d.overdue = !d.answeredOn.isValid() && today > d.dueOn;
    d.answeredLate = d.answeredOn.isValid() && d.answeredOn > d.dueOn;
    return d;
}

QList<std::pair<qint64, MinistryDeadline>> overdueAnswers(const QList<Milestone> &steps,
                                                          const QDate &today)
{
    QHash<qint64, QList<Milestone>> byPair;
    for (const Milestone &m : steps) {
        if (m.kind == MilestoneKind::MinistrySubmission || m.kind == MilestoneKind::MinistryAnswer)
            byPair[m.partnershipId] << m;
    }
    QList<std::pair<qint64, MinistryDeadline>> out;
    for (auto it = byPair.cbegin(); it != byPair.cend(); ++it) {
        if (auto d = ministryDeadline(it.value(), today); d && d->overdue)
            out.append({it.key(), *d});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second.dueOn != b.second.dueOn ? a.second.dueOn < b.second.dueOn
                                                : a.first < b.first;
    });
    return out;
}

QList<ApprovalStep> approvalTrack(const QList<Milestone> &milestones)
{
    QList<ApprovalStep> steps;
    for (MilestoneKind kind : approvalSteps()) {
        ApprovalStep step{kind, std::nullopt};
        for (const Milestone &m : milestones) {
            if (m.kind != kind || m.status == MilestoneStatus::Cancelled)
                continue;
            const QDate date = m.doneOn.isValid() ? m.doneOn : m.plannedOn;
            const QDate best = step.milestone
                                   ? (step.milestone->doneOn.isValid() ? step.milestone->doneOn
                                                                       : step.milestone->plannedOn)
                                   : QDate();
            if (!step.milestone || date > best)
                step.milestone = m;
        }
        steps << step;
    }
    return steps;
}

CooperationAreaBalance declaredVsDelivered(const QList<AgreementRecord> &agreements,
                                           const QList<Milestone> &milestones,
                                           const QList<Project> &projects, const QDate &today)
{
    CooperationAreaBalance b;
    for (const AgreementRecord &a : agreements) {
        if (!a.agreement.isInForce(today))
            continue;
        for (qint64 area : a.areaIds)
            appendUnique(b.declared, area);
    }
    // The 12 months up to today: a year ago (exclusive) to today (inclusive).
    const QDate from = today.addMonths(-12).addDays(1);
    for (const Milestone &m : milestones) {
        if (m.areaId && m.status == MilestoneStatus::Done && m.doneOn.isValid() &&
            m.doneOn >= from && m.doneOn <= today)
            appendUnique(b.delivered, *m.areaId);
    }
    for (const Project &p : projects) {
        if (p.areaId && projectRunsWithin(p, from, today))
            appendUnique(b.delivered, *p.areaId);
    }
    std::sort(b.declared.begin(), b.declared.end());
    std::sort(b.delivered.begin(), b.delivered.end());
    for (qint64 area : std::as_const(b.declared)) {
        if (!b.delivered.contains(area))
            b.declaredOnly << area;
    }
    for (qint64 area : std::as_const(b.delivered)) {
        if (!b.declared.contains(area))
            b.deliveredOnly << area;
    }
    return b;
}

void LatestActivity::add(const QDate &date)
{
    if (date.isValid() && date <= m_today && (!m_last.isValid() || date > m_last))
        m_last = date;
}

void LatestActivity::add(const Milestone &m)
{
    if (m.status == MilestoneStatus::Done)
        add(m.doneOn);
}

void LatestActivity::add(const Project &p)
{
    if (p.status == ProjectStatus::Proposed || p.status == ProjectStatus::Cancelled)
        return;
    // A project still running is activity today.
    if (p.startOn.isValid() && p.startOn <= m_today && (!p.endOn.isValid() || p.endOn >= m_today))
        add(m_today);
    add(p.startOn);
    add(p.endOn);
}

void LatestActivity::add(const Aid &a)
{
    add(a.receivedOn);
}

void LatestActivity::add(const AgreementRecord &a)
{
    add(a.agreement.signedOn);
}

QDate lastActivity(const QList<Milestone> &milestones, const QList<Project> &projects,
                   const QList<Aid> &aid, const QList<AgreementRecord> &agreements,
                   const QDate &today)
{
    LatestActivity latest(today);
    for (const Milestone &m : milestones)
        latest.add(m);
    for (const Project &p : projects)
        latest.add(p);
    for (const Aid &a : aid)
        latest.add(a);
    for (const AgreementRecord &a : agreements)
        latest.add(a);
    return latest.last();
}

bool isDormant(const QDate &lastActivityOn, const QDate &since, const QDate &today, int months)
{
    const QDate limit = today.addMonths(-months);
    if (lastActivityOn.isValid() && lastActivityOn > limit)
        return false;
    // A pair begun within those months has not had the time to be dormant.
    return !(since.isValid() && since > limit);
}

QList<AgreementDate> anniversaries(const QList<AgreementRecord> &agreements, const QDate &today,
                                   int days)
{
    QList<AgreementDate> out;
    const QDate until = today.addDays(days);
    for (const AgreementRecord &a : agreements) {
        const QDate signedOn = a.agreement.signedOn;
        if (!signedOn.isValid())
            continue;
        for (int year = today.year(); year <= until.year(); ++year) {
            const int years = year - signedOn.year();
            if (years <= 0 || years % 5 != 0)
                continue;
            // 29 February falls on 28 February in a common year (QDate::addYears).
            const QDate date = signedOn.addYears(years);
            if (date >= today && date <= until)
                out << AgreementDate{a.agreement.id, date, years};
        }
    }
    std::sort(out.begin(), out.end(), [](const AgreementDate &x, const AgreementDate &y) {
        return x.date != y.date ? x.date < y.date : x.agreementId < y.agreementId;
    });
    return out;
}

QList<AgreementDate> expiries(const QList<AgreementRecord> &agreements, const QDate &today,
                              int days)
{
    QList<AgreementDate> out;
    const QDate until = today.addDays(days);
    for (const AgreementRecord &a : agreements) {
        const QDate expires = a.agreement.expiresOn;
        if (a.agreement.isInForce(today) && expires.isValid() && expires <= until)
            out << AgreementDate{a.agreement.id, expires, 0};
    }
    std::sort(out.begin(), out.end(), [](const AgreementDate &x, const AgreementDate &y) {
        return x.date != y.date ? x.date < y.date : x.agreementId < y.agreementId;
    });
    return out;
}

AidTotals aidTotals(const QList<AidFact> &facts)
{
    AidTotals t;
    for (const AidFact &f : facts) {
        if (f.currency.isEmpty())
            continue; // no value to add up
        addMoney(t.byPair[f.partnershipId], f.currency, f.valueMinor);
        addMoney(t.byCommunity[f.communityId], f.currency, f.valueMinor);
        addMoney(t.byOblast[f.oblastIso], f.currency, f.valueMinor);
        if (!f.countryIso.isEmpty())
            addMoney(t.byCountry[f.countryIso], f.currency, f.valueMinor);
        if (f.receivedOn.isValid())
            addMoney(t.byYear[f.receivedOn.year()], f.currency, f.valueMinor);
        addMoney(t.total, f.currency, f.valueMinor);
    }
    return t;
}

QList<QPair<QString, qint64>> topAid(const QMap<QString, Money> &totals, const QString &currency,
                                     int count)
{
    QList<QPair<QString, qint64>> out;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (const qint64 v = it.value().value(currency); v > 0)
            out.append({it.key(), v});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (out.size() > count)
        out.resize(qMax(count, 0));
    return out;
}

bool MonitoringPartnership::isInForce(const QDate &date) const
{
    if (endedOn.isValid())
        return endedOn.first() > date;
    return isActiveStage(stage);
}

bool MonitoringPartnership::hasAgreementInForce(const QDate &date) const
{
    const bool agreementStage = stage == Stage::Memorandum ||
                                stage == Stage::CooperationAgreement ||
                                stage == Stage::TwinningAgreement;
    return agreementStage && (!signedOn.isValid() || signedOn.first() <= date) && isInForce(date);
}

QDate quarterStart(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

QDate previousQuarterEnd(const QDate &date)
{
    return quarterStart(date).addDays(-1);
}

namespace {

// An agreement as the monitoring counts it: a recorded one (`record` set) with
// the pairs in force it binds, or the agreement stage of one pair that no
// recorded agreement binds. Most bind one or two pairs: they are kept inline,
// since a national file counts some 50,000 of them per figure.
struct CountedAgreement
{
    const AgreementRecord *record = nullptr;
    PartialDate signedOn;
    QVarLengthArray<const MonitoringPartnership *, 2> pairs;
};

// The agreements in force on `date`, each once.
std::vector<CountedAgreement>
countedAgreements(const MonitoringInput &input,
                  const QHash<qint64, const MonitoringPartnership *> &pairs, const QDate &date)
{
    std::vector<CountedAgreement> out;
    QSet<qint64> recorded; // pairs bound by any recorded agreement, in force or not
    recorded.reserve(input.agreements.size());
    for (const AgreementRecord &a : input.agreements) {
        for (qint64 id : a.partnershipIds)
            recorded.insert(id);
        if (!a.agreement.isInForce(date))
            continue;
        CountedAgreement counted{&a, a.agreement.signedOn, {}};
        for (qint64 id : a.partnershipIds) {
            const MonitoringPartnership *p = pairs.value(id);
            if (p && p->isInForce(date))
                counted.pairs.append(p);
        }
        if (!counted.pairs.isEmpty())
            out.push_back(std::move(counted));
    }
    for (const MonitoringPartnership &p : input.pairs) {
        if (!recorded.contains(p.id) && p.hasAgreementInForce(date)) {
            CountedAgreement counted{nullptr, p.signedOn, {}};
            counted.pairs.append(&p);
            out.push_back(std::move(counted));
        }
    }
    return out;
}

// Appends `value` unless it is there already: for the few values of one
// agreement, a look along them beats a hash.
template<class T, qsizetype N>
void appendOnce(QVarLengthArray<T, N> &values, const T &value)
{
    if (!values.contains(value))
        values.append(value);
}

QHash<qint64, const MonitoringPartnership *> pairIndex(const MonitoringInput &input)
{
    QHash<qint64, const MonitoringPartnership *> index;
    for (const MonitoringPartnership &p : input.pairs)
        index.insert(p.id, &p);
    return index;
}

// Whether `date`, to its precision, lies within [from, to].
bool isWithin(const PartialDate &date, const QDate &from, const QDate &to)
{
    return date.isValid() && date.first() >= from && date.last() <= to;
}

int newAgreementsWithin(const MonitoringInput &input,
                        const QHash<qint64, const MonitoringPartnership *> &pairs,
                        const QDate &from, const QDate &to)
{
    int n = 0;
    for (const CountedAgreement &a : countedAgreements(input, pairs, to)) {
        if (isWithin(a.signedOn, from, to))
            ++n;
    }
    return n;
}

// The aid the monitoring counts as of `asOf`: received (with a date and a
// currency) on or before it, through a pair in force on it.
QList<AidFact> aidCounted(const MonitoringInput &input,
                          const QHash<qint64, const MonitoringPartnership *> &pairs,
                          const QDate &asOf)
{
    QList<AidFact> out;
    for (const AidFact &aid : input.aid) {
        const MonitoringPartnership *p = pairs.value(aid.partnershipId);
        if (p && p->isInForce(asOf) && !aid.currency.isEmpty() && aid.receivedOn.isValid() &&
            aid.receivedOn <= asOf)
            out << aid;
    }
    return out;
}

} // namespace

MonitoringFigures monitoringFigures(const MonitoringInput &input, const QDate &asOf)
{
    MonitoringFigures f;
    f.asOf = asOf;
    f.communitiesTotal = input.communitiesTotal;
    const auto pairs = pairIndex(input);
    QSet<qint64> communities, apart;
    QSet<QString> countries;
    const QDate quarterFrom = quarterStart(asOf);
    const QDate quarterTo = quarterFrom.addMonths(3).addDays(-1);
    for (const CountedAgreement &a : countedAgreements(input, pairs, asOf)) {
        ++f.agreements;
        if (a.record)
            ++f.recordedAgreements;
        // Each oblast, country and area once per agreement.
        QVarLengthArray<QString, 4> oblasts, partnerCountries;
        QVarLengthArray<qint64, 16> areas;
        if (a.record) {
            for (qint64 area : a.record->areaIds)
                appendOnce(areas, area);
        }
        for (const MonitoringPartnership *p : a.pairs) {
            communities.insert(p->communityId);
            if (!p->counted)
                apart.insert(p->communityId);
            if (!p->countryIso.isEmpty())
                appendOnce(partnerCountries, p->countryIso);
            if (!p->oblastIso.isEmpty())
                appendOnce(oblasts, p->oblastIso);
            // The areas an agreement declares; the pairs' own where it declares none.
            if (!a.record || a.record->areaIds.isEmpty()) {
                for (qint64 area : p->areaIds)
                    appendOnce(areas, area);
            }
        }
        for (const QString &o : std::as_const(oblasts))
            ++f.agreementsByOblast[o];
        for (const QString &c : std::as_const(partnerCountries)) {
            ++f.agreementsByCountry[c];
            countries.insert(c);
        }
        for (qint64 area : std::as_const(areas))
            ++f.agreementsByArea[area];
        if (isWithin(a.signedOn, quarterFrom, quarterTo))
            ++f.newAgreements;
        else if (a.signedOn.precision() == DatePrecision::Year && a.signedOn.isValid())
            ++f.agreementsDatedByYear;
    }
    f.communitiesWithAgreements = static_cast<int>(communities.size());
    f.communitiesApart = static_cast<int>(apart.size());
    f.partnerCountries = static_cast<int>(countries.size());
    for (const AidFact &aid : aidCounted(input, pairs, asOf))
        addMoney(f.aidReceived, aid.currency, aid.valueMinor);
    return f;
}

MonitoringInput restrictedTo(const MonitoringInput &input, const QSet<qint64> &pairIds)
{
    MonitoringInput out;
    out.communitiesTotal = input.communitiesTotal;
    out.agreements = input.agreements;
    out.pairs.reserve(pairIds.size());
    for (const MonitoringPartnership &p : input.pairs) {
        if (pairIds.contains(p.id))
            out.pairs << p;
    }
    for (const AidFact &a : input.aid) {
        if (pairIds.contains(a.partnershipId))
            out.aid << a;
    }
    return out;
}

namespace {

// A breakdown's entries by count, most first, ties by key.
template<class Key>
QList<QPair<Key, int>> ranked(const QMap<Key, int> &counts)
{
    QList<QPair<Key, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

} // namespace

Dormancy dormancy(const QList<MonitoringPartnership> &pairs, const QDate &asOf, int dormancyMonths)
{
    Dormancy d;
    for (const MonitoringPartnership &p : pairs) {
        if (!p.isInForce(asOf))
            continue;
        if (!p.lastActivityOn.isValid())
            d.withoutActivity << &p;
        else if (isDormant(p.lastActivityOn, p.since, asOf, dormancyMonths))
            d.dormant << &p;
    }
    return d;
}

MonitoringReport monitoringReport(const MonitoringInput &input, const QDate &asOf,
                                  int dormancyMonths, int quarters)
{
    MonitoringReport r;
    r.current = monitoringFigures(input, asOf);
    r.previous = monitoringFigures(input, previousQuarterEnd(asOf));
    r.oblastsRanked = ranked(r.current.agreementsByOblast);
    r.countriesRanked = ranked(r.current.agreementsByCountry);
    r.areasRanked = ranked(r.current.agreementsByArea);
    const Dormancy idle = dormancy(input.pairs, asOf, dormancyMonths);
    r.dormantPairs = static_cast<int>(idle.dormant.size());
    r.pairsWithoutActivity = static_cast<int>(idle.withoutActivity.size());
    const auto pairs = pairIndex(input);
    r.aid = aidTotals(aidCounted(input, pairs, asOf));
    const QDate current = quarterStart(asOf);
    for (int q = quarters - 1; q >= 0; --q) {
        const QDate start = current.addMonths(-3 * q);
        const QDate end = q == 0 ? asOf : quarterEnd(start);
        r.newPerQuarter << QuarterCount{start, newAgreementsWithin(input, pairs, start, end)};
    }
    return r;
}

} // namespace tt::monitoring
