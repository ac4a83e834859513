#pragma once

// One repository per entity: the generic create/read/update/delete of
// repository.h, plus each entity's rules and the queries its views need.

#include "app/core/repository.h"

namespace tt {

class CommunityRepository : public Repository<Community>
{
public:
    using Repository::Repository;
    Result<std::optional<Community>> byKatottg(const QString &katottg) const;
    // Communities of this Ukrainian name, by id; of one oblast when it is given.
    Result<QList<Community>> byName(const QString &nameUk, const QString &oblastIso = {}) const;
    // Every community of the codifier (with a KATOTTG code), by id.
    Result<QList<Community>> fromCatalogue() const;
    // Every community by codifier code, those entered by hand first.
    Result<QList<Community>> allByCode() const;
    // Every community entered by hand (without a code), by id.
    Result<QList<Community>> handMade() const;

protected:
    void prepare(Community &row) const override;
    Status validate(const Community &row) const override;
};

class MunicipalityRepository : public Repository<Municipality>
{
public:
    using Repository::Repository;
    // Places of a country with this exact name (as stored), for matching.
    Result<QList<Municipality>> byName(const QString &name, const QString &countryIso) const;
    // Every place of a country, by id.
    Result<QList<Municipality>> inCountry(const QString &countryIso) const;

protected:
    Status validate(const Municipality &row) const override;
};

// The order of a pair's dates: first contact, memorandum, cooperation
// agreement, twinning agreement, each before its end. A date known to the month
// or the year is out of order only when it must be (PartialDate::mayPrecede).
// The message names the two dates.
Status checkDateOrder(const Partnership &row);

class PartnershipRepository : public Repository<Partnership>
{
public:
    using Repository::Repository;
    Result<std::optional<qint64>> find(qint64 communityId, qint64 municipalityId) const;
    // The pairs of one community, or of one partner, by id.
    Result<QList<Partnership>> ofCommunity(qint64 communityId) const;
    Result<QList<Partnership>> ofMunicipality(qint64 municipalityId) const;
    // The pairs between communities of this Ukrainian name and partners of this
    // name, by id (the demo finds its own pairs so).
    Result<QList<Partnership>> byNames(const QString &communityNameUk,
                                       const QString &municipalityName) const;
    // "Вінниця – Карлсруе", "Vinnytsia – Karlsruhe": as names.h shows a pair,
    // for messages and titles.
    QString pairLabel(qint64 communityId, qint64 municipalityId) const;

protected:
    Status validate(const Partnership &row) const override;
};

class CooperationAreaRepository : public Repository<CooperationArea>
{
public:
    using Repository::Repository;
    Result<QList<CooperationArea>> all() const;

protected:
    Status validate(const CooperationArea &row) const override;
};

class PartnershipAreaRepository : public Repository<PartnershipArea>
{
public:
    using Repository::Repository;
    Result<QList<PartnershipArea>> forPartnership(qint64 partnershipId) const;

protected:
    Status validate(const PartnershipArea &row) const override;
};

class MilestoneRepository : public Repository<Milestone>
{
public:
    using Repository::Repository;
    Result<QList<Milestone>> forPartnership(qint64 partnershipId) const;
    // The milestones of these kinds of every pair (the ministry's submissions
    // and answers …), by pair.
    Result<QList<Milestone>> ofKinds(const QList<MilestoneKind> &kinds) const;
    // Every milestone, by pair and id.
    Result<QList<Milestone>> allByPartnership() const;

protected:
    void prepare(Milestone &row) const override;
    Status validate(const Milestone &row) const override;
};

class ContactRepository : public Repository<Contact>
{
public:
    using Repository::Repository;
    Result<QList<Contact>> forPartnership(qint64 partnershipId) const;

protected:
    Status validate(const Contact &row) const override;
};

class ProjectRepository : public Repository<Project>
{
public:
    using Repository::Repository;
    Result<QList<Project>> forPartnership(qint64 partnershipId) const;
    Result<QList<Project>> all() const;

protected:
    void prepare(Project &row) const override;
    Status validate(const Project &row) const override;
};

class DocumentRepository : public Repository<Document>
{
public:
    using Repository::Repository;
    Result<QList<Document>> forPartnership(qint64 partnershipId) const;
    // Stores the record and its bytes together; sets size, checksum and time.
    Result<qint64> attach(Document &row, const QByteArray &content);
    Result<QByteArray> content(qint64 id) const;

protected:
    Status validate(const Document &row) const override;
};

// Agreements are saved and deleted whole (AgreementRecord): the row, the pairs
// it binds, its declared areas and its signatories, in one transaction. The
// audit row of a change is written once per bound pair, so that each pair's
// history shows it.
class AgreementRepository : public Repository<Agreement>
{
public:
    using Repository::Repository;
    Result<AgreementRecord> record(qint64 id) const;
    // The agreements binding the pair, by date of signing.
    Result<QList<AgreementRecord>> forPartnership(qint64 partnershipId) const;
    Result<QList<AgreementRecord>> all() const;
    // Every agreement with its pairs and areas, its signatories left out: what
    // the counts of the monitoring read (52,000 signatories at 100,000 pairs).
    Result<QList<AgreementRecord>> allForCounting() const;
    // Inserts (id 0, or an id that is not stored: an undone deletion) or
    // replaces the record; sets record.agreement.id.
    Result<qint64> save(AgreementRecord &record);
    Status erase(qint64 id);

protected:
    void prepare(Agreement &row) const override;
    Status validate(const Agreement &row) const override;

private:
    Result<QList<AgreementRecord>> complete(QList<Agreement> rows) const;
    Result<QList<AgreementRecord>> allRecords(bool withSignatories) const;
    Status validateRecord(const AgreementRecord &record) const;
    Status writeChildren(const AgreementRecord &record, const QList<qint64> &pairsBefore);
    Status auditRecord(const AgreementRecord &record, const QList<qint64> &pairs,
                       const QString &action);
};

class AidRepository : public Repository<Aid>
{
public:
    using Repository::Repository;
    Result<QList<Aid>> forPartnership(qint64 partnershipId) const;
    Result<QList<Aid>> all() const;

protected:
    void prepare(Aid &row) const override;
    Status validate(const Aid &row) const override;
};

class AuditLogRepository
{
public:
    explicit AuditLogRepository(Database &db)
        : m_db(db)
    {}
    // The history of a pair: its own changes and those of its areas,
    // milestones, contacts, projects and documents; newest first.
    Result<QList<AuditEntry>> forPartnership(qint64 partnershipId) const;
    Result<QList<AuditEntry>> forEntity(const QString &entity, qint64 id) const;
    Result<qint64> count() const;
    // The id of the newest entry; 0 when there is none.
    Result<qint64> lastId() const;
    // The entries after `id`, oldest first, at most `limit` of them.
    Result<QList<AuditEntry>> after(qint64 id, int limit) const;

private:
    Result<QList<AuditEntry>> query(const QString &where, const QVariantList &binds,
                                    const QString &order = QStringLiteral("id DESC")) const;
    Database &m_db;
};

} // namespace tt
