#include "app/core/repositories.h"
#include "app/core/repositorychecks.h"

#include <QHash>
#include <QSqlQuery>

// The repositories of agreements (with their parties, areas and signatories)
// and of aid; the other entities' are in repositories.cpp.

namespace tt {

using namespace repositorychecks;

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
