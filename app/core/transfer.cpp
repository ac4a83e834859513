#include "app/core/transfer.h"

#include "app/core/schema.h"
#include "app/core/serverschema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace tt {

namespace {

struct TransferText
{
    Q_DECLARE_TR_FUNCTIONS(Transfer)
};

// Parents before children, so that every foreign key finds its row.
const QStringList &tablesInOrder()
{
    static const QStringList order = {QStringLiteral("oblast"),
                                      QStringLiteral("country"),
                                      QStringLiteral("community"),
                                      QStringLiteral("municipality"),
                                      QStringLiteral("cooperation_area"),
                                      QStringLiteral("partnership"),
                                      QStringLiteral("partnership_area"),
                                      QStringLiteral("milestone"),
                                      QStringLiteral("contact"),
                                      QStringLiteral("project"),
                                      QStringLiteral("document"),
                                      QStringLiteral("audit_log"),
                                      QStringLiteral("agreement"),
                                      QStringLiteral("agreement_party"),
                                      QStringLiteral("agreement_area"),
                                      QStringLiteral("agreement_signatory"),
                                      QStringLiteral("aid"),
                                      QStringLiteral("office_setting")};
    return order;
}

QStringList columnsOf(Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList out;
    for (int i = 0; i < record.count(); ++i)
        out << record.fieldName(i);
    return out;
}

// One value in a form both engines agree on.
void feed(QCryptographicHash &hash, const QVariant &v)
{
    if (v.isNull()) {
        hash.addData("\x01N");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        hash.addData("\x01I");
        hash.addData(QByteArray::number(v.toLongLong()));
        break;
    case QMetaType::Double:
        hash.addData("\x01"
                     "D");
        hash.addData(QByteArray::number(v.toDouble(), 'g', 17));
        break;
    case QMetaType::QByteArray:
        hash.addData("\x01"
                     "B");
        hash.addData(v.toByteArray());
        break;
    default:
        hash.addData("\x01T");
        hash.addData(v.toString().toUtf8());
    }
}

constexpr int batchRows = 200;

} // namespace

Result<bool> holdsData(Database &db)
{
    // A server's history also records who was given which oblast: that alone
    // is the set-up of the server, not data a copy would overwrite. The
    // office's name and dormancy rule are the office's data.
    for (const char *table : {"partnership", "municipality", "agreement", "office_setting",
                              "audit_log WHERE entity <> 'editor_oblast'"}) {
        QSqlQuery q =
            db.prepare(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table)));
        if (!q.exec())
            return db.sqlError(q, TransferText::tr("The database could not be read."));
        if (q.next())
            return true;
    }
    return false;
}

Status copyDatabase(Database &from, Database &to, bool replace)
{
    if (from.schemaVersion() != to.schemaVersion())
        return Error::make(Error::Code::Invalid,
                           TransferText::tr("“%1” (format %2) and “%3” (format %4) are of "
                                            "different versions; open both with this program "
                                            "first.")
                               .arg(from.path())
                               .arg(from.schemaVersion())
                               .arg(to.path())
                               .arg(to.schemaVersion()));
    auto full = holdsData(to);
    if (!full)
        return full.error();
    if (*full && !replace)
        return Error::make(Error::Code::Duplicate,
                           TransferText::tr("“%1” already holds data; nothing was copied. Copy "
                                            "with --replace to overwrite what it holds.")
                               .arg(to.path()));
    // A server writes its history itself and lets no login write or delete a
    // row of it: a copy, which brings the history along, is a superuser's job,
    // and the server's triggers (history, row versions) stay out of it.
    const bool keepsHistory = to.isServer() && to.schemaVersion() >= schema::server::ownerFormat;
    if (keepsHistory) {
        QSqlQuery q = to.prepare(QStringLiteral(
            "SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user"));
        if (!q.exec() || !q.next())
            return to.sqlError(q, TransferText::tr("The database could not be read."));
        if (!q.value(0).toBool())
            return Error::make(Error::Code::Forbidden,
                               TransferText::tr("Only a superuser of the server may copy into "
                                                "“%1”: a copy brings its history along, and the "
                                                "server lets no other login write the history.")
                                   .arg(to.path()));
    }
    Transaction tx(to);
    if (!tx.isActive())
        return tx.error();
    if (keepsHistory) {
        for (const char *sql :
             {"SET LOCAL session_replication_role = replica", "DELETE FROM agreement_owner",
              "DELETE FROM change_pending", "UPDATE change_counter SET changes = changes + 1"}) {
            if (auto s = to.exec(QLatin1String(sql)); !s)
                return s;
        }
    }
    // A server's editors keep their oblasts across the replaced catalogue.
    const bool keepEditors = to.isServer();
    if (keepEditors) {
        for (const char *sql : {"CREATE TEMPORARY TABLE tt_kept_editor_oblast ON COMMIT DROP AS "
                                "SELECT * FROM editor_oblast",
                                "DELETE FROM editor_oblast"}) {
            if (auto s = to.exec(QLatin1String(sql)); !s)
                return s;
        }
    }
    // What a new database was seeded with goes too: the copy is the source's.
    for (auto it = tablesInOrder().crbegin(); it != tablesInOrder().crend(); ++it) {
        if (auto s = to.exec(QStringLiteral("DELETE FROM %1").arg(*it)); !s)
            return s;
    }
    for (const QString &table : tablesInOrder()) {
        const QStringList targetColumns = columnsOf(to, table);
        QStringList columns;
        for (const QString &c : columnsOf(from, table)) {
            if (targetColumns.contains(c))
                columns << c;
        }
        QSqlQuery read =
            from.prepare(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table));
        if (!read.exec())
            return from.sqlError(read, TransferText::tr("“%1” could not be read.").arg(table));
        const QString row =
            u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
        const QString insert =
            QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(u','));
        // Many rows per statement: one round trip to a server per batch, not per row.
        QSqlQuery batch = to.prepare(insert + QStringList(batchRows, row).join(u','));
        QVariantList pending;
        auto flush = [&](bool all) -> Status {
            while (pending.size() >= qsizetype(batchRows) * columns.size() ||
                   (all && !pending.isEmpty())) {
                const qsizetype rows =
                    std::min<qsizetype>(pending.size() / columns.size(), batchRows);
                QSqlQuery single;
                QSqlQuery &q =
                    rows == batchRows
                        ? batch
                        : (single = to.prepare(insert + QStringList(rows, row).join(u',')));
                for (qsizetype i = 0; i < rows * columns.size(); ++i)
                    q.addBindValue(pending.at(i));
                if (!q.exec())
                    return to.sqlError(q,
                                       TransferText::tr("“%1” could not be written.").arg(table));
                pending.remove(0, rows * columns.size());
            }
            return {};
        };
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                pending << read.value(i);
            if (auto s = flush(false); !s)
                return s;
        }
        if (auto s = flush(true); !s)
            return s;
        if (columns.contains(QLatin1String("id"))) {
            if (const QString sql = to.dialect().resyncIds(table); !sql.isEmpty()) {
                if (auto s = to.exec(sql); !s)
                    return s;
            }
        }
    }
    if (keepEditors) {
        if (auto s = to.exec(
                QStringLiteral("INSERT INTO editor_oblast SELECT * FROM tt_kept_editor_oblast "
                               "WHERE oblast_iso IN (SELECT iso FROM oblast)"));
            !s)
            return s;
    }
    tx.notify({Entity::Partnership, ChangeSet::Kind::Reset, {}, {}, {}});
    return tx.commit();
}

Result<QList<TableDigest>> digestDatabase(Database &db)
{
    QList<TableDigest> out;
    for (const QString &table : tablesInOrder()) {
        QStringList columns = columnsOf(db, table);
        columns.sort();
        QSqlQuery q =
            db.prepare(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table));
        if (!q.exec())
            return db.sqlError(q, TransferText::tr("“%1” could not be read.").arg(table));
        QList<QByteArray> rows;
        while (q.next()) {
            QCryptographicHash row(QCryptographicHash::Sha256);
            for (int i = 0; i < columns.size(); ++i)
                feed(row, q.value(i));
            rows << row.result();
        }
        std::sort(rows.begin(), rows.end());
        QCryptographicHash all(QCryptographicHash::Sha256);
        for (const QByteArray &r : std::as_const(rows))
            all.addData(r);
        out.append({table, rows.size(), all.result().toHex()});
    }
    return out;
}

} // namespace tt
