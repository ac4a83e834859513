#include "app/core/maintenance.h"

#include "app/core/schema.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tt {

Result<qint64> countRows(Database &db, const QString &table)
{
    if (!schema::expectedTables().contains(table))
        return Error::make(Error::Code::Invalid, QStringLiteral("Unknown table %1").arg(table));
    QSqlQuery q = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!q.exec() || !q.next())
        return db.sqlError(
            q, QCoreApplication::translate("Maintenance", "The records could not be counted."));
    return q.value(0).toLongLong();
}

Result<qint64> rowsAtMost(Database &db, const QString &table)
{
    if (!schema::expectedTables().contains(table))
        return Error::make(Error::Code::Invalid, QStringLiteral("Unknown table %1").arg(table));
    // Ids are positive and unique: there are no more rows than the highest.
    QSqlQuery q = db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
    if (!q.exec() || !q.next())
        return db.sqlError(
            q, QCoreApplication::translate("Maintenance", "The records could not be counted."));
    return q.value(0).toLongLong();
}

Result<CheckReport> checkDatabase(Database &db)
{
    CheckReport report;
    report.schemaVersion = db.schemaVersion();
    auto problems = db.integrityProblems(true);
    if (!problems)
        return problems.error();
    report.integrityProblems = *problems;

    QSqlQuery q = db.prepare(db.dialect().listTables());
    if (!q.exec())
        return db.sqlError(
            q, QCoreApplication::translate("Maintenance", "The schema could not be read."));
    QStringList present;
    while (q.next())
        present << q.value(0).toString();
    for (const QString &table : schema::expectedTables()) {
        if (!present.contains(table)) {
            report.missingTables << table;
            continue;
        }
        auto n = countRows(db, table);
        if (!n)
            return n.error();
        report.counts.append({table, *n});
    }
    return report;
}

} // namespace tt
