#pragma once

#include "app/core/result.h"

#include <QString>

class QSqlDatabase;

namespace tt {

// Everything that differs between SQLite and PostgreSQL lives here, so that the
// schema, the migrations and the repositories are written once.
class Dialect
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit Dialect(Engine engine)
        : m_engine(engine)
    {}
    Engine engine() const { return m_engine; }
    bool isSqlite() const { return m_engine == Engine::Sqlite; }

    // Replaces the portable type placeholders of a schema statement:
    // ${ID} (auto-numbered primary key), ${REAL}, ${BLOB}, ${BIGINT}.
    QString expand(QString ddl) const;

    Result<int> schemaVersion(QSqlDatabase &db) const;
    Status setSchemaVersion(QSqlDatabase &db, int version) const;
    // A server keeps the version in a table of its own, made before the first
    // migration so that the migrations can grant access to it.
    Status ensureVersionTable(QSqlDatabase &db) const;

    // Statements that start a write transaction and nest one.
    QString beginWrite() const;
    QString savepoint(int depth) const;
    QString releaseSavepoint(int depth) const;
    QString rollbackToSavepoint(int depth) const;

    // The SQL expression written into audit_log.actor: a bound value (“?”) on
    // SQLite, where the program says who works; the server's own login name on
    // PostgreSQL, which no client can pretend to be someone else.
    QString auditActor() const;

    // After rows were inserted with ids of their own (a restore, an undone
    // deletion): the statement that moves the table's id generator past them,
    // or an empty string when the engine does that by itself (SQLite).
    QString resyncIds(const QString &table) const;

    // Sent inside every write transaction on a server, delivered to the other
    // clients when it commits; empty on SQLite (its watcher polls data_version).
    QString announceChange() const;

    // A query that lists the names of the database's tables.
    QString listTables() const;
    static constexpr const char *changeChannel = "twinning_changed";

private:
    Engine m_engine;
};

} // namespace tt
