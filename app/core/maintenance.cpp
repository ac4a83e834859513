#include "app/core/maintenance.h"

#include "app/core/schema.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tt {

namespace {

// One number about a table of the schema: `expression` over its rows.
Result<qint64> tableFigure(Database &db, const QString &table, const QString &expression)
{
    if (!schema::expectedTables().contains(table))
        return Error::make(Error::Code::Invalid, QStringLiteral("Unknown table %1").arg(table));
    QSqlQuery q = db.prepare(QStringLiteral("SELECT %1 FROM %2").arg(expression, table));
    if (!q.exec() || !q.next())
        return db.sqlError(
            q, QCoreApplication::translate("Maintenance", "The records could not be counted."));
    return q.value(0).toLongLong();
}

} // namespace

Result<qint64> countRows(Database &db, const QString &table)
{
    return tableFigure(db, table, QStringLiteral("count(*)"));
}

Result<qint64> rowsAtMost(Database &db, const QString &table)
{
    // Ids are positive and unique: there are no more rows than the highest.
    return tableFigure(db, table, QStringLiteral("coalesce(max(id), 0)"));
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
