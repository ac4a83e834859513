#include "app/core/bulkwriter.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QStringEncoder>

#include <cstring>
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

NativeInsert::NativeInsert(Database &db, const QString &table, const QStringList &columns, int rows)
    : m_db(db)
    , m_table(table)
{
    const QString row = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                            .arg(table, columns.join(u','), QStringList(rows, row).join(u','));
    auto *handle = sqliteHandle(db);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (handle && sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &stmt,
                                     nullptr) == SQLITE_OK) {
        m_handle = handle;
        m_stmt = stmt;
        m_text.resize(columns.size() * rows);
        m_null.resize(columns.size() * rows, true);
    } else {
        m_fallback = db.prepare(sql + QStringLiteral(" RETURNING id"));
    }
}

Result<qint64> detail::nextSqliteId(Database &db, const QString &table)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table));
    if (!q.exec() || !q.next())
        return db.sqlError(
            q, QCoreApplication::translate("Repository", "The records could not be read."));
    return q.value(0).toLongLong();
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
        bindNull(index);
        return;
    }
    m_null[index] = false;
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

void NativeInsert::bindInt(int index, qint64 value)
{
    if (auto *stmt = static_cast<sqlite3_stmt *>(m_stmt)) {
        sqlite3_bind_int64(stmt, index + 1, value);
        m_null[index] = false;
    } else
        m_fallback.bindValue(index, value);
}

void NativeInsert::bindUtf8(int index, const char *text, qsizetype size)
{
    QByteArray &buffer = m_text[index];
    buffer.resize(size); // keeps its capacity when it shrinks
    std::memcpy(buffer.data(), text, size);
    sqlite3_bind_text(static_cast<sqlite3_stmt *>(m_stmt), index + 1, buffer.constData(),
                      static_cast<int>(size), SQLITE_STATIC);
    m_null[index] = false;
}

void NativeInsert::bindCode(int index, const char *code)
{
    auto *stmt = static_cast<sqlite3_stmt *>(m_stmt);
    if (!stmt) {
        m_fallback.bindValue(index, QString(QLatin1String(code)));
        return;
    }
    sqlite3_bind_text(stmt, index + 1, code, -1, SQLITE_STATIC);
    m_null[index] = false;
}

void NativeInsert::bindNull(int index)
{
    if (m_null[index])
        return;
    sqlite3_bind_null(static_cast<sqlite3_stmt *>(m_stmt), index + 1);
    m_null[index] = true;
}

void NativeInsert::bindText(int index, const QString &value)
{
    auto *stmt = static_cast<sqlite3_stmt *>(m_stmt);
    if (!stmt) {
        m_fallback.bindValue(index, sqlvalue::toDb(value));
        return;
    }
    if (value.isEmpty()) {
        bindNull(index);
        return;
    }
    // The database holds UTF-8: encoded here into the column's buffer, it
    // needs neither a copy nor a conversion inside SQLite.
    QByteArray &buffer = m_text[index];
    const qsizetype size = value.size();
    buffer.resize(size * 3); // the most UTF-8 a UTF-16 text can take
    char *to = buffer.data();
    const char16_t *from = QStringView(value).utf16();
    // Links, codes and Latin names are ASCII, and are narrowed as they are; a
    // text with other characters goes through the encoder from the first.
    qsizetype i = 0;
    for (; i < size && from[i] < 0x80; ++i)
        to[i] = static_cast<char>(from[i]);
    char *end = to + i;
    if (i < size) {
        QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        end = encoder.appendToBuffer(end, QStringView(value).sliced(i));
    }
    buffer.resize(end - buffer.data());
    sqlite3_bind_text(stmt, index + 1, buffer.constData(), static_cast<int>(buffer.size()),
                      SQLITE_STATIC);
    m_null[index] = false;
}

void NativeInsert::bindReal(int index, std::optional<double> value)
{
    auto *stmt = static_cast<sqlite3_stmt *>(m_stmt);
    if (!stmt)
        m_fallback.bindValue(index, value ? QVariant(*value) : QVariant());
    else if (value) {
        sqlite3_bind_double(stmt, index + 1, *value);
        m_null[index] = false;
    } else {
        bindNull(index);
    }
}

void NativeInsert::bindDate(int index, const QDate &value)
{
    auto *stmt = static_cast<sqlite3_stmt *>(m_stmt);
    int y = 0, m = 0, d = 0;
    if (value.isValid())
        value.getDate(&y, &m, &d);
    if (!stmt || y < 1 || y > 9999) {
        // Years QDate writes otherwise than yyyy-MM-dd, and other engines.
        if (stmt && !value.isValid())
            bindNull(index);
        else if (stmt)
            bindText(index, value.toString(Qt::ISODate));
        else
            m_fallback.bindValue(index, sqlvalue::toDb(value));
        return;
    }
    // yyyy-MM-dd, as QDate::toString(Qt::ISODate) writes it, without a QString.
    const char text[10] = {char('0' + y / 1000),
                           char('0' + y / 100 % 10),
                           char('0' + y / 10 % 10),
                           char('0' + y % 10),
                           '-',
                           char('0' + m / 10),
                           char('0' + m % 10),
                           '-',
                           char('0' + d / 10),
                           char('0' + d % 10)};
    bindUtf8(index, text, 10);
}

Result<qint64> NativeInsert::run()
{
    auto *stmt = static_cast<sqlite3_stmt *>(m_stmt);
    auto what = [&] {
        return QCoreApplication::translate("Repository", "Inserting into %1 failed.").arg(m_table);
    };
    if (!stmt) {
        if (!m_fallback.exec() || !m_fallback.next())
            return m_db.sqlError(m_fallback, what());
        const qint64 id = m_fallback.value(0).toLongLong();
        m_fallback.finish();
        return id;
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

AgreementBulkWriter::AgreementBulkWriter(Database &db)
    : m_db(db)
    , m_agreements(db)
    , m_party(db.prepare(QStringLiteral(
          "INSERT INTO agreement_party (agreement_id, partnership_id) VALUES (?, ?)")))
    , m_area(db.prepare(
          QStringLiteral("INSERT INTO agreement_area (agreement_id, area_id) VALUES (?, ?)")))
    , m_signatory(db.prepare(
          QStringLiteral("INSERT INTO agreement_signatory (agreement_id, position, name, "
                         "office, represents) VALUES (?, ?, ?, ?, ?)")))
{}

Result<qint64> AgreementBulkWriter::add(AgreementRecord &record)
{
    auto id = m_agreements.add(record.agreement);
    if (!id)
        return id.error();
    const auto run = [&](QSqlQuery &q, const char *table) -> Status {
        if (!q.exec())
            return m_db.sqlError(
                q, QStringLiteral("Inserting into %1 failed.").arg(QLatin1String(table)));
        q.finish();
        return {};
    };
    for (qint64 pair : std::as_const(record.partnershipIds)) {
        m_party.bindValue(0, *id);
        m_party.bindValue(1, pair);
        if (auto s = run(m_party, "agreement_party"); !s)
            return s.error();
    }
    for (qint64 area : std::as_const(record.areaIds)) {
        m_area.bindValue(0, *id);
        m_area.bindValue(1, area);
        if (auto s = run(m_area, "agreement_area"); !s)
            return s.error();
    }
    int position = 0;
    for (const Signatory &signatory : std::as_const(record.signatories)) {
        m_signatory.bindValue(0, *id);
        m_signatory.bindValue(1, ++position);
        m_signatory.bindValue(2, signatory.name);
        m_signatory.bindValue(3, sqlvalue::toDb(signatory.office));
        m_signatory.bindValue(4, sqlvalue::toDb(signatory.represents));
        if (auto s = run(m_signatory, "agreement_signatory"); !s)
            return s.error();
    }
    return *id;
}

} // namespace tt
