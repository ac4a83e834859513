#pragma once

// What the importer's test classes share: files written in encodings people
// use, the counting of rows, and a fresh database per test.

#include "app/core/maintenance.h"
#include "app/core/repositories.h"
#include "app/core/transfer.h"
#include "app/io/csvreader.h"
#include "app/io/importer.h"
#include "tests/testutil.h"

namespace tt::test::import {

inline const QString vinnytsiaCode = QStringLiteral("UA05020030000031457");

inline QByteArray encode(const QString &text, const QString &encoding)
{
    if (encoding == u"utf8")
        return text.toUtf8();
    if (encoding == u"utf8bom")
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    // Windows-1251 for the letters the test uses.
    QByteArray out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            out += static_cast<char>(u);
        else if (u >= 0x0410 && u <= 0x044F)
            out += static_cast<char>(0xC0 + (u - 0x0410));
        else if (u == 0x0456)
            out += '\xB3'; // і
        else if (u == 0x0406)
            out += '\xB2'; // І
        else if (u == 0x0457)
            out += '\xBF'; // ї
        else if (u == 0x0454)
            out += '\xBA'; // є
        else if (u == 0x2019)
            out += '\x92'; // ’
        else
            out += '?';
    }
    return out;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline qint64 count(Database &db, const char *table)
{
    return countRows(db, QLatin1String(table)).valueOr(-1);
}

// The bytes of a database file without the two counters of changes that SQLite
// keeps in its header (offsets 24 and 92): switching the journal mode counts as
// a change, though no page of the file changes.
inline QByteArray withoutChangeCounter(QByteArray bytes)
{
    for (qsizetype offset : {24, 92}) {
        if (bytes.size() >= offset + 4)
            bytes.replace(offset, 4, QByteArray(4, '\0'));
    }
    return bytes;
}

// What a PRAGMA that answers one value answers on the connection.
inline QString pragma(Database &db, const QString &name)
{
    QSqlQuery q = db.prepare(QStringLiteral("PRAGMA ") + name);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// The rows of a bulk import: enough new pairs (at least 5,000, more than the
// file holds) for the importer to treat it as one (planwriter.h).
inline QString bulkRows(int rows, int failingRow = 0)
{
    QString text = QStringLiteral("community,partner,country,notes\n");
    for (int i = 1; i <= rows; ++i)
        text += QStringLiteral("Вінниця,Partnerort %1,DE,%2\n")
                    .arg(i)
                    .arg(i == failingRow ? QStringLiteral("boom") : QString());
    return text;
}

// The indexes of the schema with their SQL, sorted.
inline QStringList indexes(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' "
        "ORDER BY name"));
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

} // namespace tt::test::import

namespace tt::test {

using namespace tt::io;
using namespace tt::test::import;

class ImportFixture : public QObject
{
protected:
    // A fresh database per test function.
    void init();
    void cleanup();
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // The bytes of the database's file, read while it is closed; it is then
    // opened again (m_db stays empty when it cannot be).
    QByteArray bytesOfClosedFile();
    // Imports bulkRows(rows); the file is in WAL mode after it, with the busy
    // timeout it had.
    void importBulk(int rows);
    Result<ImportReport> importText(const QString &text, const ImportOptions &options = {},
                                    const QString &name = QStringLiteral("in.csv"));
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
};

inline void ImportFixture::init()
{
    m_dir = new QTemporaryDir;
    m_db = test::openFresh(*m_dir);
    QVERIFY(m_db);
}

inline void ImportFixture::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

inline QByteArray ImportFixture::bytesOfClosedFile()
{
    const QString dbPath = m_db->path();
    m_db.reset();
    QByteArray bytes = test::fileBytes(dbPath);
    if (auto db = Database::open(dbPath))
        m_db = std::move(*db);
    return bytes;
}

inline Result<ImportReport>
ImportFixture::importText(const QString &text, const ImportOptions &options, const QString &name)
{
    if (!writeFile(path(name), text.toUtf8()))
        return Error::make(Error::Code::Io, QStringLiteral("cannot write"));
    return importFile(*m_db, path(name), options);
}

inline void ImportFixture::importBulk(int rows)
{
    auto report = importText(bulkRows(rows));
    QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->added, rows);
    QCOMPARE(pragma(*m_db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(*m_db, QStringLiteral("busy_timeout")).toInt(), Database::busyTimeoutMs);
}

} // namespace tt::test
