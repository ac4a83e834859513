#pragma once

// Writes for imports and restores that the generic repository does not offer:
// records that keep the id they had in a backup, the bytes of a document, and
// the one audit row that stands for a whole import. The caller holds the
// Transaction; nothing here announces changes.

#include "repository.h"

namespace tt {

// Inserts records with their own ids, or overwrites the record of that id (the
// catalogue of areas a new database is seeded with), reusing one statement.
template<class T>
class BulkRestorer
{
public:
    explicit BulkRestorer(Database &db)
        : m_db(db)
        , m_query(db.prepare(statement()))
    {}
    // Moves the table's id generator past the restored ids (on a server; SQLite
    // does it by itself). A failure here means the transaction failed already.
    ~BulkRestorer()
    {
        if (const QString sql = m_db.dialect().resyncIds(tableInfo<T>().table); !sql.isEmpty())
            (void)m_db.exec(sql);
    }
    BulkRestorer(const BulkRestorer &) = delete;
    BulkRestorer &operator=(const BulkRestorer &) = delete;

    Status put(const T &row)
    {
        m_query.bindValue(0, row.id);
        int i = 1;
        T::visit(row, [&](const char *, const auto &field) {
            m_query.bindValue(i++, sqlvalue::toDb(field));
        });
        if (!m_query.exec())
            return m_db.sqlError(
                m_query, QStringLiteral("Restoring a row of %1 failed.").arg(tableInfo<T>().table));
        m_query.finish();
        return {};
    }

private:
    static QString statement()
    {
        const QStringList &columns = tableInfo<T>().columns;
        QStringList updates;
        for (const QString &c : columns)
            updates << c + QStringLiteral(" = excluded.") + c;
        return QStringLiteral(
                   "INSERT INTO %1 (id,%2) VALUES (?,%3) ON CONFLICT (id) DO UPDATE SET %4")
            .arg(tableInfo<T>().table, columns.join(u','),
                 QStringList(columns.size(), QStringLiteral("?")).join(u','), updates.join(u','));
    }

    Database &m_db;
    QSqlQuery m_query;
};

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

// BulkInserter on NativeInsert: the caller holds the Transaction, writes one
// audit row for the whole operation and announces a Reset.
//
// On SQLite the records take their ids from here, the ids SQLite would give
// them, and go in rowsPerStatement rows to a statement: what a statement costs
// apart from its rows (its cursors opened and closed, its program started) is
// then shared by that many. A statement that fails changes nothing, and its
// rows are written again one by one, so that the one that fails is known. On a
// server each row is inserted alone and its id read back.
template<class T>
class FastInserter
{
public:
    static constexpr int rowsPerStatement = 32;

    explicit FastInserter(Database &db)
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

// Takes the secondary indexes of a table away for a bulk insert and creates
// them again from their own SQL: building an index once over the finished table
// is several times faster than updating it for every one of 100,000 rows. Both
// happen inside the caller's Transaction, so a failure, or a rollback, leaves
// the indexes as they were. The indexes behind UNIQUE and PRIMARY KEY
// constraints stay, and go on checking every row. A unique index of its own
// (the pair's, schema.cpp) checks the rows when it is built again: a duplicate
// fails the restore, and the transaction with it. Until then a lookup by its
// columns reads the whole table.
class IndexSuspension
{
public:
    static Result<IndexSuspension> suspend(Database &db, const QString &table);
    // Creates the indexes again; to be called before the commit.
    Status restore();

private:
    explicit IndexSuspension(Database &db)
        : m_db(&db)
    {}
    Database *m_db;
    QStringList m_statements; // CREATE INDEX …
};

// Lets a bulk insert write each page of the file once. In WAL mode SQLite
// writes every page twice, to the log and again when the log is copied into
// the file; in rollback-journal mode it writes the new pages once, and only
// pages that held something before go to the journal first. While no other
// connection has the file open, the file is switched to rollback-journal mode
// (DELETE) for the transaction and back to WAL when the switch is destroyed.
// When another connection has it open, SQLite refuses the switch at once and
// nothing changes: the transaction runs in WAL mode. Created and destroyed
// outside any transaction; does nothing on a server.
class JournalSwitch
{
public:
    explicit JournalSwitch(Database &db);
    ~JournalSwitch();
    JournalSwitch(const JournalSwitch &) = delete;
    JournalSwitch &operator=(const JournalSwitch &) = delete;

    // Whether the file is in rollback-journal mode now.
    bool switched() const { return m_switched; }

private:
    Database &m_db;
    bool m_switched = false;
};

// Stores the bytes of a document whose record exists.
Status storeDocumentContent(Database &db, qint64 documentId, const QByteArray &content);

// Ids of every record of a table that a backup does not hold, for the restore to
// remove (the seeded areas a user had deleted before the backup).
Result<QList<qint64>> recordIds(Database &db, const QString &table);

} // namespace tt
