#pragma once

// Writing many records at once, for an import and for generated data: one
// INSERT prepared once and reused for every row, on SQLite through its own API
// (NativeInsert) and many rows to a statement (BulkWriter). What is written so
// is not checked by the repositories' rules, leaves no audit row per record and
// announces nothing: the caller holds the Transaction, writes one audit row for
// the whole operation and announces a Reset.
//
// Measured (docs/performance.md, bench_import): binding through SQLite's own
// API instead of a QVariant per value through the driver, and 32 rows to a
// statement, is what lets an import of 100,000 pairs store them in about the
// time SQLite's own .import takes for a plain table.

#include "app/core/repository.h"

namespace tt {

// An INSERT prepared once and run for many rows on SQLite's own API: without a
// QVariant round trip through the driver per value, an import of 100,000 pairs
// writes several times faster than through QSqlQuery. On other engines it runs
// through QSqlQuery.
class NativeInsert
{
public:
    // `rows` rows of the columns to a statement, each row's parameters after
    // those of the row before; more than one only on SQLite.
    NativeInsert(Database &db, const QString &table, const QStringList &columns, int rows = 1);
    ~NativeInsert();
    NativeInsert(const NativeInsert &) = delete;
    NativeInsert &operator=(const NativeInsert &) = delete;

    // Binds the value of column `index` (0-based) for the next run().
    void bind(int index, const QVariant &value);
    // The same without a QVariant, for the fields of a record: empty text and
    // invalid dates bind NULL, dates bind as ISO 8601 text (sqlvalue.h).
    void bindInt(int index, qint64 value);
    void bindText(int index, const QString &value);
    void bindDate(int index, const QDate &value);
    void bindReal(int index, std::optional<double> value);
    // Text of ASCII characters that lives as long as the program: the code of
    // an enum value, bound where it is.
    void bindCode(int index, const char *code);
    // Inserts the bound rows; returns the id of the last.
    Result<qint64> run();

private:
    // Binds UTF-8 text that stays where it is until the row has run.
    void bindUtf8(int index, const char *text, qsizetype size);
    // Binds NULL unless the column holds it already: bindings outlive a
    // statement's reset, and binding NULL again costs as much as a value (a
    // pair leaves most of its columns empty).
    void bindNull(int index);

    Database &m_db;
    QString m_table;
    // The UTF-8 of the text bound to each column, kept until run(): SQLite reads
    // it in place rather than copying and converting it, and the buffers are
    // reused from row to row.
    QList<QByteArray> m_text;
    QList<bool> m_null;       // what each column holds now: NULL or a value
    void *m_handle = nullptr; // sqlite3 *
    void *m_stmt = nullptr;   // sqlite3_stmt *
    QSqlQuery m_fallback;
};

namespace detail {

// Binds a field of a record to parameter `index` of an insert.
template<class V>
void bindField(NativeInsert &insert, int index, const V &value)
{
    if constexpr (std::is_same_v<V, QString>)
        insert.bindText(index, value);
    else if constexpr (std::is_same_v<V, QDate>)
        insert.bindDate(index, value);
    else if constexpr (std::is_same_v<V, qint64> || std::is_same_v<V, int> ||
                       std::is_same_v<V, bool>)
        insert.bindInt(index, value);
    else if constexpr (std::is_enum_v<V>)
        insert.bindCode(index, EnumTraits<V>::rawCode(value));
    else if constexpr (std::is_same_v<V, std::optional<double>>)
        insert.bindReal(index, value);
    else if constexpr (std::is_same_v<V, std::optional<qint64>>)
        value ? insert.bindInt(index, *value) : insert.bind(index, QVariant());
    else
        insert.bind(index, sqlvalue::toDb(value));
}

// The id the next record of `table` takes on SQLite: one past the largest, as
// SQLite itself would give it (no table of ours uses AUTOINCREMENT).
Result<qint64> nextSqliteId(Database &db, const QString &table);

} // namespace detail

// The one way of inserting many records of one entity: an import's pairs and
// places, the generated data. No audit row per record and no check of the
// repository's rules: the caller holds the Transaction, writes valid records,
// writes one audit row for the whole operation and announces a Reset.
//
// On SQLite the records take their ids from here, the ids SQLite would give
// them, and go in rowsPerStatement rows to a statement: what a statement costs
// apart from its rows (its cursors opened and closed, its program started) is
// then shared by that many. A statement that fails changes nothing, and its
// rows are written again one by one, so that the one that fails is known. On a
// server each row is inserted alone and its id read back.
template<class T>
class BulkWriter
{
public:
    static constexpr int rowsPerStatement = 32;

    explicit BulkWriter(Database &db)
        : m_db(db)
        , m_sqlite(db.dialect().isSqlite())
        , m_columnCount(static_cast<int>(columns(m_sqlite).size()))
        , m_one(db, tableInfo<T>().table, columns(m_sqlite))
    {
        if (m_sqlite)
            m_many.emplace(db, tableInfo<T>().table, columns(true), rowsPerStatement);
    }

    // Reads the id the next record takes, inside the caller's transaction and
    // on the connection's thread; insert() may then run on another.
    Status start()
    {
        if (!m_sqlite)
            return {};
        auto next = detail::nextSqliteId(m_db, tableInfo<T>().table);
        if (!next)
            return next.error();
        m_nextId = *next;
        return {};
    }

    // Inserts rowAt(0) … rowAt(count - 1) (each a T &) and sets their ids. When
    // a row cannot be stored, *failed is its index, and the rows before it are
    // stored.
    template<class RowAt>
    Status insert(qsizetype count, RowAt &&rowAt, qsizetype *failed)
    {
        Q_ASSERT(!m_sqlite || m_nextId > 0); // start()
        qsizetype i = 0;
        if (m_many) {
            for (; i + rowsPerStatement <= count; i += rowsPerStatement) {
                for (int k = 0; k < rowsPerStatement; ++k)
                    bindRow(*m_many, k, rowAt(i + k), m_nextId + k);
                if (!m_many->run())
                    break; // nothing of it was stored: one by one below
                for (int k = 0; k < rowsPerStatement; ++k)
                    rowAt(i + k).id = m_nextId++;
            }
        }
        for (; i < count; ++i) {
            T &row = rowAt(i);
            bindRow(m_one, 0, row, m_nextId);
            auto id = m_one.run();
            if (!id) {
                *failed = i;
                return id.error();
            }
            row.id = m_sqlite ? m_nextId++ : *id;
        }
        return {};
    }

    // Inserts one record and sets row.id; the first call reads the id the
    // next record takes (start()). Every record of the table written in the
    // transaction goes through this one writer, which counts the ids.
    Result<qint64> add(T &row)
    {
        if (m_sqlite && m_nextId == 0) {
            if (auto s = start(); !s)
                return s.error();
        }
        qsizetype failed = 0;
        if (auto s = insert(
                1, [&](qsizetype) -> T & { return row; }, &failed);
            !s)
            return s.error();
        return row.id;
    }

private:
    static QStringList columns(bool withId)
    {
        return withId ? QStringList{QStringLiteral("id")} + tableInfo<T>().columns
                      : tableInfo<T>().columns;
    }
    // Binds `row` to the parameters of row `slot` of a statement, with `id` on
    // SQLite.
    void bindRow(NativeInsert &insert, int slot, const T &row, qint64 id)
    {
        int i = slot * m_columnCount;
        if (m_sqlite)
            insert.bindInt(i++, id);
        T::visit(row,
                 [&](const char *, const auto &field) { detail::bindField(insert, i++, field); });
    }

    Database &m_db;
    const bool m_sqlite;
    const int m_columnCount; // of a row, its id included on SQLite
    NativeInsert m_one;
    std::optional<NativeInsert> m_many;
    qint64 m_nextId = 0;
};

// The agreements of generated data with what belongs to each (the pairs it
// binds, its areas, its signatories): the agreement through a BulkWriter, the
// rows that belong to it with one prepared statement a table. It checks nothing
// AgreementRepository::save checks: the caller writes records that are valid,
// with the expiry already derived from the term.
class AgreementBulkWriter
{
public:
    explicit AgreementBulkWriter(Database &db);
    AgreementBulkWriter(const AgreementBulkWriter &) = delete;
    AgreementBulkWriter &operator=(const AgreementBulkWriter &) = delete;

    // Inserts the record and sets record.agreement.id.
    Result<qint64> add(AgreementRecord &record);

private:
    Database &m_db;
    BulkWriter<Agreement> m_agreements;
    QSqlQuery m_party;
    QSqlQuery m_area;
    QSqlQuery m_signatory;
};

} // namespace tt
