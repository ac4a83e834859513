#include "app/present/partnershipfacts.h"

#include "app/core/names.h"
#include "app/core/repositories.h"
#include "app/present/money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tt::present {

namespace {

struct PartnershipFactsText
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipFacts)
};

const QString none = QStringLiteral("—");

// "Vinnytsia (Вінниця), Vinnytska community, Vinnytsia Oblast": the name as
// shown everywhere first, the other script in brackets, then the hromada in
// the letters of the sentence around it and the oblast.
QString communityText(const PartnershipSummary &p)
{
    const QStringList spellings = names::communitySpellings(p);
    QString text = spellings.first();
    if (spellings.size() > 1)
        text += QStringLiteral(" (") + spellings.mid(1).join(QStringLiteral(", ")) + u')';
    return text + QStringLiteral(", ") +
           PartnershipFactsText::tr("%1 community").arg(names::hromada(p)) + QStringLiteral(", ") +
           names::oblast(p.oblastIso);
}

QString partnerText(const PartnershipSummary &p)
{
    return names::partnerSpellings(p).join(QStringLiteral(" · ")) + QStringLiteral(", ") +
           names::country(p.countryIso);
}

QString areaList(const QHash<qint64, QString> &names, const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << names.value(id);
    return out.isEmpty() ? none : out.join(QStringLiteral(", "));
}

// The last activity, to the precision it is known to: when it is one of the
// pair's own dates known only to the month or the year ("2023"), that, not
// the first day of it, which nobody wrote.
QString lastActivityText(const PartnershipSummary &p, const Partnership &pair,
                         const QLocale &locale)
{
    for (const PartialDate &d : {pair.twinningOn, pair.agreementOn, pair.memorandumOn,
                                 pair.firstContactOn, pair.endedOn}) {
        if (d.isValid() && !d.isFullDate() && d.first() == p.lastActivityOn)
            return dateText(d, locale);
    }
    return dateText(p.lastActivityOn, locale);
}

void addMonitoring(QList<Fact> &facts, const PartnershipRecord &r, const QDate &today,
                   const QLocale &locale)
{
    using Tone = Fact::Tone;
    if (auto d = monitoring::ministryDeadline(r.milestones, today)) {
        facts.append({PartnershipFactsText::tr("Ministry's answer"),
                      deadlineText(*d) + QStringLiteral(" (") +
                          PartnershipFactsText::tr("due %1").arg(dateText(d->dueOn, locale)) + u')',
                      d->overdue ? Tone::Alert : Tone::Plain});
    }
    QStringList kinds;
    for (const AgreementRecord &a : r.agreements) {
        QString k = toLabel(a.agreement.kind);
        if (a.agreement.signedOn.isValid())
            k += u' ' + dateText(a.agreement.signedOn, locale);
        kinds << k;
    }
    facts.append({PartnershipFactsText::tr("Agreements"),
                  kinds.isEmpty() ? none : kinds.join(QStringLiteral("; "))});
    const monitoring::CooperationAreaBalance balance =
        monitoring::declaredVsDelivered(r.agreements, r.milestones, r.projects, today);
    facts.append(
        {PartnershipFactsText::tr("Declared areas"), areaList(r.areaNames, balance.declared)});
    facts.append({PartnershipFactsText::tr("Delivered in 12 months"),
                  areaList(r.areaNames, balance.delivered)});
    if (!balance.declaredOnly.isEmpty())
        facts.append({PartnershipFactsText::tr("Declared, nothing delivered"),
                      areaList(r.areaNames, balance.declaredOnly), Tone::Warning});
    const Partnership &pair = r.partnership;
    const QDate last =
        monitoring::lastActivity(r.milestones, r.projects, r.aid, r.agreements, today);
    const bool inForce = !pair.endedOn.isValid() && isActiveStage(pair.stage);
    if (inForce &&
        monitoring::isDormant(last, pair.firstContactOn.first(), today, r.dormancyMonths))
        facts.append(
            {PartnershipFactsText::tr("Activity"),
             PartnershipFactsText::tr("Dormant: no activity for %n month(s)", "", r.dormancyMonths),
             Tone::Warning});
    if (!r.aid.isEmpty()) {
        QList<monitoring::AidFact> aid;
        for (const Aid &a : r.aid) {
            if (a.valueMinor)
                aid << monitoring::AidFact{pair.id,       pair.communityId, QString(), a.receivedOn,
                                           *a.valueMinor, a.currency,       QString()};
        }
        QString value = formatTotals(monitoring::aidTotals(aid).total, locale);
        if (!value.isEmpty())
            value += QStringLiteral(" · ");
        facts.append({PartnershipFactsText::tr("Aid received"),
                      value + PartnershipFactsText::tr("%n record(s)", "", int(r.aid.size()))});
    }
}

} // namespace

Result<PartnershipRecord> readPair(Database &db, const Portfolio &portfolio, qint64 partnershipId)
{
    const qsizetype index = portfolio.indexOf(partnershipId);
    auto partnership = PartnershipRepository(db).get(partnershipId);
    if (index < 0 || !partnership)
        return Error::make(
            Error::Code::NotFound,
            PartnershipFactsText::tr("There is no partnership with the id %1.").arg(partnershipId));
    PartnershipRecord r;
    r.summary = portfolio.pairs()[index];
    r.partnership = *partnership;
    auto milestones = MilestoneRepository(db).forPartnership(partnershipId);
    auto projects = ProjectRepository(db).forPartnership(partnershipId);
    auto agreements = AgreementRepository(db).forPartnership(partnershipId);
    auto aid = AidRepository(db).forPartnership(partnershipId);
    auto areas = CooperationAreaRepository(db).all();
    auto months = OfficeSettingsRepository(db).dormancyMonths();
    for (const Error *e :
         {milestones ? nullptr : &milestones.error(), projects ? nullptr : &projects.error(),
          agreements ? nullptr : &agreements.error(), aid ? nullptr : &aid.error(),
          areas ? nullptr : &areas.error(), months ? nullptr : &months.error()}) {
        if (e)
            return *e;
    }
    r.milestones = std::move(*milestones);
    r.projects = std::move(*projects);
    r.agreements = std::move(*agreements);
    r.aid = std::move(*aid);
    r.areaNames = names::areas(*areas);
    r.dormancyMonths = *months;
    return r;
}

QList<Fact> partnershipFacts(const PartnershipRecord &r, const QDate &today, const QLocale &locale)
{
    using Tone = Fact::Tone;
    const PartnershipSummary &p = r.summary;
    const Partnership &pair = r.partnership;
    QList<Fact> facts;
    facts.append({PartnershipFactsText::tr("Community"), communityText(p)});
    facts.append({PartnershipFactsText::tr("Partner"), partnerText(p)});
    facts.append({PartnershipFactsText::tr("Kind"), toLabel(pair.kind)});
    facts.append({PartnershipFactsText::tr("Stage"), toLabel(pair.stage), Tone::Strong});
    facts.append(
        {PartnershipFactsText::tr("First contact"), dateText(pair.firstContactOn, locale)});
    facts.append(
        {PartnershipFactsText::tr("Memorandum of intent"), dateText(pair.memorandumOn, locale)});
    facts.append(
        {PartnershipFactsText::tr("Cooperation agreement"), dateText(pair.agreementOn, locale)});
    facts.append(
        {PartnershipFactsText::tr("Twinning agreement"), dateText(pair.twinningOn, locale)});
    if (pair.endedOn.isValid())
        facts.append(
            {PartnershipFactsText::tr("Ended"),
             pair.endReason.trimmed().isEmpty()
                 ? dateText(pair.endedOn, locale)
                 : dateText(pair.endedOn, locale) + QStringLiteral(" — ") + pair.endReason});
    if (!pair.initiative.isEmpty())
        facts.append({PartnershipFactsText::tr("Initiative"), pair.initiative});
    facts.append({PartnershipFactsText::tr("Responsible officer"),
                  pair.officer.isEmpty() ? none : pair.officer});
    if (pair.reviewedOn.isValid())
        facts.append({PartnershipFactsText::tr("Last reviewed"),
                      pair.reviewedBy.isEmpty()
                          ? dateText(pair.reviewedOn, locale)
                          : PartnershipFactsText::tr("%1 by %2")
                                .arg(dateText(pair.reviewedOn, locale), pair.reviewedBy)});
    QString next = p.nextMilestoneOn.isValid() ? dateText(p.nextMilestoneOn, locale) +
                                                     QStringLiteral(" — ") + p.nextMilestoneTitle
                                               : none;
    if (p.milestonesOverdue > 0)
        next += QStringLiteral(" (") +
                PartnershipFactsText::tr("%n overdue", "", p.milestonesOverdue) + u')';
    facts.append({PartnershipFactsText::tr("Next milestone"), next,
                  p.milestonesOverdue > 0 ? Tone::Alert : Tone::Plain});
    facts.append({PartnershipFactsText::tr("Last activity"), lastActivityText(p, pair, locale)});
    addMonitoring(facts, r, today, locale);
    return facts;
}

QString dateText(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return none;
    // The locale's long format without its weekday, which a record of dates
    // does not need: "d MMMM yyyy", "d. MMMM yyyy", "d MMMM yyyy 'р'.".
    static const QRegularExpression weekday(QStringLiteral("dddd[,.]?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format);
}

QString dateText(const PartialDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return none;
    return date.isFullDate() ? dateText(date.first(), locale) : date.toString(locale);
}

QString deadlineText(const monitoring::MinistryDeadline &d)
{
    if (d.answeredOn.isValid())
        return d.answeredLate ? PartnershipFactsText::tr("Answered %n day(s) late", "",
                                                         int(d.dueOn.daysTo(d.answeredOn)))
                              : PartnershipFactsText::tr("Answered in time");
    if (d.overdue)
        return PartnershipFactsText::tr("Overdue by %n day(s)", "", -d.daysLeft);
    if (d.daysLeft == 0)
        return PartnershipFactsText::tr("Due today");
    return PartnershipFactsText::tr("%n day(s) left", "", d.daysLeft);
}

} // namespace tt::present
