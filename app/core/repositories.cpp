#include "app/core/repositories.h"

#include "app/core/names.h"
#include "app/core/text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace tt {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct RepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(Repository)
};

Error invalid(const QString &message)
{
    return Error::make(Error::Code::Invalid, message);
}

bool exists(Database &db, const QString &table, const QString &column, const QVariant &value)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table, column));
    q.addBindValue(value);
    return q.exec() && q.next();
}

Status requirePartnership(Database &db, qint64 partnershipId, const QString &what)
{
    if (partnershipId <= 0 ||
        !exists(db, QStringLiteral("partnership"), QStringLiteral("id"), partnershipId))
        return invalid(RepositoryText::tr("%1 must belong to an existing partnership.").arg(what));
    return {};
}

Status requireArea(Database &db, const std::optional<qint64> &areaId)
{
    if (areaId && !exists(db, QStringLiteral("cooperation_area"), QStringLiteral("id"), *areaId))
        return invalid(RepositoryText::tr("The cooperation area does not exist."));
    return {};
}

// Dates that must not run backwards, with their names for the message.
// Dates known to the month or the year are out of order only when every day
// the later one may be comes before every day the earlier one may be.
Status requireOrder(const QList<std::pair<PartialDate, QString>> &dates)
{
    for (qsizetype i = 0; i < dates.size(); ++i) {
        for (qsizetype j = i + 1; j < dates.size(); ++j) {
            const auto &[earlier, earlierName] = dates[i];
            const auto &[later, laterName] = dates[j];
            if (earlier.isValid() && later.isValid() && !earlier.mayPrecede(later))
                return invalid(
                    RepositoryText::tr("The date of %1 (%2) is before the date of %3 (%4).")
                        .arg(laterName, later.toString(QLocale()), earlierName,
                             earlier.toString(QLocale())));
        }
    }
    return {};
}

} // namespace

// --- communities --------------------------------------------------------------

Result<std::optional<Community>> CommunityRepository::byKatottg(const QString &katottg) const
{
    auto rows = select(QStringLiteral("katottg = ?"), {katottg});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::nullopt : std::optional<Community>(rows->first());
}

Result<QList<Community>> CommunityRepository::byName(const QString &nameUk,
                                                     const QString &oblastIso) const
{
    if (oblastIso.isEmpty())
        return select(QStringLiteral("name_uk = ?"), {nameUk});
    return select(QStringLiteral("name_uk = ? AND oblast_iso = ?"), {nameUk, oblastIso});
}

Result<QList<Community>> CommunityRepository::fromCatalogue() const
{
    return select(QStringLiteral("katottg IS NOT NULL"));
}

Result<QList<Community>> CommunityRepository::allByCode() const
{
    return select({}, {}, QStringLiteral("katottg"));
}

Result<QList<Community>> CommunityRepository::handMade() const
{
    return select(QStringLiteral("katottg IS NULL"));
}

void CommunityRepository::prepare(Community &row) const
{
    row.nameUk = row.nameUk.trimmed();
    if (row.nameLatn.trimmed().isEmpty())
        row.nameLatn = text::transliterate(row.nameUk);
    if (row.hromadaLatn.trimmed().isEmpty() && !row.hromadaUk.isEmpty())
        row.hromadaLatn = text::transliterate(row.hromadaUk);
}

Status CommunityRepository::validate(const Community &row) const
{
    if (row.nameUk.isEmpty())
        return invalid(RepositoryText::tr("A community needs a name."));
    if (!row.oblastIso.isEmpty() &&
        !exists(m_db, QStringLiteral("oblast"), QStringLiteral("iso"), row.oblastIso))
        return invalid(RepositoryText::tr("“%1” is not an oblast code (expected UA-05, UA-30 …).")
                           .arg(row.oblastIso));
    if (!row.katottg.isEmpty()) {
        static const QRegularExpression code(QStringLiteral("^UA\\d{17}$"));
        if (!code.match(row.katottg).hasMatch())
            return invalid(RepositoryText::tr(
                               "“%1” is not a codifier (KATOTTG) code: expected UA and 17 digits.")
                               .arg(row.katottg));
        auto other = byKatottg(row.katottg);
        if (other && *other && (*other)->id != row.id)
            return Error::make(Error::Code::Duplicate,
                               RepositoryText::tr("The codifier code %1 belongs to %2 already.")
                                   .arg(row.katottg, (*other)->nameUk));
    }
    return {};
}

// --- municipalities -------------------------------------------------------------

Result<QList<Municipality>> MunicipalityRepository::byName(const QString &name,
                                                           const QString &countryIso) const
{
    return select(QStringLiteral("name = ? AND country_iso2 = ?"), {name, countryIso});
}

Result<QList<Municipality>> MunicipalityRepository::inCountry(const QString &countryIso) const
{
    return select(QStringLiteral("country_iso2 = ?"), {countryIso});
}

Status MunicipalityRepository::validate(const Municipality &row) const
{
    if (row.name.trimmed().isEmpty())
        return invalid(RepositoryText::tr("A partner municipality needs a name."));
    if (row.countryIso.isEmpty())
        return invalid(RepositoryText::tr("“%1” needs a country.").arg(row.name));
    if (!exists(m_db, QStringLiteral("country"), QStringLiteral("iso2"), row.countryIso))
        return invalid(
            RepositoryText::tr("“%1” is not a country code (ISO 3166-1 alpha-2, such as DE or PL).")
                .arg(row.countryIso));
    return {};
}

// --- partnerships ---------------------------------------------------------------

Result<std::optional<qint64>> PartnershipRepository::find(qint64 communityId,
                                                          qint64 municipalityId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id FROM partnership WHERE community_id = ? AND municipality_id = ?"));
    q.addBindValue(communityId);
    q.addBindValue(municipalityId);
    if (!q.exec())
        return m_db.sqlError(q, RepositoryText::tr("The partnership could not be looked up."));
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

Result<QList<Partnership>> PartnershipRepository::ofCommunity(qint64 communityId) const
{
    return select(QStringLiteral("community_id = ?"), {communityId});
}

Result<QList<Partnership>> PartnershipRepository::ofMunicipality(qint64 municipalityId) const
{
    return select(QStringLiteral("municipality_id = ?"), {municipalityId});
}

Result<QList<Partnership>> PartnershipRepository::byNames(const QString &communityNameUk,
                                                          const QString &municipalityName) const
{
    return select(QStringLiteral("community_id IN (SELECT id FROM community WHERE name_uk = ?) AND "
                                 "municipality_id IN (SELECT id FROM municipality WHERE name = ?)"),
                  {communityNameUk, municipalityName});
}

QString PartnershipRepository::pairLabel(qint64 communityId, qint64 municipalityId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT (SELECT name_uk FROM community WHERE id = ?), (SELECT name_latn FROM community "
        "WHERE id = ?), (SELECT name FROM municipality WHERE id = ?), (SELECT name_uk FROM "
        "municipality WHERE id = ?)"));
    for (qint64 id : {communityId, communityId, municipalityId, municipalityId})
        q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return names::pair(names::community(q.value(0).toString(), q.value(1).toString()),
                       names::partner(q.value(2).toString(), q.value(3).toString()));
}

Status checkDateOrder(const Partnership &row)
{
    if (auto s = requireOrder({{row.firstContactOn, RepositoryText::tr("first contact")},
                               {row.memorandumOn, RepositoryText::tr("the memorandum")},
                               {row.agreementOn, RepositoryText::tr("the cooperation agreement")},
                               {row.twinningOn, RepositoryText::tr("the twinning agreement")}});
        !s)
        return s;
    for (const auto &[date, name] :
         {std::pair{row.firstContactOn, RepositoryText::tr("first contact")},
          std::pair{row.memorandumOn, RepositoryText::tr("the memorandum")},
          std::pair{row.agreementOn, RepositoryText::tr("the cooperation agreement")},
          std::pair{row.twinningOn, RepositoryText::tr("the twinning agreement")}}) {
        if (auto s = requireOrder({{date, name}, {row.endedOn, RepositoryText::tr("the end")}}); !s)
            return s;
    }
    return {};
}

Status PartnershipRepository::validate(const Partnership &row) const
{
    if (row.communityId <= 0 ||
        !exists(m_db, QStringLiteral("community"), QStringLiteral("id"), row.communityId))
        return invalid(RepositoryText::tr("Choose the Ukrainian community of the partnership."));
    if (row.municipalityId <= 0 ||
        !exists(m_db, QStringLiteral("municipality"), QStringLiteral("id"), row.municipalityId))
        return invalid(RepositoryText::tr("Choose the partner municipality of the partnership."));
    auto other = find(row.communityId, row.municipalityId);
    if (!other)
        return other.error();
    if (*other && **other != row.id)
        return Error::make(Error::Code::Duplicate,
                           RepositoryText::tr("The partnership %1 is already recorded.")
                               .arg(pairLabel(row.communityId, row.municipalityId)));
    if (auto s = checkDateOrder(row); !s)
        return s;
    if (row.stage == Stage::Terminated && !row.endedOn.isValid())
        return invalid(RepositoryText::tr("A terminated partnership needs the date it ended."));
    if (row.endedOn.isValid() && row.stage != Stage::Terminated && row.stage != Stage::Suspended)
        return invalid(
            RepositoryText::tr("A partnership with an end date must be suspended or terminated."));
    return {};
}

// --- cooperation areas ----------------------------------------------------------

Result<QList<CooperationArea>> CooperationAreaRepository::all() const
{
    return select({}, {}, QStringLiteral("sort_order, id"));
}

Status CooperationAreaRepository::validate(const CooperationArea &row) const
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!codePattern.match(row.code).hasMatch())
        return invalid(RepositoryText::tr(
                           "An area code is lower-case Latin letters, digits and _ (“%1” is not).")
                           .arg(row.code));
    if (row.nameUk.trimmed().isEmpty() || row.nameEn.trimmed().isEmpty() ||
        row.nameDe.trimmed().isEmpty())
        return invalid(
            RepositoryText::tr("An area needs its name in Ukrainian, English and German."));
    if (!colorPattern.match(row.color).hasMatch())
        return invalid(
            RepositoryText::tr("“%1” is not a colour (expected #rrggbb).").arg(row.color));
    auto same = select(QStringLiteral("code = ? AND id <> ?"), {row.code, row.id});
    if (same && !same->isEmpty())
        return Error::make(Error::Code::Duplicate,
                           RepositoryText::tr("The area code “%1” is taken.").arg(row.code));
    return {};
}

// --- areas of a pair --------------------------------------------------------------

Result<QList<PartnershipArea>> PartnershipAreaRepository::forPartnership(qint64 partnershipId) const
{
    return select(QStringLiteral("partnership_id = ?"), {partnershipId});
}

Status PartnershipAreaRepository::validate(const PartnershipArea &row) const
{
    if (auto s =
            requirePartnership(m_db, row.partnershipId, RepositoryText::tr("A cooperation area"));
        !s)
        return s;
    if (auto s = requireArea(m_db, row.areaId); !s)
        return s;
    auto same = select(QStringLiteral("partnership_id = ? AND area_id = ? AND id <> ?"),
                       {row.partnershipId, row.areaId, row.id});
    if (same && !same->isEmpty())
        return Error::make(
            Error::Code::Duplicate,
            RepositoryText::tr("This cooperation area is already listed for the partnership."));
    return {};
}

// --- milestones -----------------------------------------------------------------

Result<QList<Milestone>> MilestoneRepository::forPartnership(qint64 partnershipId) const
{
    return select(QStringLiteral("partnership_id = ?"), {partnershipId},
                  QStringLiteral("coalesce(done_on, planned_on), id"));
}

Result<QList<Milestone>> MilestoneRepository::ofKinds(const QList<MilestoneKind> &kinds) const
{
    if (kinds.isEmpty())
        return QList<Milestone>();
    QStringList marks;
    QVariantList codes;
    for (MilestoneKind kind : kinds) {
        marks << QStringLiteral("?");
        codes << toCode(kind);
    }
    return select(QStringLiteral("kind IN (%1)").arg(marks.join(u',')), codes,
                  QStringLiteral("partnership_id, id"));
}

Result<QList<Milestone>> MilestoneRepository::allByPartnership() const
{
    return select({}, {}, QStringLiteral("partnership_id, id"));
}

void MilestoneRepository::prepare(Milestone &row) const
{
    row.title = row.title.trimmed();
    if (row.status == MilestoneStatus::Done && !row.doneOn.isValid())
        row.doneOn = QDate::currentDate();
    if (row.status != MilestoneStatus::Done)
        row.doneOn = QDate();
}

Status MilestoneRepository::validate(const Milestone &row) const
{
    if (auto s = requirePartnership(m_db, row.partnershipId, RepositoryText::tr("A milestone")); !s)
        return s;
    if (row.title.isEmpty())
        return invalid(RepositoryText::tr("A milestone needs a title."));
    if (!row.plannedOn.isValid() && !row.doneOn.isValid())
        return invalid(
            RepositoryText::tr("A milestone needs a planned date or the date it was done."));
    return requireArea(m_db, row.areaId);
}

// --- contacts -------------------------------------------------------------------

Result<QList<Contact>> ContactRepository::forPartnership(qint64 partnershipId) const
{
    return select(QStringLiteral("partnership_id = ?"), {partnershipId},
                  QStringLiteral("side, name"));
}

Status ContactRepository::validate(const Contact &row) const
{
    if (auto s = requirePartnership(m_db, row.partnershipId, RepositoryText::tr("A contact")); !s)
        return s;
    if (row.name.trimmed().isEmpty())
        return invalid(RepositoryText::tr("A contact needs a name."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!row.email.isEmpty() && !email.match(row.email).hasMatch())
        return invalid(RepositoryText::tr("“%1” is not an e-mail address.").arg(row.email));
    return {};
}

// --- projects -------------------------------------------------------------------

Result<QList<Project>> ProjectRepository::forPartnership(qint64 partnershipId) const
{
    return select(QStringLiteral("partnership_id = ?"), {partnershipId},
                  QStringLiteral("start_on, id"));
}

Result<QList<Project>> ProjectRepository::all() const
{
    return select({}, {}, QStringLiteral("partnership_id, start_on, id"));
}

void ProjectRepository::prepare(Project &row) const
{
    row.currency = row.currency.trimmed().toUpper();
}

Status ProjectRepository::validate(const Project &row) const
{
    if (auto s = requirePartnership(m_db, row.partnershipId, RepositoryText::tr("A project")); !s)
        return s;
    if (row.title.trimmed().isEmpty())
        return invalid(RepositoryText::tr("A project needs a title."));
    if (row.budgetMinor && *row.budgetMinor < 0)
        return invalid(RepositoryText::tr("A budget cannot be negative."));
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (row.budgetMinor && !currency.match(row.currency).hasMatch())
        return invalid(RepositoryText::tr(
            "A budget needs its currency as a three-letter code (EUR, UAH, PLN …)."));
    if (auto s = requireOrder({{row.startOn, RepositoryText::tr("the start")},
                               {row.endOn, RepositoryText::tr("the end")}});
        !s)
        return s;
    return requireArea(m_db, row.areaId);
}

// --- documents ------------------------------------------------------------------

Result<QList<Document>> DocumentRepository::forPartnership(qint64 partnershipId) const
{
    return select(QStringLiteral("partnership_id = ?"), {partnershipId},
                  QStringLiteral("added_at, id"));
}

Result<qint64> DocumentRepository::attach(Document &row, const QByteArray &content)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    row.size = content.size();
    row.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (!row.addedAt.isValid())
        row.addedAt = QDateTime::currentDateTimeUtc();
    auto id = insert(row);
    if (!id)
        return id;
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE document SET content = ? WHERE id = ?"));
    q.addBindValue(content);
    q.addBindValue(*id);
    if (!q.exec())
        return m_db.sqlError(q, RepositoryText::tr("The file could not be stored."));
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QByteArray> DocumentRepository::content(qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT content FROM document WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.sqlError(q, RepositoryText::tr("The file could not be read."));
    if (!q.next())
        return detail::notFound(tableInfo<Document>(), id);
    return q.value(0).toByteArray();
}

Status DocumentRepository::validate(const Document &row) const
{
    if (auto s = requirePartnership(m_db, row.partnershipId, RepositoryText::tr("A document")); !s)
        return s;
    if (row.name.trimmed().isEmpty())
        return invalid(RepositoryText::tr("A document needs a file name."));
    return {};
}

// --- agreements -------------------------------------------------------------------

namespace {

// The pairs, areas and signatories of the agreements whose id matches
// `agreementFilter` (an SQL condition on agreement_id), added to `records`.
enum class Signatories { Read, Skip };

Status readAgreementChildren(Database &db, QList<AgreementRecord> &records,
                             const QString &agreementFilter, const QVariantList &binds,
                             Signatories signatories = Signatories::Read)
{
    QHash<qint64, AgreementRecord *> byId;
    for (AgreementRecord &r : records)
        byId.insert(r.agreement.id, &r);
    const auto run = [&](const QString &sql, const auto &take) -> Status {
        QSqlQuery q = db.prepare(sql.arg(agreementFilter));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return db.sqlError(q, RepositoryText::tr("The agreements could not be read."));
        while (q.next()) {
            if (AgreementRecord *r = byId.value(q.value(0).toLongLong()))
                take(*r, q);
        }
        return {};
    };
    if (auto s = run(QStringLiteral("SELECT agreement_id, partnership_id FROM agreement_party "
                                    "WHERE %1 ORDER BY agreement_id, partnership_id"),
                     [](AgreementRecord &r, const QSqlQuery &q) {
                         r.partnershipIds << q.value(1).toLongLong();
                     });
        !s)
        return s;
    if (auto s = run(
            QStringLiteral("SELECT agreement_id, area_id FROM agreement_area "
                           "WHERE %1 ORDER BY agreement_id, area_id"),
            [](AgreementRecord &r, const QSqlQuery &q) { r.areaIds << q.value(1).toLongLong(); });
        !s)
        return s;
    if (signatories == Signatories::Skip)
        return {};
    return run(QStringLiteral("SELECT agreement_id, name, office, represents FROM "
                              "agreement_signatory WHERE %1 ORDER BY agreement_id, position"),
               [](AgreementRecord &r, const QSqlQuery &q) {
                   Signatory s;
                   sqlvalue::fromDb(q.value(1), s.name);
                   sqlvalue::fromDb(q.value(2), s.office);
                   sqlvalue::fromDb(q.value(3), s.represents);
                   r.signatories << s;
               });
}

QList<qint64> unitedIds(QList<qint64> a, const QList<qint64> &b)
{
    for (qint64 id : b) {
        if (!a.contains(id))
            a << id;
    }
    return a;
}

} // namespace

Result<QList<AgreementRecord>> AgreementRepository::complete(QList<Agreement> rows) const
{
    // The rows are this function's own (moved in): taken apart, not copied.
    QList<AgreementRecord> records;
    records.reserve(rows.size());
    for (Agreement &a : rows)
        records << AgreementRecord{std::move(a), {}, {}, {}};
    return records;
}

Result<AgreementRecord> AgreementRepository::record(qint64 id) const
{
    auto row = get(id);
    if (!row)
        return row.error();
    QList<AgreementRecord> records{AgreementRecord{*row, {}, {}, {}}};
    if (auto s = readAgreementChildren(m_db, records, QStringLiteral("agreement_id = ?"), {id}); !s)
        return s.error();
    return records.first();
}

Result<QList<AgreementRecord>> AgreementRepository::forPartnership(qint64 partnershipId) const
{
    auto rows = select(
        QStringLiteral("id IN (SELECT agreement_id FROM agreement_party WHERE partnership_id = ?)"),
        {partnershipId}, QStringLiteral("signed_on, id"));
    if (!rows)
        return rows.error();
    auto records = complete(std::move(*rows));
    if (auto s = readAgreementChildren(
            m_db, *records,
            QStringLiteral("agreement_id IN (SELECT agreement_id FROM agreement_party WHERE "
                           "partnership_id = ?)"),
            {partnershipId});
        !s)
        return s.error();
    return records;
}

Result<QList<AgreementRecord>> AgreementRepository::all() const
{
    return allRecords(true);
}

Result<QList<AgreementRecord>> AgreementRepository::allForCounting() const
{
    return allRecords(false);
}

Result<QList<AgreementRecord>> AgreementRepository::allRecords(bool withSignatories) const
{
    auto rows = select({}, {}, QStringLiteral("signed_on, id"));
    if (!rows)
        return rows.error();
    auto records = complete(std::move(*rows));
    if (auto s = readAgreementChildren(m_db, *records, QStringLiteral("1 = 1"), {},
                                       withSignatories ? Signatories::Read : Signatories::Skip);
        !s)
        return s.error();
    return records;
}

void AgreementRepository::prepare(Agreement &row) const
{
    row.number = row.number.trimmed();
    row.title = row.title.trimmed();
    if (row.termYears && *row.termYears > 0 && row.signedOn.isValid() && !row.expiresOn.isValid())
        row.expiresOn = row.signedOn.addYears(static_cast<int>(*row.termYears)).addDays(-1);
}

Status AgreementRepository::validate(const Agreement &row) const
{
    if (row.termYears && *row.termYears <= 0)
        return invalid(
            RepositoryText::tr("The term of an agreement is a number of years, at least 1."));
    return requireOrder({{row.signedOn, RepositoryText::tr("signing")},
                         {row.expiresOn, RepositoryText::tr("expiry")}});
}

Status AgreementRepository::validateRecord(const AgreementRecord &record) const
{
    if (record.partnershipIds.isEmpty())
        return invalid(RepositoryText::tr("An agreement must bind at least one partnership."));
    for (qint64 id : record.partnershipIds) {
        if (auto s = requirePartnership(m_db, id, RepositoryText::tr("An agreement")); !s)
            return s;
    }
    for (qint64 id : record.areaIds) {
        if (auto s = requireArea(m_db, id); !s)
            return s;
    }
    for (const Signatory &s : record.signatories) {
        if (s.name.trimmed().isEmpty())
            return invalid(RepositoryText::tr("Every signatory of an agreement needs a name."));
    }
    return {};
}

Status AgreementRepository::writeChildren(const AgreementRecord &record,
                                          const QList<qint64> &pairsBefore)
{
    const qint64 id = record.agreement.id;
    for (const char *table : {"agreement_area", "agreement_signatory"}) {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("DELETE FROM %1 WHERE agreement_id = ?").arg(QLatin1String(table)));
        q.addBindValue(id);
        if (!q.exec())
            return m_db.sqlError(q, RepositoryText::tr("The agreement could not be saved."));
    }
    const auto insertPair = [&](const QString &sql, qint64 other) -> Status {
        QSqlQuery q = m_db.prepare(sql);
        q.addBindValue(id);
        q.addBindValue(other);
        if (!q.exec())
            return m_db.sqlError(q, RepositoryText::tr("The agreement could not be saved."));
        return {};
    };
    // The pairs bound already stay as they are: the new ones are bound first,
    // then the dropped ones released. On a server binding a pair needs the
    // right to the agreement, which the pairs it binds meanwhile still give.
    QList<qint64> seen = pairsBefore;
    for (qint64 pair : record.partnershipIds) {
        if (seen.contains(pair))
            continue;
        seen << pair;
        if (auto s = insertPair(QStringLiteral("INSERT INTO agreement_party (agreement_id, "
                                               "partnership_id) VALUES (?, ?)"),
                                pair);
            !s)
            return s;
    }
    for (qint64 pair : pairsBefore) {
        if (record.partnershipIds.contains(pair))
            continue;
        if (auto s = insertPair(QStringLiteral("DELETE FROM agreement_party WHERE agreement_id = "
                                               "? AND partnership_id = ?"),
                                pair);
            !s)
            return s;
    }
    seen.clear();
    for (qint64 area : record.areaIds) {
        if (seen.contains(area))
            continue;
        seen << area;
        if (auto s = insertPair(
                QStringLiteral("INSERT INTO agreement_area (agreement_id, area_id) VALUES (?, ?)"),
                area);
            !s)
            return s;
    }
    int position = 0;
    for (const Signatory &signatory : record.signatories) {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("INSERT INTO agreement_signatory (agreement_id, position, name, office, "
                           "represents) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(++position);
        q.addBindValue(signatory.name.trimmed());
        q.addBindValue(sqlvalue::toDb(signatory.office));
        q.addBindValue(sqlvalue::toDb(signatory.represents.trimmed()));
        if (!q.exec())
            return m_db.sqlError(q, RepositoryText::tr("The agreement could not be saved."));
    }
    return {};
}

Status AgreementRepository::auditRecord(const AgreementRecord &record, const QList<qint64> &pairs,
                                        const QString &action)
{
    QJsonObject changes;
    changes.insert(QStringLiteral("kind"), toCode(record.agreement.kind));
    changes.insert(QStringLiteral("number"), record.agreement.number);
    changes.insert(QStringLiteral("signed_on"),
                   jsonValue(sqlvalue::toDb(record.agreement.signedOn)));
    QJsonArray parties, areas, signatories;
    for (qint64 id : record.partnershipIds)
        parties << id;
    for (qint64 id : record.areaIds)
        areas << id;
    for (const Signatory &s : record.signatories)
        signatories << s.name;
    changes.insert(QStringLiteral("partnerships"), parties);
    changes.insert(QStringLiteral("areas"), areas);
    changes.insert(QStringLiteral("signatories"), signatories);
    for (qint64 pair : pairs) {
        if (auto s = writeAudit(m_db, QStringLiteral("agreement"), record.agreement.id, pair,
                                action, changes);
            !s)
            return s;
    }
    return {};
}

Result<qint64> AgreementRepository::save(AgreementRecord &record)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto s = validateRecord(record); !s)
        return s.error();
    QList<qint64> pairsBefore;
    bool stored = false;
    if (record.agreement.id > 0) {
        auto old = this->record(record.agreement.id);
        if (old) {
            stored = true;
            pairsBefore = old->partnershipIds;
        } else if (old.error().code != Error::Code::NotFound) {
            return old.error();
        }
    }
    if (stored) {
        if (auto s = update(record.agreement); !s)
            return s.error();
        // The derived expiry is written by update(); read it back.
        if (auto row = get(record.agreement.id))
            record.agreement = *row;
    } else {
        if (auto id = insert(record.agreement); !id)
            return id.error();
    }
    if (auto s = writeChildren(record, pairsBefore); !s)
        return s.error();
    const QList<qint64> pairs = unitedIds(pairsBefore, record.partnershipIds);
    if (auto s = auditRecord(record, pairs,
                             stored ? QStringLiteral("update") : QStringLiteral("insert"));
        !s)
        return s.error();
    tx.notify({Entity::Agreement,
               stored ? ChangeSet::Kind::Updated : ChangeSet::Kind::Inserted,
               {record.agreement.id},
               {},
               pairs});
    if (auto s = tx.commit(); !s)
        return s.error();
    return record.agreement.id;
}

Status AgreementRepository::erase(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto old = record(id);
    if (!old)
        return old.error();
    if (auto s = remove(id); !s)
        return s;
    if (auto s = auditRecord(*old, old->partnershipIds, QStringLiteral("delete")); !s)
        return s;
    tx.notify({Entity::Agreement, ChangeSet::Kind::Removed, {id}, {}, old->partnershipIds});
    return tx.commit();
}

// --- aid ------------------------------------------------------------------------

Result<QList<Aid>> AidRepository::forPartnership(qint64 partnershipId) const
{
    return select(QStringLiteral("partnership_id = ?"), {partnershipId},
                  QStringLiteral("received_on, id"));
}

Result<QList<Aid>> AidRepository::all() const
{
    return select({}, {}, QStringLiteral("received_on, id"));
}

void AidRepository::prepare(Aid &row) const
{
    row.description = row.description.trimmed();
    row.currency = row.currency.trimmed().toUpper();
}

Status AidRepository::validate(const Aid &row) const
{
    if (auto s = requirePartnership(m_db, row.partnershipId, RepositoryText::tr("Aid")); !s)
        return s;
    if (row.description.isEmpty())
        return invalid(RepositoryText::tr("Say what the aid was (for example, two generators)."));
    if (row.valueMinor && *row.valueMinor < 0)
        return invalid(RepositoryText::tr("The value of aid cannot be negative."));
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (row.valueMinor && !currency.match(row.currency).hasMatch())
        return invalid(RepositoryText::tr(
            "A value needs its currency as a three-letter code (EUR, UAH, PLN …)."));
    return {};
}

} // namespace tt
