#include "app/core/rowreader.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <cmath>
#include <cstring>
#include <sqlite3.h>

namespace tt {

QDate parseIsoDate(const char *s, qsizetype size)
{
    if (size != 10 || s[4] != '-' || s[7] != '-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return {};
            parts[p] = parts[p] * 10 + (s[i] - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

PartialDate parseIsoPartialDate(const char *s, qsizetype size)
{
    if (size == 10)
        return parseIsoDate(s, size);
    if (size != 4 && size != 7)
        return {};
    return PartialDate::fromIso(QString::fromLatin1(s, size));
}

namespace {

class SqliteRow final : public RowView
{
public:
    explicit SqliteRow(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {}
    bool isNull(int c) const override { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    qint64 integer(int c) const override { return sqlite3_column_int64(m_stmt, c); }
    double real(int c) const override { return isNull(c) ? NAN : sqlite3_column_double(m_stmt, c); }
    QString text(int c) const override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, c)) : QString();
    }
    QDate date(int c) const override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return bytes ? parseIsoDate(bytes, sqlite3_column_bytes(m_stmt, c)) : QDate();
    }
    PartialDate partialDate(int c) const override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return bytes ? parseIsoPartialDate(bytes, sqlite3_column_bytes(m_stmt, c)) : PartialDate();
    }
    bool textEquals(int c, const char *ascii) const override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return bytes && std::strcmp(bytes, ascii) == 0;
    }

private:
    sqlite3_stmt *m_stmt;
};

class QueryRow final : public RowView
{
public:
    explicit QueryRow(const QSqlQuery &q)
        : m_q(q)
    {}
    bool isNull(int c) const override { return m_q.isNull(c); }
    qint64 integer(int c) const override { return m_q.value(c).toLongLong(); }
    double real(int c) const override { return isNull(c) ? NAN : m_q.value(c).toDouble(); }
    QString text(int c) const override { return m_q.value(c).toString(); }
    QDate date(int c) const override
    {
        const QByteArray b = m_q.value(c).toString().toLatin1();
        return parseIsoDate(b.constData(), b.size());
    }
    PartialDate partialDate(int c) const override
    {
        return PartialDate::fromIso(m_q.value(c).toString());
    }
    bool textEquals(int c, const char *ascii) const override
    {
        return m_q.value(c).toString() == QLatin1String(ascii);
    }

private:
    const QSqlQuery &m_q;
};

sqlite3 *nativeHandle(Database &db)
{
    if (!db.dialect().isSqlite())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

Error nativeError(sqlite3 *handle, const char *what)
{
    return Error::make(Error::Code::Sql, QCoreApplication::translate("Database", what),
                       QString::fromUtf8(sqlite3_errmsg(handle)));
}

} // namespace

Status forEachRow(Database &db, const QString &sql, const QVariantList &binds,
                  const std::function<void(const RowView &)> &row, const std::atomic_bool *stop)
{
    // Looked at every few thousand rows: an atomic load per row would show.
    const auto stopped = [stop](qint64 n) {
        return stop && (n & 4095) == 1 && stop->load(std::memory_order_relaxed);
    };
    const auto stoppedError = [] {
        return Error::make(Error::Code::Busy, QString(), QStringLiteral("reading was stopped"));
    };
    const char *failed = QT_TRANSLATE_NOOP("Database", "The records could not be read.");
    if (sqlite3 *handle = nativeHandle(db)) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &stmt, nullptr) !=
            SQLITE_OK)
            return nativeError(handle, failed);
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds[i];
            int rc = SQLITE_OK;
            if (v.isNull()) {
                rc = sqlite3_bind_null(stmt, i + 1);
            } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
                rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
            } else if (v.typeId() == QMetaType::Double) {
                rc = sqlite3_bind_double(stmt, i + 1, v.toDouble());
            } else {
                const QByteArray text = v.toString().toUtf8();
                rc = sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
            }
            if (rc != SQLITE_OK) {
                sqlite3_finalize(stmt);
                return nativeError(handle, failed);
            }
        }
        SqliteRow view(stmt);
        int rc = SQLITE_ROW;
        qint64 n = 0;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if (stopped(++n)) {
                sqlite3_finalize(stmt);
                return stoppedError();
            }
            row(view);
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return nativeError(handle, failed);
        return {};
    }
    QSqlQuery q = db.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return db.sqlError(q, QCoreApplication::translate("Database", failed));
    QueryRow view(q);
    qint64 n = 0;
    while (q.next()) {
        if (stopped(++n))
            return stoppedError();
        row(view);
    }
    return {};
}

} // namespace tt
