#include "app/core/repositories.h"

#include "app/core/names.h"
#include "app/core/repositorychecks.h"
#include "app/core/text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace tt {

using namespace repositorychecks;

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

} // namespace tt
