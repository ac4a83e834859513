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
    NativeInsert(Database &db, const QString &table, const QStringList &columns);
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
    // Inserts the bound row; returns its id.
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

// BulkInserter on NativeInsert: the caller holds the Transaction, writes one
// audit row for the whole operation and announces a Reset.
template<class T>
class FastInserter
{
public:
    explicit FastInserter(Database &db)
        : m_insert(db, tableInfo<T>().table, tableInfo<T>().columns)
    {}

    Result<qint64> add(T &row)
    {
        int i = 0;
        T::visit(row, [&](const char *, const auto &field) { bindField(i++, field); });
        auto id = m_insert.run();
        if (id)
            row.id = *id;
        return id;
    }

private:
    template<class V>
    void bindField(int index, const V &value)
    {
        if constexpr (std::is_same_v<V, QString>)
            m_insert.bindText(index, value);
        else if constexpr (std::is_same_v<V, QDate>)
            m_insert.bindDate(index, value);
        else if constexpr (std::is_same_v<V, qint64> || std::is_same_v<V, int> ||
                           std::is_same_v<V, bool>)
            m_insert.bindInt(index, value);
        else if constexpr (std::is_enum_v<V>)
            m_insert.bindText(index, toCode(value));
        else if constexpr (std::is_same_v<V, std::optional<double>>)
            m_insert.bindReal(index, value);
        else if constexpr (std::is_same_v<V, std::optional<qint64>>)
            value ? m_insert.bindInt(index, *value) : m_insert.bind(index, QVariant());
        else
            m_insert.bind(index, sqlvalue::toDb(value));
    }

    NativeInsert m_insert;
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

// Stores the bytes of a document whose record exists.
Status storeDocumentContent(Database &db, qint64 documentId, const QByteArray &content);

// Ids of every record of a table that a backup does not hold, for the restore to
// remove (the seeded areas a user had deleted before the backup).
Result<QList<qint64>> recordIds(Database &db, const QString &table);

// Communities entered by hand: those that are not in the codifier.
Result<QList<Community>> handMadeCommunities(Database &db);

} // namespace tt
