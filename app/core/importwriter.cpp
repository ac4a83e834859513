#include "importwriter.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace tt {

namespace {

sqlite3 *sqliteHandle(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace

NativeInsert::NativeInsert(Database &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
{
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(u','),
                                 QStringList(columns.size(), QStringLiteral("?")).join(u','));
    auto *handle = sqliteHandle(db);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (handle && sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &stmt,
                                     nullptr) == SQLITE_OK) {
        m_handle = handle;
        m_stmt = stmt;
    } else {
        m_fallback = db.prepare(sql);
    }
}

NativeInsert::~NativeInsert()
{
    sqlite3_finalize(static_cast<sqlite3_stmt *>(m_stmt));
}

void NativeInsert::bind(int index, const QVariant &value)
{
    auto *stmt = static_cast<sqlite3_stmt *>(m_stmt);
    if (!stmt) {
        m_fallback.bindValue(index, value);
        return;
    }
    const int i = index + 1;
    if (value.isNull()) {
        sqlite3_bind_null(stmt, i);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(stmt, i, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(stmt, i, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(stmt, i, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                            SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(stmt, i, text.utf16(), static_cast<int>(text.size() * 2),
                            SQLITE_TRANSIENT);
        break;
    }
    }
}

Result<qint64> NativeInsert::run()
{
    auto *stmt = static_cast<sqlite3_stmt *>(m_stmt);
    auto what = [&] {
        return QCoreApplication::translate("Repository", "Inserting into %1 failed.").arg(m_table);
    };
    if (!stmt) {
        if (!m_fallback.exec())
            return m_db.sqlError(m_fallback, what());
        return m_fallback.lastInsertId().toLongLong();
    }
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
        auto *handle = static_cast<sqlite3 *>(m_handle);
        return Error::make((rc & 0xff) == SQLITE_CONSTRAINT ? Error::Code::Invalid
                                                            : Error::Code::Sql,
                           what(), QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    return sqlite3_last_insert_rowid(static_cast<sqlite3 *>(m_handle));
}

Status storeDocumentContent(Database &db, qint64 documentId, const QByteArray &content)
{
    QSqlQuery q = db.prepare(QStringLiteral("UPDATE document SET content = ? WHERE id = ?"));
    q.addBindValue(content);
    q.addBindValue(documentId);
    if (!q.exec())
        return db.sqlError(
            q, QCoreApplication::translate("Repository", "The file could not be stored."));
    return {};
}

Result<QList<qint64>> recordIds(Database &db, const QString &table)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
    if (!q.exec())
        return db.sqlError(
            q, QCoreApplication::translate("Repository", "The records could not be read."));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<Community>> handMadeCommunities(Database &db)
{
    return Repository<Community>(db).select(QStringLiteral("katottg IS NULL"));
}

} // namespace tt
