#include "app/core/monitoring.h"
#include "app/core/repositories.h"
#include "app/geo/gazetteer.h"
#include "app/sample/sampledata.h"
#include "app/sample/sampleparts.h"

#include <QHash>

// The monitoring part of the demo: agreements, approval tracks and aid on the
// pairs writeDemo() wrote, and the trilateral agreement of Хотин.

namespace tt::sample {

namespace {

using detail::addMunicipality;
using detail::areaIds;
using detail::findCommunity;

#define TRY(expr)                                                                                  \
    do {                                                                                           \
        if (auto tryStatus = (expr); !tryStatus)                                                   \
            return tryStatus.error();                                                              \
    } while (false)

Status addArea(Database &db, qint64 pair, qint64 area)
{
    PartnershipArea a;
    a.partnershipId = pair;
    a.areaId = area;
    a.status = PartnershipAreaStatus::Active;
    auto id = PartnershipAreaRepository(db).insert(a);
    return id ? Status() : Status(id.error());
}

Result<qint64> findPair(Database &db, const QString &community, const QString &partner)
{
    auto rows = PartnershipRepository(db).byNames(community, partner);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(
            Error::Code::NotFound,
            QStringLiteral("The demo pair %1 – %2 is missing.").arg(community, partner));
    return rows->first().id;
}

const QString demoOfficer = QStringLiteral("Олена Коваленко");

Status insertSteps(Database &db, const QList<Milestone> &steps)
{
    for (Milestone m : steps) {
        if (auto id = MilestoneRepository(db).insert(m); !id)
            return id.error();
    }
    return {};
}

} // namespace

namespace detail {

std::optional<AgreementRecord> agreementOf(const Partnership &p, int serial)
{
    AgreementRecord r;
    r.agreement.kind = p.twinningOn.isValid()    ? AgreementKind::Twinning
                       : p.agreementOn.isValid() ? AgreementKind::Cooperation
                                                 : AgreementKind::MemorandumOfIntent;
    // A recorded agreement carries the day it was signed.
    const PartialDate signedOn = p.twinningOn.isValid()    ? p.twinningOn
                                 : p.agreementOn.isValid() ? p.agreementOn
                                                           : p.memorandumOn;
    if (!signedOn.isFullDate())
        return std::nullopt;
    r.agreement.signedOn = signedOn.first();
    r.agreement.number = QStringLiteral("%1/%2").arg(serial).arg(r.agreement.signedOn.year());
    r.partnershipIds = {p.id};
    return r;
}

Milestone approvalStep(qint64 pair, MilestoneKind kind, const QDate &on, bool done,
                       const QString &responsible, const QString &number)
{
    Milestone m;
    m.partnershipId = pair;
    m.kind = kind;
    m.title = toLabel(kind);
    m.plannedOn = on;
    m.status = done ? MilestoneStatus::Done : MilestoneStatus::Planned;
    m.doneOn = done ? on : QDate();
    m.documentNumber = number;
    m.responsible = responsible;
    return m;
}

QList<Milestone> pendingApproval(qint64 pair, const QDate &submittedOn, const QString &number,
                                 const QString &responsible)
{
    return {approvalStep(pair, MilestoneKind::MinistrySubmission, submittedOn, true, responsible,
                         number),
            approvalStep(pair, MilestoneKind::MinistryAnswer,
                         monitoring::ministryDueDate(submittedOn), false, responsible)};
}

QList<Milestone> completeApproval(qint64 pair, const QDate &signedOn, int serial,
                                  const QDate &today, const QString &responsible)
{
    const QString yy = QStringLiteral("%1").arg(signedOn.year() % 100, 2, 10, QLatin1Char('0'));
    const struct
    {
        MilestoneKind kind;
        int daysBefore;
        QString number;
    } track[] = {
        {MilestoneKind::MinistrySubmission, 120, QStringLiteral("вих. № 07-11/%1").arg(serial)},
        {MilestoneKind::MinistryAnswer, 95,
         QStringLiteral("№ %1/0/2-%2").arg(3000 + serial).arg(yy)},
        {MilestoneKind::JusticeCheck, 80, QStringLiteral("№ %1/2.1").arg(10 + serial % 90)},
        {MilestoneKind::ForeignAffairsCheck, 70, QStringLiteral("№ 71/14-%1").arg(500 + serial)},
        {MilestoneKind::MinistryOrder, 55, QStringLiteral("наказ № %1").arg(100 + serial % 400)},
        {MilestoneKind::CouncilDecision, 30, QStringLiteral("рішення № %1").arg(1000 + serial)},
        {MilestoneKind::AgreementSigning, 0, QString()},
        {MilestoneKind::RegisterEntry, -20,
         QStringLiteral("реєстр. № %1").arg(serial % 10000, 4, 10, QLatin1Char('0'))},
    };
    QList<Milestone> steps;
    for (const auto &step : track) {
        const QDate on = signedOn.addDays(-step.daysBefore);
        steps << approvalStep(pair, step.kind, on, on <= today, responsible,
                              on <= today ? step.number : QString());
    }
    return steps;
}

Aid aidReceived(qint64 pair, const QString &what, std::optional<qint64> value,
                const QString &currency, const QDate &on, int act)
{
    Aid a;
    a.partnershipId = pair;
    a.description = what;
    if (value)
        a.valueMinor = *value * 100;
    a.currency = currency;
    a.receivedOn = on;
    a.acceptanceDocument = QStringLiteral("Акт приймання-передачі № %1 від %2")
                               .arg(act)
                               .arg(on.toString(QStringLiteral("dd.MM.yyyy")));
    return a;
}

} // namespace detail

Result<MonitoringDemoSummary> writeMonitoringDemo(Database &db, const QDate &today)
{
    MonitoringDemoSummary summary;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const QHash<QString, qint64> areas = areaIds(db);
    AgreementRepository agreements(db);

    // One agreement for each pair with a date of signing, of the kind of its
    // strongest document, declaring the pair's areas.
    auto pairs = PartnershipRepository(db).all();
    if (!pairs)
        return pairs.error();
    int serial = 0;
    for (const Partnership &p : std::as_const(*pairs)) {
        std::optional<AgreementRecord> r = detail::agreementOf(p, serial + 1);
        if (!r)
            continue;
        ++serial;
        auto pairAreas = PartnershipAreaRepository(db).forPartnership(p.id);
        if (!pairAreas)
            return pairAreas.error();
        for (const PartnershipArea &a : std::as_const(*pairAreas))
            r->areaIds << a.areaId;
        if (auto id = agreements.save(*r); !id)
            return id.error();
        ++summary.agreements;
    }

    // Хотин – Żagań – Teltow: one agreement of three towns, binding two pairs.
    // The dates, numbers and people are illustrative.
    auto khotyn = findCommunity(db, QStringLiteral("Хотин"), QStringLiteral("UA-77"));
    if (!khotyn)
        return khotyn.error();
    auto zagan = addMunicipality(db, QStringLiteral("Żagań"), QStringLiteral("Жагань"),
                                 QStringLiteral("PL"));
    auto teltow = addMunicipality(db, QStringLiteral("Teltow"), QStringLiteral("Тельтов"),
                                  QStringLiteral("DE"));
    if (!zagan)
        return zagan.error();
    if (!teltow)
        return teltow.error();
    const QDate trilateralSigned(2025, 6, 14);
    QList<qint64> khotynPairs;
    for (qint64 partner : {*zagan, *teltow}) {
        Partnership p;
        p.communityId = *khotyn;
        p.municipalityId = partner;
        p.kind = PartnershipKind::Twinning;
        p.stage = Stage::TwinningAgreement;
        p.firstContactOn = QDate(2023, 9, 1);
        p.twinningOn = trilateralSigned;
        p.officer = QStringLiteral("Тарас Бондаренко");
        p.notes = QStringLiteral("Тристороння угода Хотин – Жагань – Тельтов.");
        auto pair = PartnershipRepository(db).insert(p);
        if (!pair)
            return pair.error();
        khotynPairs << *pair;
        ++summary.partnerships;
        TRY(addArea(db, *pair, areas.value(QStringLiteral("culture"))));
        TRY(addArea(db, *pair, areas.value(QStringLiteral("youth_sport"))));
    }
    AgreementRecord trilateral;
    trilateral.agreement.kind = AgreementKind::Twinning;
    trilateral.agreement.number = QStringLiteral("ТР-1/2025");
    trilateral.agreement.title =
        QStringLiteral("Угода про партнерство між містами Хотин, Жагань і Тельтов");
    trilateral.agreement.signedOn = trilateralSigned;
    trilateral.partnershipIds = khotynPairs;
    trilateral.areaIds = {areas.value(QStringLiteral("culture")),
                          areas.value(QStringLiteral("youth_sport")),
                          areas.value(QStringLiteral("tourism"))};
    trilateral.signatories = {
        {QStringLiteral("Андрій Ткачук"), SignatoryOffice::Mayor, QStringLiteral("Хотин")},
        {QStringLiteral("Daniel Marchewka"), SignatoryOffice::Mayor, QStringLiteral("Żagań")},
        {QStringLiteral("Thomas Schmidt"), SignatoryOffice::Mayor, QStringLiteral("Teltow")}};
    if (auto id = agreements.save(trilateral); !id)
        return id.error();
    ++summary.agreements;
    TRY(insertSteps(db, {detail::approvalStep(khotynPairs.first(), MilestoneKind::AgreementSigning,
                                              trilateralSigned, true, demoOfficer,
                                              QStringLiteral("ТР-1/2025"))}));
    ++summary.approvalSteps;

    // A supplementary agreement of Львів – Wrocław for five years, which expires
    // within the next 90 days.
    auto lvivWroclaw = findPair(db, QStringLiteral("Львів"), QStringLiteral("Wrocław"));
    if (!lvivWroclaw)
        return lvivWroclaw.error();
    AgreementRecord supplement;
    supplement.agreement.kind = AgreementKind::Supplementary;
    supplement.agreement.number = QStringLiteral("Д-7");
    supplement.agreement.title = QStringLiteral("Додаткова угода про відбудову");
    supplement.agreement.signedOn = today.addYears(-5).addDays(40);
    supplement.agreement.termYears = 5;
    supplement.partnershipIds = {*lvivWroclaw};
    supplement.areaIds = {areas.value(QStringLiteral("reconstruction"))};
    supplement.signatories = {
        {QStringLiteral("Андрій Садовий"), SignatoryOffice::Mayor, QStringLiteral("Львів")},
        {QStringLiteral("Jacek Sutryk"), SignatoryOffice::Mayor, QStringLiteral("Wrocław")}};
    if (auto id = agreements.save(supplement); !id)
        return id.error();
    ++summary.agreements;

    // Approval tracks under the law of 2024. Житомир – Kassel: submitted 45 days
    // ago, the answer is overdue. Кривий Ріг – Duisburg: submitted 10 days ago.
    // Миколаїв – Bari: the whole track, done.
    auto kassel = findPair(db, QStringLiteral("Житомир"), QStringLiteral("Kassel"));
    auto duisburg = findPair(db, QStringLiteral("Кривий Ріг"), QStringLiteral("Duisburg"));
    auto bari = findPair(db, QStringLiteral("Миколаїв"), QStringLiteral("Bari"));
    for (const auto *r : {&kassel, &duisburg, &bari}) {
        if (!*r)
            return r->error();
    }
    TRY(insertSteps(db, detail::pendingApproval(*kassel, today.addDays(-45),
                                                QStringLiteral("вих. № 02-14/318"), demoOfficer)));
    TRY(insertSteps(db, detail::pendingApproval(*duisburg, today.addDays(-10),
                                                QStringLiteral("вих. № 01-09/1127"), demoOfficer)));
    summary.approvalSteps += 4;
    auto bariPair = PartnershipRepository(db).get(*bari);
    if (!bariPair)
        return bariPair.error();
    const QList<Milestone> track =
        detail::completeApproval(*bari, bariPair->twinningOn.first(), 52, today, demoOfficer);
    TRY(insertSteps(db, track));
    summary.approvalSteps += static_cast<int>(track.size());

    // Aid received through partnerships (values illustrative).
    const struct
    {
        const char *community;
        const char *partner;
        const char *what;
        qint64 value;
        const char *currency;
        int daysAgo;
    } aid[] = {
        {"Харків", "Nuremberg", "Два пожежні автомобілі", 180000, "EUR", 420},
        {"Харків", "Nuremberg", "Медичне обладнання для лікарні № 17", 95000, "EUR", 60},
        {"Херсон", "Bonn", "Генератори, 12 шт.", 48000, "EUR", 300},
        {"Житомир", "Pardubice", "Комунальна техніка", 2400000, "CZK", 200},
        {"Львів", "Wrocław", "Модульне житло для переселенців", 1200000, "PLN", 700},
        {"Вінниця", "Karlsruhe", "Обладнання для відділення інтенсивної терапії", 180000, "EUR",
         800},
        {"Хотин", "Żagań", "Шкільний автобус", 260000, "PLN", 35},
        {"Чернівці", "Düsseldorf", "Обладнання для водоканалу", 75000, "EUR", 150},
    };
    int act = 0;
    for (const auto &a : aid) {
        auto pair = findPair(db, QString::fromUtf8(a.community), QString::fromUtf8(a.partner));
        if (!pair)
            return pair.error();
        Aid received =
            detail::aidReceived(*pair, QString::fromUtf8(a.what), a.value,
                                QLatin1String(a.currency), today.addDays(-a.daysAgo), ++act);
        if (auto id = AidRepository(db).insert(received); !id)
            return id.error();
        ++summary.aid;
    }

    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace tt::sample
