#pragma once

// The records of the data model. Each struct names its table and lists its
// columns once, in visit(); the generic repository (repository.h) reads, writes,
// compares and audits records from that one list.

#include "app/core/changenotifier.h"
#include "app/core/domain.h"
#include "app/core/partialdate.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tt {

// The Ukrainian side of a pair: a territorial community (громада), shown by the
// name of its centre (Вінниця), with the codifier's own name (Вінницька).
struct Community
{
    static constexpr const char *table = "community";
    static constexpr Entity entity = Entity::Community;

    qint64 id = 0;
    QString katottg;
    QString category;    // H territorial community, K city with special status
    QString nameUk;      // the centre: Вінниця
    QString nameLatn;    // Vinnytsia
    QString hromadaUk;   // Вінницька
    QString hromadaLatn; // Vinnytska
    QString raionUk;
    QString oblastIso; // UA-05
    std::optional<double> lat;
    std::optional<double> lon;
    std::optional<qint64> geonameId;
    QString aliases; // former or other names, separated by "; "
    QString notes;

    template<class Self, class Visitor>
    static void visit(Self &s, Visitor &&v)
    {
        v("katottg", s.katottg);
        v("category", s.category);
        v("name_uk", s.nameUk);
        v("name_latn", s.nameLatn);
        v("hromada_uk", s.hromadaUk);
        v("hromada_latn", s.hromadaLatn);
        v("raion_uk", s.raionUk);
        v("oblast_iso", s.oblastIso);
        v("lat", s.lat);
        v("lon", s.lon);
        v("geonameid", s.geonameId);
        v("aliases", s.aliases);
        v("notes", s.notes);
    }
};

// A foreign partner: a city, a county or a district.
struct Municipality
{
    static constexpr const char *table = "municipality";
    static constexpr Entity entity = Entity::Municipality;

    qint64 id = 0;
    QString name;       // as commonly written in Latin script: Karlsruhe, Kraków
    QString nameLocal;  // in the partner's language, when it differs
    QString nameUk;     // in Ukrainian: Карлсруе
    QString countryIso; // ISO 3166-1 alpha-2
    QString region;
    std::optional<double> lat;
    std::optional<double> lon;
    std::optional<qint64> geonameId;
    QString notes;

    template<class Self, class Visitor>
    static void visit(Self &s, Visitor &&v)
    {
        v("name", s.name);
        v("name_local", s.nameLocal);
        v("name_uk", s.nameUk);
        v("country_iso2", s.countryIso);
        v("region", s.region);
        v("lat", s.lat);
        v("lon", s.lon);
        v("geonameid", s.geonameId);
        v("notes", s.notes);
    }
};

struct Partnership
{
    static constexpr const char *table = "partnership";
    static constexpr Entity entity = Entity::Partnership;

    qint64 id = 0;
    qint64 communityId = 0;
    qint64 municipalityId = 0;
    PartnershipKind kind = PartnershipKind::Twinning;
    Stage stage = Stage::FirstContact;
    // Known to the day, the month or the year (lists of twin towns give a year).
    PartialDate firstContactOn;
    PartialDate memorandumOn;
    PartialDate agreementOn;
    PartialDate twinningOn;
    PartialDate endedOn;
    QString endReason;
    QString initiative; // programme, e.g. International Marathon of Local Self-Government
    QString officer;    // responsible officer
    QDate reviewedOn;
    QString reviewedBy;
    QString notes;
    QString sources;
    // Optimistic locking: the version read with the record; an update fails with
    // Error::Code::Conflict when the stored one has moved on meanwhile. Not a
    // visited column: exports and imports never see it.
    qint64 rowVersion = 0;

    template<class Self, class Visitor>
    static void visit(Self &s, Visitor &&v)
    {
        v("community_id", s.communityId);
        v("municipality_id", s.municipalityId);
        v("kind", s.kind);
        v("stage", s.stage);
        v("first_contact_on", s.firstContactOn);
        v("memorandum_on", s.memorandumOn);
        v("agreement_on", s.agreementOn);
        v("twinning_on", s.twinningOn);
        v("ended_on", s.endedOn);
        v("end_reason", s.endReason);
        v("initiative", s.initiative);
        v("officer", s.officer);
        v("reviewed_on", s.reviewedOn);
        v("reviewed_by", s.reviewedBy);
        v("notes", s.notes);
        v("sources", s.sources);
    }
};

// An entry of the user-editable catalogue of cooperation areas.
struct CooperationArea
{
    static constexpr const char *table = "cooperation_area";
    static constexpr Entity entity = Entity::CooperationArea;

    qint64 id = 0;
    QString code;
    QString nameUk;
    QString nameEn;
    QString nameDe;
    QString color; // #rrggbb
    int sortOrder = 0;
    bool archived = false;

    template<class Self, class Visitor>
    static void visit(Self &s, Visitor &&v)
    {
        v("code", s.code);
        v("name_uk", s.nameUk);
        v("name_en", s.nameEn);
        v("name_de", s.nameDe);
        v("color", s.color);
        v("sort_order", s.sortOrder);
        v("archived", s.archived);
    }
};

struct PartnershipArea
{
    static constexpr const char *table = "partnership_area";
    static constexpr Entity entity = Entity::PartnershipArea;

    qint64 id = 0;
    qint64 partnershipId = 0;
    qint64 areaId = 0;
    PartnershipAreaStatus status = PartnershipAreaStatus::Planned;
    QString notes;

    qint64 rowVersion = 0; // optimistic locking (format 10); not in visit()

    template<class Self, class Visitor>
    static void visit(Self &s, Visitor &&v)
    {
        v("partnership_id", s.partnershipId);
        v("area_id", s.areaId);
        v("status", s.status);
        v("notes", s.notes);
    }
};

struct Milestone
{
    static constexpr const char *table = "milestone";
    static constexpr Entity entity = Entity::Milestone;

    qint64 id = 0;
    qint64 partnershipId = 0;
    MilestoneKind kind = MilestoneKind::Other;
    QString title;
    std::optional<qint64> areaId;
    QDate plannedOn;
    QDate doneOn;
    MilestoneStatus status = MilestoneStatus::Planned;
    QString responsible;
    QString location;
    QString notes;
    QString documentNumber; // of an approval step: the order, the decision, the register entry

    // Planned, not done, and its date has passed.
    bool isOverdue(const QDate &today) const
    {
        return status == MilestoneStatus::Planned && plannedOn.isValid() && plannedOn < today;
    }

    qint64 rowVersion = 0; // optimistic locking (format 10); not in visit()

    template<class Self, class Visitor>
    static void visit(Self &s, Visitor &&v)
    {
        v("partnership_id", s.partnershipId);
        v("kind", s.kind);
        v("title", s.title);
        v("area_id", s.areaId);
        v("planned_on", s.plannedOn);
        v("done_on", s.doneOn);
        v("status", s.status);
        v("responsible", s.responsible);
        v("location", s.location);
        v("notes", s.notes);
        v("document_number", s.documentNumber);
    }
};

struct Contact
{
    static constexpr const char *table = "contact";
    static constexpr Entity entity = Entity::Contact;

    qint64 id = 0;
    qint64 partnershipId = 0;
    QString name;
    QString role;
    QString organisation;
    ContactSide side = ContactSide::Ukrainian;
    QString email;
    QString phone;
    QString languages; // ISO 639-1 codes, "uk, en, de"
    QString notes;

    qint64 rowVersion = 0; // optimistic locking (format 10); not in visit()

    template<class Self, class Visitor>
    static void visit(Self &s, Visitor &&v)
    {
        v("partnership_id", s.partnershipId);
        v("name", s.name);
        v("role", s.role);
        v("organisation", s.organisation);
        v("side", s.side);
        v("email", s.email);
        v("phone", s.phone);
        v("languages", s.languages);
        v("notes", s.notes);
    }
};

struct Project
{
    static constexpr const char *table = "project";
    static constexpr Entity entity = Entity::Project;

    qint64 id = 0;
    qint64 partnershipId = 0;
    QString title;
    std::optional<qint64> areaId;
    std::optional<qint64> budgetMinor; // in cents (minor units of the currency)
    QString currency;                  // ISO 4217: EUR, UAH, PLN …
    QString funder;
    ProjectStatus status = ProjectStatus::Proposed;
    QDate startOn;
    QDate endOn;
    QString notes;

    qint64 rowVersion = 0; // optimistic locking (format 10); not in visit()

    template<class Self, class Visitor>
    static void visit(Self &s, Visitor &&v)
    {
        v("partnership_id", s.partnershipId);
        v("title", s.title);
        v("area_id", s.areaId);
        v("budget_minor", s.budgetMinor);
        v("currency", s.currency);
        v("funder", s.funder);
        v("status", s.status);
        v("start_on", s.startOn);
        v("end_on", s.endOn);
        v("notes", s.notes);
    }
};

// A file kept inside the database. The bytes are not part of the record: they
// are written and read on their own (DocumentRepository), so that listing the
// documents of a pair never loads them.
struct Document
{
    static constexpr const char *table = "document";
    static constexpr Entity entity = Entity::Document;

    qint64 id = 0;
    qint64 partnershipId = 0;
    QString name; // file name
    DocumentType type = DocumentType::Other;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QDateTime addedAt;
    QString notes;

    qint64 rowVersion = 0; // optimistic locking (format 10); not in visit()

    template<class Self, class Visitor>
    static void visit(Self &s, Visitor &&v)
    {
        v("partnership_id", s.partnershipId);
        v("name", s.name);
        v("type", s.type);
        v("mime_type", s.mimeType);
        v("size", s.size);
        v("sha256", s.sha256);
        v("added_at", s.addedAt);
        v("notes", s.notes);
    }
};

// An agreement, stored once however many pairs it binds: a trilateral
// agreement Хотин – Żagań – Teltow binds the pairs Хотин – Żagań and
// Хотин – Teltow (AgreementRecord::partnershipIds).
struct Agreement
{
    static constexpr const char *table = "agreement";
    static constexpr Entity entity = Entity::Agreement;

    qint64 id = 0;
    AgreementKind kind = AgreementKind::Cooperation;
    QString number;
    QString title;
    QDate signedOn;
    std::optional<qint64> termYears; // none: concluded for an indefinite term
    QDate expiresOn;                 // the last day in force; derived from the term when empty
    QString notes;

    // Signed by `date` and not expired on it.
    bool isInForce(const QDate &date) const
    {
        return signedOn.isValid() && signedOn <= date &&
               (!expiresOn.isValid() || date <= expiresOn);
    }

    qint64 rowVersion = 0; // optimistic locking (format 10); not in visit()

    template<class Self, class Visitor>
    static void visit(Self &s, Visitor &&v)
    {
        v("kind", s.kind);
        v("number", s.number);
        v("title", s.title);
        v("signed_on", s.signedOn);
        v("term_years", s.termYears);
        v("expires_on", s.expiresOn);
        v("notes", s.notes);
    }
};

// A person who signed an agreement, and for which side.
struct Signatory
{
    QString name;
    SignatoryOffice office = SignatoryOffice::Mayor;
    QString represents; // the place: Хотин, Żagań
    bool operator==(const Signatory &) const = default;
};

// An agreement with what belongs to it: the pairs it binds, the cooperation
// areas it declares and its signatories. Saved and deleted as one.
struct AgreementRecord
{
    Agreement agreement;
    QList<qint64> partnershipIds;
    QList<qint64> areaIds;
    QList<Signatory> signatories;
};

// Aid received through a partnership: goods, equipment, money.
struct Aid
{
    static constexpr const char *table = "aid";
    static constexpr Entity entity = Entity::Aid;

    qint64 id = 0;
    qint64 partnershipId = 0;
    QString description;              // what: two fire engines, a generator …
    std::optional<qint64> valueMinor; // in cents (minor units of the currency)
    QString currency;                 // ISO 4217
    QDate receivedOn;
    QString acceptanceDocument; // the act of acceptance: number and date as written
    QString notes;

    qint64 rowVersion = 0; // optimistic locking (format 10); not in visit()

    template<class Self, class Visitor>
    static void visit(Self &s, Visitor &&v)
    {
        v("partnership_id", s.partnershipId);
        v("description", s.description);
        v("value_minor", s.valueMinor);
        v("currency", s.currency);
        v("received_on", s.receivedOn);
        v("acceptance_document", s.acceptanceDocument);
        v("notes", s.notes);
    }
};

// One change as the audit log keeps it.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString entity; // table name
    qint64 entityId = 0;
    qint64 partnershipId = 0; // the pair the record belongs to, 0 when none
    QString action;           // insert, update, delete, or a bulk operation
    QString changes;          // JSON
};

} // namespace tt
