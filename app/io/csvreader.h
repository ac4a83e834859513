#pragma once

#include "app/core/result.h"
#include "app/io/table.h"

#include <QByteArray>

#include <memory>

namespace tt::io {

// Decodes the bytes of a text file: UTF-8 with or without a byte order mark,
// UTF-16 with one, and otherwise Windows-1251 (what Excel saves as "CSV" on a
// Ukrainian Windows). `encoding` receives the name of the one used.
QString decodeText(const QByteArray &bytes, QString *encoding = nullptr);

// The separator of a CSV text: the one of comma, semicolon and tab that occurs
// most often, outside quotes, in its first lines.
QChar detectSeparator(QStringView text);

class CellPool;

// CSV (RFC 4180: quoted fields may hold separators, quotes doubled and line
// breaks) read record by record, blank lines left out; equal short cells share
// one string. An import that writes while it plans reads the records on a
// thread of its own (importer.cpp); parseCsv() reads them all at once.
class CsvRecords
{
public:
    // Decodes the text; a file that holds NUL bytes is no text and refused.
    // `fileName` is for messages.
    static Result<CsvRecords> open(const QByteArray &bytes, const QString &fileName);
    // Reads the header row: a table without rows yet (sized for as many as
    // the text has lines), or an error for a text without even a header.
    Result<Table> head();
    // The line breaks of the text: no more records follow the header.
    qsizetype lineBreaks() const { return m_lineBreaks; }

    // The next record into `record`, with the line it begins on: false after
    // the last, an error (with the line) for a broken text.
    Result<bool> next(QStringList &record, int &line);

private:
    CsvRecords() = default;

    QString m_fileName;
    QString m_text;
    QString m_encoding;
    QChar m_separator;
    qsizetype m_lineBreaks = 0;
    std::shared_ptr<CellPool> m_pool;
    // Where reading stands.
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 0;
    int m_quoteColumn = 0;
    bool m_quoted = false;
    bool m_fieldStarted = false;
    QStringView m_piece; // the field so far, when it is one stretch of the text
    QString m_field;     // the field so far otherwise
    QStringList m_record;
    qsizetype m_width = 0; // cells of the widest record: the next one is sized for as many
};

// Reads CSV whose first non-empty line is the header. `fileName` is for
// messages.
Result<Table> parseCsv(const QByteArray &bytes, const QString &fileName);
// The bytes of a CSV file, refused when larger than maxFileSize (readlimits.h).
Result<QByteArray> readCsvBytes(const QString &path);
Result<Table> readCsv(const QString &path);

} // namespace tt::io
