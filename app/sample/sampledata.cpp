#include "app/sample/sampledata.h"

#include "app/core/repositories.h"
#include "app/geo/gazetteer.h"
#include "app/sample/sampleparts.h"

#include <QHash>
#include <QJsonObject>

namespace tt::sample {

namespace {

using detail::addMunicipality;
using detail::areaIds;
using detail::findCommunity;
using detail::officers;
using detail::partnerContacts;

struct DemoPartnership
{
    const char *community; // centre, Ukrainian
    const char *oblast;    // ISO 3166-2
    const char *partner;   // Latin, as the gazetteer has it
    const char *partnerUk;
    const char *country;
    PartnershipKind kind;
    Stage stage;
    int year;          // of the agreement (0: none yet)
    const char *areas; // codes separated by spaces
    const char *initiative;
};

using K = PartnershipKind;
using S = Stage;

// Real pairs from public sources; the milestones, people and projects written
// for them below are illustrative.
const DemoPartnership demoPairs[] = {
    {"Вінниця", "UA-05", "Kielce", "Кельце", "PL", K::Twinning, S::TwinningAgreement, 1958,
     "culture education youth_sport", ""},
    {"Вінниця", "UA-05", "Nancy", "Нансі", "FR", K::Twinning, S::TwinningAgreement, 2023,
     "culture education healthcare", ""},
    {"Львів", "UA-46", "Wrocław", "Вроцлав", "PL", K::Twinning, S::TwinningAgreement, 2002,
     "culture reconstruction humanitarian", ""},
    {"Львів", "UA-46", "Freiburg im Breisgau", "Фрайбург", "DE", K::Twinning, S::TwinningAgreement,
     1990, "education environment energy", ""},
    {"Львів", "UA-46", "Kraków", "Краків", "PL", K::Cooperation, S::CooperationAgreement, 1995,
     "culture tourism", ""},
    {"Львів", "UA-46", "Winnipeg", "Вінніпег", "CA", K::Twinning, S::TwinningAgreement, 1973,
     "culture humanitarian", ""},
    {"Харків", "UA-63", "Nuremberg", "Нюрнберг", "DE", K::Twinning, S::TwinningAgreement, 1990,
     "humanitarian healthcare reconstruction", ""},
    {"Харків", "UA-63", "Lublin", "Люблін", "PL", K::Twinning, S::TwinningAgreement, 2022,
     "humanitarian education", ""},
    {"Харків", "UA-63", "Cincinnati", "Цинциннаті", "US", K::Twinning, S::TwinningAgreement, 1989,
     "healthcare humanitarian", ""},
    {"Київ", "UA-30", "Berlin", "Берлін", "DE", K::Twinning, S::TwinningAgreement, 2023,
     "governance reconstruction energy", ""},
    {"Київ", "UA-30", "Paris", "Париж", "FR", K::Twinning, S::TwinningAgreement, 2022,
     "culture reconstruction", ""},
    {"Чернівці", "UA-77", "Düsseldorf", "Дюссельдорф", "DE", K::Twinning, S::TwinningAgreement,
     2022, "utilities humanitarian", ""},
    {"Чернівці", "UA-77", "Cluj-Napoca", "Клуж-Напока", "RO", K::Twinning, S::TwinningAgreement,
     2024, "education tourism", ""},
    {"Житомир", "UA-18", "Pardubice", "Пардубіце", "CZ", K::Twinning, S::TwinningAgreement, 2022,
     "utilities civil_protection", ""},
    {"Житомир", "UA-18", "Kassel", "Кассель", "DE", K::Partnership, S::Memorandum, 0,
     "energy economy", "Municipal partnerships with Ukraine (Connective Cities)"},
    {"Луцьк", "UA-07", "Olsztyn", "Ольштин", "PL", K::Twinning, S::TwinningAgreement, 1997,
     "culture youth_sport", ""},
    {"Ужгород", "UA-21", "Nyíregyháza", "Ньїредьгаза", "HU", K::Twinning, S::TwinningAgreement,
     1991, "tourism culture", ""},
    {"Ужгород", "UA-21", "Poprad", "Попрад", "SK", K::Cooperation, S::CooperationAgreement, 2022,
     "tourism economy", ""},
    {"Черкаси", "UA-71", "Bielefeld", "Білефельд", "DE", K::Partnership, S::CooperationAgreement,
     2023, "healthcare utilities", "Municipal partnerships with Ukraine (Connective Cities)"},
    {"Кривий Ріг", "UA-12", "Duisburg", "Дуйсбург", "DE", K::Partnership, S::Memorandum, 0,
     "economy energy", ""},
    {"Кропивницький", "UA-35", "Krefeld", "Крефельд", "DE", K::Partnership, S::CooperationAgreement,
     2023, "humanitarian education", ""},
    {"Херсон", "UA-65", "Bonn", "Бонн", "DE", K::Partnership, S::CooperationAgreement, 2023,
     "humanitarian reconstruction civil_protection", ""},
    {"Миколаїв", "UA-48", "Bari", "Барі", "IT", K::Twinning, S::TwinningAgreement, 2025,
     "reconstruction economy", ""},
    {"Полтава", "UA-53", "Filderstadt", "Фільдерштадт", "DE", K::Partnership,
     S::CooperationAgreement, 1988, "culture youth_sport", ""},
    {"Буча", "UA-32", "Bergamo", "Бергамо", "IT", K::Twinning, S::TwinningAgreement, 2022,
     "reconstruction healthcare", ""},
    {"Хмельницький", "UA-68", "Sheffield", "Шеффілд", "GB", K::Twinning, S::TwinningAgreement, 2022,
     "education humanitarian", ""},
    {"Суми", "UA-59", "Bolton", "Болтон", "GB", K::Friendship, S::Memorandum, 0,
     "youth_sport culture", ""},
    {"Суми", "UA-59", "Sacramento", "Сакраменто", "US", K::Partnership, S::CooperationAgreement,
     2023, "humanitarian healthcare", ""},
    {"Тернопіль", "UA-61", "Płońsk", "Плоньськ", "PL", K::Partnership, S::CooperationAgreement,
     2017, "culture youth_sport", ""},
    {"Запоріжжя", "UA-23", "Oberhausen", "Оберхаузен", "DE", K::Twinning, S::TwinningAgreement,
     1986, "energy humanitarian", ""},
    {"Одеса", "UA-51", "Mainz", "Майнц", "DE", K::Partnership, S::Negotiation, 0, "culture tourism",
     ""},
    {"Івано-Франківськ", "UA-26", "Rzeszów", "Ряшів", "PL", K::Partnership, S::CooperationAgreement,
     2000, "economy education", ""},
    {"Ірпінь", "UA-32", "Tlajomulco de Zúñiga", "Тлахомулько-де-Суніга", "MX", K::Twinning,
     S::TwinningAgreement, 2022, "reconstruction", ""},
    {"Славутич", "UA-32", "Aalborg", "Ольборг", "DK", K::Partnership, S::FirstContact, 0,
     "energy environment", "International Marathon of Local Self-Government"},
    {"Бровари", "UA-32", "Zielona Góra", "Зелена Гура", "PL", K::Partnership, S::FirstContact, 0,
     "economy", "International Marathon of Local Self-Government"},
};

struct PartnershipPlan
{
    qint64 communityId = 0;
    qint64 municipalityId = 0;
    PartnershipKind kind = PartnershipKind::Twinning;
    Stage stage = Stage::FirstContact;
    QDate firstContact, memorandum, agreement, twinning, ended;
    QString endReason, initiative, officer, notes, sources;
};

Result<qint64> addPair(Database &db, const PartnershipPlan &plan)
{
    Partnership p;
    p.communityId = plan.communityId;
    p.municipalityId = plan.municipalityId;
    p.kind = plan.kind;
    p.stage = plan.stage;
    p.firstContactOn = plan.firstContact;
    p.memorandumOn = plan.memorandum;
    p.agreementOn = plan.agreement;
    p.twinningOn = plan.twinning;
    p.endedOn = plan.ended;
    p.endReason = plan.endReason;
    p.initiative = plan.initiative;
    p.officer = plan.officer;
    p.notes = plan.notes;
    p.sources = plan.sources;
    return PartnershipRepository(db).insert(p);
}

Status addMilestone(Database &db, qint64 pair, MilestoneKind kind, const QString &title,
                    std::optional<qint64> area, const QDate &planned, bool done,
                    const QString &responsible, const QString &location = {})
{
    Milestone m;
    m.partnershipId = pair;
    m.kind = kind;
    m.title = title;
    m.areaId = area;
    m.plannedOn = planned;
    m.status = done ? MilestoneStatus::Done : MilestoneStatus::Planned;
    m.doneOn = done ? planned : QDate();
    m.responsible = responsible;
    m.location = location;
    auto id = MilestoneRepository(db).insert(m);
    return id ? Status() : Status(id.error());
}

Status addArea(Database &db, qint64 pair, qint64 area, PartnershipAreaStatus status)
{
    PartnershipArea a;
    a.partnershipId = pair;
    a.areaId = area;
    a.status = status;
    auto id = PartnershipAreaRepository(db).insert(a);
    return id ? Status() : Status(id.error());
}

Status addContact(Database &db, qint64 pair, const QString &name, const QString &role,
                  const QString &organisation, ContactSide side, const QString &email,
                  const QString &languages)
{
    Contact c;
    c.partnershipId = pair;
    c.name = name;
    c.role = role;
    c.organisation = organisation;
    c.side = side;
    c.email = email;
    c.languages = languages;
    auto id = ContactRepository(db).insert(c);
    return id ? Status() : Status(id.error());
}

Status addProject(Database &db, qint64 pair, const QString &title, std::optional<qint64> area,
                  qint64 budgetEuro, const QString &funder, ProjectStatus status,
                  const QDate &start, const QDate &end)
{
    Project p;
    p.partnershipId = pair;
    p.title = title;
    p.areaId = area;
    p.budgetMinor = budgetEuro * 100;
    p.currency = QStringLiteral("EUR");
    p.funder = funder;
    p.status = status;
    p.startOn = start;
    p.endOn = end;
    auto id = ProjectRepository(db).insert(p);
    return id ? Status() : Status(id.error());
}

#define TRY(expr)                                                                                  \
    do {                                                                                           \
        if (auto tryStatus = (expr); !tryStatus)                                                   \
            return tryStatus.error();                                                              \
    } while (false)

// Vinnytsia – Karlsruhe, the pair the demo is built around.
Result<qint64> writeVinnytsiaKarlsruhe(Database &db, const QDate &today,
                                       const QHash<QString, qint64> &areas, DemoSummary &summary)
{
    auto vinnytsia = findCommunity(db, QStringLiteral("Вінниця"), QStringLiteral("UA-05"));
    if (!vinnytsia)
        return vinnytsia.error();
    auto karlsruhe = addMunicipality(db, QStringLiteral("Karlsruhe"), QStringLiteral("Карлсруе"),
                                     QStringLiteral("DE"));
    if (!karlsruhe)
        return karlsruhe.error();
    {
        auto m = MunicipalityRepository(db).get(*karlsruhe);
        if (m) {
            m->region = QStringLiteral("Baden-Württemberg");
            TRY(MunicipalityRepository(db).update(*m));
        }
    }
    PartnershipPlan plan;
    plan.communityId = *vinnytsia;
    plan.municipalityId = *karlsruhe;
    plan.kind = PartnershipKind::Twinning;
    plan.stage = Stage::TwinningAgreement;
    plan.firstContact = QDate(2022, 6, 15);
    plan.memorandum = QDate(2022, 11, 3);
    plan.twinning = QDate(2023, 4, 22);
    plan.officer = QStringLiteral("Олена Коваленко");
    plan.notes = QStringLiteral(
        "Робочий візит делегації Вінниці до Карлсруе у 2022 році: домовленість про співпрацю в "
        "медицині, комунальному господарстві, культурі, студентських обмінах і стажуваннях молодих "
        "фахівців. Угоду про партнерство підписано в Карлсруе 22 квітня 2023 року.");
    plan.sources = QStringLiteral("https://www.karlsruhe.de/; https://www.vmr.gov.ua/");
    auto pair = addPair(db, plan);
    if (!pair)
        return pair.error();

    TRY(addArea(db, *pair, areas.value(QStringLiteral("healthcare")),
                PartnershipAreaStatus::Active));
    TRY(addArea(db, *pair, areas.value(QStringLiteral("utilities")),
                PartnershipAreaStatus::Active));
    TRY(addArea(db, *pair, areas.value(QStringLiteral("culture")), PartnershipAreaStatus::Active));
    TRY(addArea(db, *pair, areas.value(QStringLiteral("education")),
                PartnershipAreaStatus::Planned));
    TRY(addArea(db, *pair, areas.value(QStringLiteral("internships")),
                PartnershipAreaStatus::Planned));

    const QString officer = QStringLiteral("Олена Коваленко");
    TRY(addMilestone(db, *pair, MilestoneKind::Visit,
                     QStringLiteral("Робочий візит делегації Вінниці до Карлсруе"), std::nullopt,
                     QDate(2022, 11, 3), true, officer, QStringLiteral("Karlsruhe")));
    TRY(addMilestone(db, *pair, MilestoneKind::CouncilDecision,
                     QStringLiteral("Рішення міської ради про встановлення партнерських відносин"),
                     std::nullopt, QDate(2023, 3, 28), true, officer, QStringLiteral("Вінниця")));
    TRY(addMilestone(db, *pair, MilestoneKind::DocumentSigned,
                     QStringLiteral("Підписання угоди про партнерство в Карлсруе"), std::nullopt,
                     QDate(2023, 4, 22), true, officer, QStringLiteral("Karlsruhe")));
    TRY(addMilestone(db, *pair, MilestoneKind::AidDelivery,
                     QStringLiteral("Передання медичного обладнання для міської лікарні"),
                     areas.value(QStringLiteral("healthcare")), QDate(2023, 9, 12), true,
                     QStringLiteral("Андрій Мельник"), QStringLiteral("Вінниця")));
    TRY(addMilestone(
        db, *pair, MilestoneKind::Meeting,
        QStringLiteral("Зустріч фахівців водоканалів щодо модернізації насосних станцій"),
        areas.value(QStringLiteral("utilities")), today.addDays(-12), false,
        QStringLiteral("Андрій Мельник")));
    TRY(addMilestone(db, *pair, MilestoneKind::Exchange,
                     QStringLiteral("Програма студентських обмінів: перший набір"),
                     areas.value(QStringLiteral("education")), today.addDays(24), false, officer));
    TRY(addMilestone(db, *pair, MilestoneKind::Exchange,
                     QStringLiteral("Стажування молодих фахівців у міській адміністрації Карлсруе"),
                     areas.value(QStringLiteral("internships")), today.addDays(95), false,
                     officer));
    TRY(addMilestone(db, *pair, MilestoneKind::Event, QStringLiteral("Дні Карлсруе у Вінниці"),
                     areas.value(QStringLiteral("culture")), today.addDays(160), false,
                     QStringLiteral("Ірина Шевчук")));
    summary.milestones += 8;

    TRY(addContact(db, *pair, officer,
                   QStringLiteral("Начальниця відділу міжнародного співробітництва"),
                   QStringLiteral("Вінницька міська рада"), ContactSide::Ukrainian,
                   QStringLiteral("international@example.org"), QStringLiteral("uk, en, de")));
    TRY(addContact(db, *pair, QStringLiteral("Katrin Schneider"),
                   QStringLiteral("Städtepartnerschaften"), QStringLiteral("Stadt Karlsruhe"),
                   ContactSide::Partner, QStringLiteral("partnerschaften@example.org"),
                   QStringLiteral("de, en")));
    TRY(addProject(db, *pair, QStringLiteral("Обладнання для відділення інтенсивної терапії"),
                   areas.value(QStringLiteral("healthcare")), 180000,
                   QStringLiteral("Stadt Karlsruhe"), ProjectStatus::Completed, QDate(2023, 5, 1),
                   QDate(2023, 12, 31)));
    TRY(addProject(db, *pair, QStringLiteral("Енергоефективні насосні станції водоканалу"),
                   areas.value(QStringLiteral("utilities")), 420000,
                   QStringLiteral("Engagement Global / SKEW"), ProjectStatus::Active,
                   QDate(2024, 3, 1), today.addMonths(8)));
    ++summary.partnerships;
    return *pair;
}

} // namespace

namespace detail {

const char *const officers[6] = {"Олена Коваленко",  "Андрій Мельник",   "Ірина Шевчук",
                                 "Тарас Бондаренко", "Наталія Ткаченко", "Олег Кравчук"};
const char *const partnerContacts[6] = {"Anna Nowak",  "Thomas Müller", "Claire Dubois",
                                        "Marco Rossi", "Sarah Johnson", "Eva Horváth"};

Result<qint64> findCommunity(Database &db, const QString &name, const QString &oblast)
{
    CommunityRepository repo(db);
    auto rows = repo.byName(name, oblast);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("The demo community %1 (%2) is not in the catalogue.")
                               .arg(name, oblast));
    return rows->first().id;
}

Result<qint64> addMunicipality(Database &db, const QString &name, const QString &nameUk,
                               const QString &country)
{
    Municipality m;
    m.name = name;
    m.nameUk = nameUk;
    m.countryIso = country;
    auto hits = geo::Gazetteer::shipped().find(name, country);
    if (hits.isEmpty()) // "Freiburg im Breisgau" is "Freiburg" in the gazetteer
        hits = geo::Gazetteer::shipped().find(name.section(QStringLiteral(" im "), 0, 0), country);
    if (!hits.isEmpty()) {
        m.lat = hits.first()->lat;
        m.lon = hits.first()->lon;
        m.geonameId = hits.first()->geonameId;
    }
    return MunicipalityRepository(db).insert(m);
}

QHash<QString, qint64> areaIds(Database &db)
{
    QHash<QString, qint64> ids;
    auto areas = CooperationAreaRepository(db).all();
    if (areas) {
        for (const CooperationArea &a : *areas)
            ids.insert(a.code, a.id);
    }
    return ids;
}

} // namespace detail

Result<DemoSummary> writeDemo(Database &db, const QDate &today)
{
    DemoSummary summary;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const QHash<QString, qint64> areas = areaIds(db);
    auto vk = writeVinnytsiaKarlsruhe(db, today, areas, summary);
    if (!vk)
        return vk.error();

    QHash<QString, qint64> municipalities;
    int index = 0;
    for (const DemoPartnership &d : demoPairs) {
        ++index;
        auto community = findCommunity(db, QString::fromUtf8(d.community), QLatin1String(d.oblast));
        if (!community)
            return community.error();
        const QString partnerKey = QLatin1String(d.country) + QString::fromUtf8(d.partner);
        if (!municipalities.contains(partnerKey)) {
            auto m = addMunicipality(db, QString::fromUtf8(d.partner),
                                     QString::fromUtf8(d.partnerUk), QLatin1String(d.country));
            if (!m)
                return m.error();
            municipalities.insert(partnerKey, *m);
        }
        PartnershipPlan plan;
        plan.communityId = *community;
        plan.municipalityId = municipalities.value(partnerKey);
        plan.kind = d.kind;
        plan.stage = d.stage;
        plan.initiative = QString::fromUtf8(d.initiative);
        plan.officer = QString::fromUtf8(officers[index % 6]);
        const int year = d.year;
        if (year > 0) {
            plan.firstContact = QDate(year - 1, 1 + index % 12, 1 + index % 27);
            if (d.stage == Stage::TwinningAgreement)
                plan.twinning = QDate(year, 1 + (index * 5) % 12, 1 + (index * 7) % 27);
            else
                plan.agreement = QDate(year, 1 + (index * 5) % 12, 1 + (index * 7) % 27);
        } else {
            plan.firstContact = today.addDays(-200 - 37 * index);
            if (d.stage == Stage::Memorandum)
                plan.memorandum = plan.firstContact.addDays(90);
        }
        auto pair = addPair(db, plan);
        if (!pair)
            return pair.error();
        ++summary.partnerships;

        const QStringList codes = QString::fromLatin1(d.areas).split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < codes.size(); ++i)
            TRY(addArea(db, *pair, areas.value(codes[i]),
                        i == 0 ? PartnershipAreaStatus::Active : PartnershipAreaStatus::Planned));
        const std::optional<qint64> firstArea = areas.value(codes.value(0));

        // A signing, a visit, something overdue for every third pair, something due.
        const QString officer = plan.officer;
        const QDate signedOn = plan.twinning.isValid() ? plan.twinning : plan.agreement;
        if (signedOn.isValid()) {
            TRY(addMilestone(db, *pair, MilestoneKind::DocumentSigned,
                             QStringLiteral("Підписання угоди"), std::nullopt, signedOn, true,
                             officer));
            ++summary.milestones;
        }
        TRY(addMilestone(db, *pair, MilestoneKind::Visit,
                         QStringLiteral("Візит делегації партнера"), firstArea,
                         today.addDays(-90 - 11 * index), true, officer));
        TRY(addMilestone(db, *pair, MilestoneKind::Meeting,
                         QStringLiteral("Онлайн-зустріч робочої групи"), firstArea,
                         index % 3 == 0 ? today.addDays(-5 - index) : today.addDays(3 + index),
                         false, officer));
        TRY(addMilestone(db, *pair, index % 2 ? MilestoneKind::Exchange : MilestoneKind::Event,
                         index % 2 ? QStringLiteral("Обмін молодіжними делегаціями")
                                   : QStringLiteral("Спільний культурний захід"),
                         firstArea, today.addDays(40 + 13 * index), false, officer));
        summary.milestones += 3;

        TRY(addContact(db, *pair, officer, QStringLiteral("Відділ міжнародного співробітництва"),
                       QString::fromUtf8(d.community) + QStringLiteral(" — міська рада"),
                       ContactSide::Ukrainian, QString(), QStringLiteral("uk, en")));
        TRY(addContact(db, *pair, QString::fromUtf8(partnerContacts[index % 6]),
                       QStringLiteral("International relations"), QString::fromUtf8(d.partner),
                       ContactSide::Partner, QString(), QStringLiteral("en")));
        if (index % 4 == 1) {
            TRY(addProject(db, *pair, QStringLiteral("Спільний проєкт: ") + codes.value(0),
                           firstArea, 25000 + 5000 * index, QStringLiteral("EU / Interreg NEXT"),
                           ProjectStatus::Active, today.addMonths(-6), today.addMonths(6)));
        }
    }

    // A tie that ended: kept in the record with its date and reason.
    auto pryluky = findCommunity(db, QStringLiteral("Прилуки"), QStringLiteral("UA-74"));
    if (!pryluky)
        return pryluky.error();
    auto belgorod = addMunicipality(db, QStringLiteral("Belgorod"), QStringLiteral("Бєлгород"),
                                    QStringLiteral("RU"));
    if (!belgorod)
        return belgorod.error();
    PartnershipPlan ended;
    ended.communityId = *pryluky;
    ended.municipalityId = *belgorod;
    ended.kind = PartnershipKind::Twinning;
    ended.stage = Stage::Terminated;
    ended.ended = QDate(2022, 3, 1);
    ended.endReason = QStringLiteral("Відносини розірвано після повномасштабного вторгнення Росії");
    if (auto p = addPair(db, ended); !p)
        return p.error();
    ++summary.partnerships;

    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace tt::sample
