#include "repositories.h"

#include "text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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

QString shownDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
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
Status requireOrder(const QList<std::pair<QDate, QString>> &dates)
{
    for (qsizetype i = 0; i < dates.size(); ++i) {
        for (qsizetype j = i + 1; j < dates.size(); ++j) {
            const auto &[earlier, earlierName] = dates[i];
            const auto &[later, laterName] = dates[j];
            if (earlier.isValid() && later.isValid() && later < earlier)
                return invalid(
                    RepositoryText::tr("The date of %1 (%2) is before the date of %3 (%4).")
                        .arg(laterName, shownDate(later), earlierName, shownDate(earlier)));
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

QString PartnershipRepository::pairLabel(qint64 communityId, qint64 municipalityId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT (SELECT name_uk FROM community WHERE id = "
                                              "?), (SELECT name FROM municipality WHERE id = ?)"));
    q.addBindValue(communityId);
    q.addBindValue(municipalityId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString() + QStringLiteral(" – ") + q.value(1).toString();
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
    if (row.stage == Stage::Terminated && !row.endedOn.isValid())
        return invalid(RepositoryText::tr("A terminated partnership needs the date it ended."));
    if (row.endedOn.isValid() && row.stage != Stage::Terminated && row.stage != Stage::Suspended)
        return invalid(
            RepositoryText::tr("A partnership with an end date must be suspended or terminated."));
    return {};
}

// --- cooperation areas ----------------------------------------------------------

Result<QList<CooperationArea>> AreaRepository::all() const
{
    return select({}, {}, QStringLiteral("sort_order, id"));
}

Status AreaRepository::validate(const CooperationArea &row) const
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

// --- audit log ------------------------------------------------------------------

Result<QList<AuditEntry>> AuditLogRepository::query(const QString &where,
                                                    const QVariantList &binds) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id, at, actor, entity, entity_id, action, changes "
                                    "FROM audit_log WHERE ") +
                     where + QStringLiteral(" ORDER BY id DESC"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return m_db.sqlError(q, RepositoryText::tr("The history could not be read."));
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        sqlvalue::fromDb(q.value(1), e.at);
        e.actor = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.changes = q.value(6).toString();
        out << e;
    }
    return out;
}

Result<QList<AuditEntry>> AuditLogRepository::forPartnership(qint64 partnershipId) const
{
    return query(QStringLiteral("partnership_id = ?"), {partnershipId});
}

Result<QList<AuditEntry>> AuditLogRepository::forEntity(const QString &entity, qint64 id) const
{
    return query(QStringLiteral("entity = ? AND entity_id = ?"), {entity, id});
}

Result<qint64> AuditLogRepository::count() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!q.exec() || !q.next())
        return m_db.sqlError(q, RepositoryText::tr("The history could not be read."));
    return q.value(0).toLongLong();
}

} // namespace tt
