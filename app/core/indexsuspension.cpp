#include "app/core/indexsuspension.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tt {

Result<IndexSuspension> IndexSuspension::suspend(Database &db, const QString &table)
{
    IndexSuspension suspension(db);
    if (!db.dialect().isSqlite())
        return suspension;
    // Indexes the schema declares; those of constraints have no SQL and stay.
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                       "AND sql IS NOT NULL ORDER BY name"));
    q.addBindValue(table);
    if (!q.exec())
        return db.sqlError(
            q, QCoreApplication::translate("Repository", "The records could not be read."));
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        suspension.m_statements << q.value(1).toString();
    }
    for (const QString &name : std::as_const(names)) {
        // The name comes from the schema itself; quoted as an identifier.
        QString quoted = name;
        quoted.replace(u'"', QStringLiteral("\"\""));
        if (auto s = db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(quoted)); !s)
            return s.error();
    }
    return suspension;
}

Status IndexSuspension::restore()
{
    for (const QString &statement : std::as_const(m_statements)) {
        if (auto s = m_db->exec(statement); !s)
            return s;
    }
    m_statements.clear();
    return {};
}

} // namespace tt
