#pragma once

// Fast insertion of many records of one entity for imports and generated data:
// one prepared statement reused for every row, no audit row per record. The
// caller holds the Transaction, writes one audit row for the whole operation and
// announces a Reset.

#include "repository.h"

namespace tt {

template<class T>
class BulkInserter
{
public:
    explicit BulkInserter(Database &db)
        : m_db(db)
        , m_query(db.prepare(
              QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                  .arg(tableInfo<T>().table, tableInfo<T>().columns.join(u','),
                       QStringList(tableInfo<T>().columns.size(), QStringLiteral("?")).join(u','))))
    {}

    // Inserts the record and sets row.id.
    Result<qint64> add(T &row)
    {
        int i = 0;
        T::visit(row, [&](const char *, const auto &field) {
            m_query.bindValue(i++, sqlvalue::toDb(field));
        });
        if (!m_query.exec() || !m_query.next())
            return m_db.sqlError(
                m_query, QStringLiteral("Inserting into %1 failed.").arg(tableInfo<T>().table));
        row.id = m_query.value(0).toLongLong();
        m_query.finish();
        return row.id;
    }

private:
    Database &m_db;
    QSqlQuery m_query;
};

// BulkInserter for agreements: the agreement and what belongs to it (the pairs
// it binds, its areas, its signatories), one prepared statement a table. It
// checks nothing AgreementRepository::save checks: the caller writes records
// that are valid, with the expiry already derived from the term.
class BulkAgreementInserter
{
public:
    explicit BulkAgreementInserter(Database &db)
        : m_db(db)
        , m_agreements(db)
        , m_party(db.prepare(QStringLiteral(
              "INSERT INTO agreement_party (agreement_id, partnership_id) VALUES (?, ?)")))
        , m_area(db.prepare(
              QStringLiteral("INSERT INTO agreement_area (agreement_id, area_id) VALUES (?, ?)")))
        , m_signatory(db.prepare(
              QStringLiteral("INSERT INTO agreement_signatory (agreement_id, position, name, "
                             "office, represents) VALUES (?, ?, ?, ?, ?)")))
    {}

    // Inserts the record and sets record.agreement.id.
    Result<qint64> add(AgreementRecord &record)
    {
        auto id = m_agreements.add(record.agreement);
        if (!id)
            return id.error();
        const auto run = [&](QSqlQuery &q, const char *table) -> Status {
            if (!q.exec())
                return m_db.sqlError(
                    q, QStringLiteral("Inserting into %1 failed.").arg(QLatin1String(table)));
            q.finish();
            return {};
        };
        for (qint64 pair : std::as_const(record.partnershipIds)) {
            m_party.bindValue(0, *id);
            m_party.bindValue(1, pair);
            if (auto s = run(m_party, "agreement_party"); !s)
                return s.error();
        }
        for (qint64 area : std::as_const(record.areaIds)) {
            m_area.bindValue(0, *id);
            m_area.bindValue(1, area);
            if (auto s = run(m_area, "agreement_area"); !s)
                return s.error();
        }
        int position = 0;
        for (const Signatory &signatory : std::as_const(record.signatories)) {
            m_signatory.bindValue(0, *id);
            m_signatory.bindValue(1, ++position);
            m_signatory.bindValue(2, signatory.name);
            m_signatory.bindValue(3, sqlvalue::toDb(signatory.office));
            m_signatory.bindValue(4, sqlvalue::toDb(signatory.represents));
            if (auto s = run(m_signatory, "agreement_signatory"); !s)
                return s.error();
        }
        return *id;
    }

private:
    Database &m_db;
    BulkInserter<Agreement> m_agreements;
    QSqlQuery m_party;
    QSqlQuery m_area;
    QSqlQuery m_signatory;
};

} // namespace tt
