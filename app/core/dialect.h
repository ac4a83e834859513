#pragma once

#include "result.h"

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

    // Statements that start a write transaction and nest one.
    QString beginWrite() const;
    QString savepoint(int depth) const;
    QString releaseSavepoint(int depth) const;
    QString rollbackToSavepoint(int depth) const;

    // Case-insensitive comparison of two text expressions.
    QString lowerEquals(const QString &lhs, const QString &rhs) const;

private:
    Engine m_engine;
};

} // namespace tt
