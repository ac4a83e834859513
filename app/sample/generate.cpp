#include "app/core/bulkwriter.h"
#include "app/core/repositories.h"
#include "app/geo/gazetteer.h"
#include "app/sample/sampledata.h"
#include "app/sample/sampleparts.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

// Synthetic data at scale (`twinning-tracker generate`, the benchmarks): pairs
// with areas, milestones and contacts, and what the monitoring reads, in the
// proportions GenerateOptions sets: recorded agreements (a few trilateral),
// approval tracks and aid.

namespace tt::sample {

namespace {

using detail::officers;
using detail::partnerContacts;

const char *const mayors[] = {"Андрій Ткачук",  "Олександр Петренко", "Сергій Бойко",
                              "Віктор Лисенко", "Оксана Савчук",      "Юрій Марченко",
                              "Людмила Гончар", "Василь Кузьменко"};
const char *const partnerMayors[] = {"Daniel Marchewka", "Thomas Schmidt", "Marie Laurent",
                                     "Giulia Bianchi",   "Jan Novák",      "Katarzyna Wójcik",
                                     "Jonas Berg",       "Ana Popescu"};
const char *const aidGoods[] = {"Генератори",
                                "Медичне обладнання",
                                "Пожежний автомобіль",
                                "Шкільний автобус",
                                "Комунальна техніка",
                                "Обладнання для водоканалу",
                                "Модульне житло для переселенців",
                                "Карета швидкої допомоги",
                                "Ліки та перев’язувальні матеріали",
                                "Обладнання для укриття школи"};
const char *const aidCurrencies[] = {"EUR", "EUR", "EUR", "EUR", "PLN", "USD", "CZK", "UAH"};

// The agreements, approval tracks and aid of the pairs as they are written.
// It draws its own random numbers, so that the pairs, areas, milestones and
// contacts of a seed are the same whatever it writes.
class MonitoringWriter
{
public:
    // `milestones` writes every milestone of the transaction: the generator's
    // own and the approval tracks, so that one writer counts their ids.
    MonitoringWriter(Database &db, const GenerateOptions &options, GenerateSummary &summary,
                     BulkWriter<Milestone> &milestones)
        : m_options(options)
        , m_summary(summary)
        , m_rng(options.seed ^ 0x6d6f6e69u) // "moni"
        , m_agreements(db)
        , m_milestones(milestones)
        , m_aid(db)
        , m_recentSince(options.today.addYears(-3))
        , m_aidSince(2022, 3, 1)
    {}

    // `pair` as written, with the names of its two places and its first area.
    Status add(const Partnership &pair, const QString &community, const QString &partner,
               qint64 area)
    {
        if (auto s = addAgreement(pair, community, partner, area); !s)
            return s;
        if (auto s = addApproval(pair); !s)
            return s;
        return addAid(pair);
    }

private:
    bool drawn(int percent) { return static_cast<int>(m_rng.bounded(100)) < percent; }

    Signatory ukrainianSignatory(const QString &community)
    {
        const int who = static_cast<int>(m_rng.bounded(8));
        return {QString::fromUtf8(mayors[who]),
                who == 7 ? SignatoryOffice::MilitaryAdministrationHead : SignatoryOffice::Mayor,
                community};
    }

    Signatory partnerSignatory(const QString &partner)
    {
        return {QString::fromUtf8(partnerMayors[m_rng.bounded(8)]), SignatoryOffice::Mayor,
                partner};
    }

    // A pair at an agreement stage gets its recorded agreement at the rate
    // asked. Now and then the agreement is trilateral: it also binds an earlier
    // pair of the same community at an agreement stage that has none.
    Status addAgreement(const Partnership &pair, const QString &community, const QString &partner,
                        qint64 area)
    {
        if (pair.stage < Stage::Memorandum || pair.stage > Stage::TwinningAgreement)
            return {};
        if (!drawn(m_options.agreementPercent)) {
            m_unrecorded.insert(pair.communityId, {pair.id, partner});
            return {};
        }
        std::optional<AgreementRecord> record =
            detail::agreementOf(pair, static_cast<int>(m_summary.agreements) + 1);
        if (!record)
            return {};
        record->areaIds = {area};
        record->signatories = {ukrainianSignatory(community), partnerSignatory(partner)};
        const auto other = m_unrecorded.constFind(pair.communityId);
        if (other != m_unrecorded.cend() && m_rng.bounded(25) == 0) {
            record->partnershipIds << other->pair;
            record->signatories << partnerSignatory(other->partner);
            record->agreement.title = QStringLiteral("Тристороння угода: %1, %2 і %3")
                                          .arg(community, partner, other->partner);
            m_unrecorded.erase(other);
            ++m_summary.trilateralAgreements;
        }
        if (m_rng.bounded(4) == 0) // a term: some have expired, some expire soon
            record->agreement.termYears = m_rng.bounded(2) ? 5 : 10;
        if (record->agreement.termYears)
            record->agreement.expiresOn =
                record->agreement.signedOn.addYears(static_cast<int>(*record->agreement.termYears))
                    .addDays(-1);
        if (auto id = m_agreements.add(*record); !id)
            return id.error();
        ++m_summary.agreements;
        m_summary.agreementPairs += record->partnershipIds.size();
        return {};
    }

    // A pair begun in the last three years goes through the approval at the
    // rate asked: the whole track when it has signed, otherwise a submission
    // waiting for the ministry (within its 30 days or overdue) or answered.
    Status addApproval(const Partnership &pair)
    {
        // Generated pairs carry full dates.
        if (pair.firstContactOn.first() < m_recentSince || !drawn(m_options.approvalPercent))
            return {};
        ++m_summary.approvalTracks;
        const int serial = static_cast<int>(m_summary.approvalTracks);
        const QDate signedOn = (pair.twinningOn.isValid()    ? pair.twinningOn
                                : pair.agreementOn.isValid() ? pair.agreementOn
                                                             : pair.memorandumOn)
                                   .first();
        QList<Milestone> steps;
        if (signedOn.isValid()) {
            steps =
                detail::completeApproval(pair.id, signedOn, serial, m_options.today, pair.officer);
        } else {
            const QDate submitted = m_options.today.addDays(-1 - m_rng.bounded(60));
            steps = detail::pendingApproval(
                pair.id, submitted, QStringLiteral("вих. № 02-14/%1").arg(serial), pair.officer);
            Milestone &answer = steps.last();
            const QDate answeredOn = submitted.addDays(5 + m_rng.bounded(25));
            if (answeredOn < m_options.today && m_rng.bounded(3) == 0) {
                answer.status = MilestoneStatus::Done;
                answer.doneOn = answeredOn;
                answer.documentNumber = QStringLiteral("№ %1/0/2-%2")
                                            .arg(5000 + serial)
                                            .arg(answeredOn.year() % 100, 2, 10, QLatin1Char('0'));
            }
        }
        for (Milestone &m : steps) {
            if (auto id = m_milestones.add(m); !id)
                return id.error();
            ++m_summary.approvalSteps;
        }
        return {};
    }

    // A few records of aid for a pair at the rate asked, received since March
    // 2022 (before its end, if it ended), a tenth of them without a value.
    Status addAid(const Partnership &pair)
    {
        if (!drawn(m_options.aidPercent))
            return {};
        const QDate last = pair.endedOn.isValid() ? pair.endedOn.first() : m_options.today;
        QDate first = std::max(pair.firstContactOn.first(), m_aidSince);
        if (first > last)
            first = pair.firstContactOn.first();
        const int days = static_cast<int>(first.daysTo(last)) + 1;
        const int records = 1 + static_cast<int>(m_rng.bounded(4));
        for (int i = 0; i < records; ++i) {
            const int what = static_cast<int>(m_rng.bounded(10));
            const QString currency = QLatin1String(aidCurrencies[m_rng.bounded(8)]);
            qint64 value = 5000 + m_rng.bounded(300) * 1000;
            if (currency == u"UAH" || currency == u"CZK")
                value *= 25;
            else if (currency == u"PLN")
                value *= 4;
            const std::optional<qint64> valued =
                m_rng.bounded(10) == 0 ? std::nullopt : std::optional<qint64>(value);
            Aid aid = detail::aidReceived(pair.id, QString::fromUtf8(aidGoods[what]), valued,
                                          currency, first.addDays(m_rng.bounded(days)),
                                          static_cast<int>(m_summary.aid) + 1);
            if (auto id = m_aid.add(aid); !id)
                return id.error();
            ++m_summary.aid;
        }
        ++m_summary.aidPairs;
        return {};
    }

    struct Unrecorded
    {
        qint64 pair = 0;
        QString partner;
    };

    const GenerateOptions &m_options;
    GenerateSummary &m_summary;
    QRandomGenerator m_rng;
    AgreementBulkWriter m_agreements;
    BulkWriter<Milestone> &m_milestones;
    BulkWriter<Aid> m_aid;
    const QDate m_recentSince;
    const QDate m_aidSince;
    // By community: its latest pair at an agreement stage without a recorded
    // agreement, which a trilateral agreement may bind.
    QHash<qint64, Unrecorded> m_unrecorded;
};

} // namespace

Result<GenerateSummary> generate(Database &db, const GenerateOptions &options)
{
    if (options.partnerships < 0 || options.communities <= 0)
        return Error::make(Error::Code::Invalid, QStringLiteral("Nothing to generate."));
    for (int percent : {options.agreementPercent, options.approvalPercent, options.aidPercent}) {
        if (percent < 0 || percent > 100)
            return Error::make(Error::Code::Invalid,
                               QStringLiteral("A share of pairs is a percentage from 0 to 100."));
    }
    QRandomGenerator rng(options.seed);
    GenerateSummary summary;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();

    // Communities: spread over every region by taking every k-th of the
    // catalogue, and the first of each region whatever k is.
    auto all = CommunityRepository(db).allByCode();
    if (!all)
        return all.error();
    QList<qint64> communities;
    QSet<QString> regions;
    QHash<qint64, QString> communityNames;
    for (const Community &c : std::as_const(*all))
        communityNames.insert(c.id, c.nameUk);
    for (const Community &c : std::as_const(*all)) {
        if (!regions.contains(c.oblastIso)) {
            regions.insert(c.oblastIso);
            communities << c.id;
        }
    }
    const qsizetype available = all->size();
    const int wanted = std::min<int>(options.communities, static_cast<int>(available));
    for (qsizetype i = 0; communities.size() < wanted && i < available; ++i) {
        const qint64 id = all->at(i * available / wanted % available).id;
        if (!communities.contains(id))
            communities << id;
    }
    summary.communities = static_cast<int>(communities.size());

    // Partners: foreign places of the gazetteer, most of them in Europe.
    QList<const geo::Place *> pool;
    static const QSet<QString> europe = {
        QStringLiteral("PL"), QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("IT"),
        QStringLiteral("ES"), QStringLiteral("CZ"), QStringLiteral("SK"), QStringLiteral("HU"),
        QStringLiteral("RO"), QStringLiteral("LT"), QStringLiteral("LV"), QStringLiteral("EE"),
        QStringLiteral("AT"), QStringLiteral("NL"), QStringLiteral("BE"), QStringLiteral("GB"),
        QStringLiteral("SE"), QStringLiteral("FI"), QStringLiteral("DK"), QStringLiteral("NO"),
        QStringLiteral("BG"), QStringLiteral("GE"), QStringLiteral("MD"), QStringLiteral("PT"),
        QStringLiteral("GR"), QStringLiteral("HR"), QStringLiteral("SI"), QStringLiteral("IE")};
    for (const geo::Place &p : geo::Gazetteer::shipped().places()) {
        if (p.countryIso == QLatin1String("UA") || p.featureCode == QLatin1String("PPLX"))
            continue;
        if (europe.contains(p.countryIso) || pool.size() % 5 == 0)
            pool << &p;
    }
    const qsizetype poolSize =
        std::min<qsizetype>(pool.size(), std::max(200, options.partnerships / 4));
    QHash<qsizetype, qint64> municipalityIds;
    BulkWriter<Municipality> municipalities(db);
    BulkWriter<Partnership> partnerships(db);
    BulkWriter<PartnershipArea> pairAreas(db);
    BulkWriter<Milestone> milestones(db);
    BulkWriter<Contact> contacts(db);
    MonitoringWriter monitoring(db, options, summary, milestones);

    auto areaList = CooperationAreaRepository(db).all();
    if (!areaList || areaList->isEmpty())
        return Error::make(Error::Code::Invalid, QStringLiteral("The area catalogue is empty."));
    QSet<QPair<qint64, qint64>> taken;
    const QList<Stage> stages = EnumTraits<Stage>::values();
    const QList<PartnershipKind> kinds = EnumTraits<PartnershipKind>::values();
    const QList<MilestoneKind> milestoneKinds = EnumTraits<MilestoneKind>::values();
    QList<MilestoneKind> ordinaryKinds;
    for (MilestoneKind kind : milestoneKinds) {
        if (!isApprovalStep(kind))
            ordinaryKinds << kind;
    }
    const QDate start(2000, 1, 1);
    const qint64 span = start.daysTo(options.today);

    for (int n = 0; n < options.partnerships; ++n) {
        // Every community gets a pair first, then they are drawn at random.
        const qint64 community =
            n < communities.size() ? communities[n]
                                   : communities[rng.bounded(static_cast<int>(communities.size()))];
        qsizetype placeIndex = 0;
        for (int attempt = 0;; ++attempt) {
            placeIndex = rng.bounded(static_cast<int>(poolSize));
            if (!taken.contains({community, placeIndex}) || attempt > 50)
                break;
        }
        if (taken.contains({community, placeIndex}))
            continue;
        taken.insert({community, placeIndex});
        if (!municipalityIds.contains(placeIndex)) {
            const geo::Place *place = pool[placeIndex];
            Municipality m;
            m.name = place->name;
            m.countryIso = place->countryIso;
            m.lat = place->lat;
            m.lon = place->lon;
            m.geonameId = place->geonameId;
            auto id = municipalities.add(m);
            if (!id)
                return id.error();
            municipalityIds.insert(placeIndex, *id);
            ++summary.municipalities;
        }

        Partnership p;
        p.communityId = community;
        p.municipalityId = municipalityIds.value(placeIndex);
        p.kind = kinds[rng.bounded(static_cast<int>(kinds.size()))];
        p.stage = stages[rng.bounded(static_cast<int>(stages.size()))];
        const QDate first = start.addDays(rng.bounded(static_cast<int>(span - 400)));
        p.firstContactOn = first;
        if (p.stage >= Stage::Memorandum)
            p.memorandumOn = first.addDays(30 + rng.bounded(120));
        if (p.stage >= Stage::CooperationAgreement)
            p.agreementOn = first.addDays(160 + rng.bounded(120));
        if (p.stage >= Stage::TwinningAgreement)
            p.twinningOn = first.addDays(290 + rng.bounded(100));
        if (p.stage == Stage::Suspended || p.stage == Stage::Terminated) {
            p.endedOn = first.addDays(395);
            p.endReason = QStringLiteral("Synthetic");
        }
        p.officer = QString::fromUtf8(officers[n % 6]);
        auto pairId = partnerships.add(p);
        if (!pairId)
            return pairId.error();
        ++summary.partnerships;

        const int firstArea = rng.bounded(static_cast<int>(areaList->size()));
        for (int a = 0; a < options.areasPerPair && a < areaList->size(); ++a) {
            PartnershipArea pa;
            pa.partnershipId = *pairId;
            pa.areaId = areaList->at((firstArea + a) % areaList->size()).id;
            pa.status = EnumTraits<PartnershipAreaStatus>::values()[rng.bounded(4)];
            if (auto id = pairAreas.add(pa); !id)
                return id.error();
            ++summary.areas;
        }
        for (int k = 0; k < options.milestonesPerPair; ++k) {
            Milestone m;
            m.partnershipId = *pairId;
            m.kind = milestoneKinds[rng.bounded(static_cast<int>(milestoneKinds.size()))];
            // The steps of an approval come in tracks (MonitoringWriter), not
            // scattered; the kind drawn stands for another, so that the
            // random numbers drawn stay the same.
            if (isApprovalStep(m.kind) && m.kind != MilestoneKind::CouncilDecision)
                m.kind = ordinaryKinds[static_cast<int>(m.kind) % ordinaryKinds.size()];
            m.title = EnumTraits<MilestoneKind>::label(m.kind) + QStringLiteral(" %1").arg(k + 1);
            m.plannedOn =
                first.addDays(rng.bounded(static_cast<int>(first.daysTo(options.today) + 365)));
            const bool past = m.plannedOn < options.today;
            m.status =
                past && rng.bounded(10) < 8 ? MilestoneStatus::Done : MilestoneStatus::Planned;
            if (m.status == MilestoneStatus::Done)
                m.doneOn = m.plannedOn;
            m.areaId = areaList->at((firstArea + k % 2) % areaList->size()).id;
            if (auto id = milestones.add(m); !id)
                return id.error();
            ++summary.milestones;
        }
        for (int c = 0; c < options.contactsPerPair; ++c) {
            Contact contact;
            contact.partnershipId = *pairId;
            contact.name = QString::fromUtf8(partnerContacts[(n + c) % 6]);
            contact.side = ContactSide::Partner;
            contact.role = QStringLiteral("International relations");
            if (auto id = contacts.add(contact); !id)
                return id.error();
            ++summary.contacts;
        }
        if (auto s = monitoring.add(p, communityNames.value(community), pool[placeIndex]->name,
                                    areaList->at(firstArea).id);
            !s)
            return s.error();
    }

    QJsonObject audit{{QStringLiteral("partnerships"), summary.partnerships},
                      {QStringLiteral("agreements"), summary.agreements},
                      {QStringLiteral("approval_tracks"), summary.approvalTracks},
                      {QStringLiteral("aid"), summary.aid},
                      {QStringLiteral("seed"), static_cast<qint64>(options.seed)}};
    if (auto s =
            writeAudit(db, QStringLiteral("database"), 0, 0, QStringLiteral("generate"), audit);
        !s)
        return s.error();
    tx.notify({Entity::Partnership, ChangeSet::Kind::Reset, {}, {}, {}});
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace tt::sample
