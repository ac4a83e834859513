#include "app/io/csvreader.h"

#include "app/io/readlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

namespace tt::io {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Windows-1251, bytes 0x80 to 0xFF. Written out rather than asked of the
// platform's codecs, so that the result does not depend on how Qt was built.
const char16_t cp1251High[128] = {
    0x0402,
    0x0403,
    0x201A,
    0x0453,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x20AC,
    0x2030,
    0x0409,
    0x2039,
    0x040A,
    0x040C,
    0x040B,
    0x040F,
    0x0452,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0xFFFD,
    0x2122,
    0x0459,
    0x203A,
    0x045A,
    0x045C,
    0x045B,
    0x045F,
    0x00A0,
    0x040E,
    0x045E,
    0x0408,
    0x00A4,
    0x0490,
    0x00A6,
    0x00A7,
    0x0401,
    0x00A9,
    0x0404,
    0x00AB,
    0x00AC,
    0x00AD,
    0x00AE,
    0x0407,
    0x00B0,
    0x00B1,
    0x0406,
    0x0456,
    0x0491,
    0x00B5,
    0x00B6,
    0x00B7,
    0x0451,
    0x2116,
    0x0454,
    0x00BB,
    0x0458,
    0x0405,
    0x0455,
    0x0457,
    // 0xC0 to 0xFF: А to я
    0x0410,
    0x0411,
    0x0412,
    0x0413,
    0x0414,
    0x0415,
    0x0416,
    0x0417,
    0x0418,
    0x0419,
    0x041A,
    0x041B,
    0x041C,
    0x041D,
    0x041E,
    0x041F,
    0x0420,
    0x0421,
    0x0422,
    0x0423,
    0x0424,
    0x0425,
    0x0426,
    0x0427,
    0x0428,
    0x0429,
    0x042A,
    0x042B,
    0x042C,
    0x042D,
    0x042E,
    0x042F,
    0x0430,
    0x0431,
    0x0432,
    0x0433,
    0x0434,
    0x0435,
    0x0436,
    0x0437,
    0x0438,
    0x0439,
    0x043A,
    0x043B,
    0x043C,
    0x043D,
    0x043E,
    0x043F,
    0x0440,
    0x0441,
    0x0442,
    0x0443,
    0x0444,
    0x0445,
    0x0446,
    0x0447,
    0x0448,
    0x0449,
    0x044A,
    0x044B,
    0x044C,
    0x044D,
    0x044E,
    0x044F,
};

QString decodeCp1251(const QByteArray &bytes)
{
    QString out;
    out.resize(bytes.size());
    QChar *dst = out.data();
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *dst++ = b < 0x80 ? QChar(char16_t(b)) : QChar(cp1251High[b - 0x80]);
    }
    return out;
}

} // namespace

// Hands out one shared string per distinct short cell value, column by column.
// A column whose values hardly repeat (notes, links) stops being pooled after a
// few hundred rows, so that its cells cost no more than a plain copy.
class CellPool
{
public:
    QString cell(qsizetype column, QStringView value)
    {
        if (value.isEmpty())
            return {};
        if (column >= m_columns.size())
            m_columns.resize(column + 1);
        Column &c = m_columns[column];
        if (!c.pooled || value.size() > maxPooledLength)
            return QString(value.constData(), value.size());
        ++c.looked;
        if (auto it = c.cells.constFind(value); it != c.cells.constEnd()) {
            ++c.found;
            return it.value();
        }
        QString copy(value.constData(), value.size());
        // The key views the characters of the pooled string itself, which no
        // one changes: a copy that is changed detaches from it.
        c.cells.insert(QStringView(copy), copy);
        if (c.looked >= 512 && c.found * 4 < c.looked) {
            c.pooled = false;
            c.cells.clear();
        }
        return copy;
    }

private:
    static constexpr qsizetype maxPooledLength = 80;
    struct Column
    {
        QHash<QStringView, QString> cells;
        qsizetype looked = 0;
        qsizetype found = 0;
        bool pooled = true;
    };
    QList<Column> m_columns;
};

QString decodeText(const QByteArray &bytes, QString *encoding)
{
    auto said = [&](const QString &name) {
        if (encoding)
            *encoding = name;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        said(QStringLiteral("UTF-8 with BOM"));
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        said(QStringLiteral("UTF-16"));
        QStringDecoder decoder(QStringConverter::Utf16);
        return decoder(bytes);
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        said(QStringLiteral("UTF-8"));
        return text;
    }
    said(QStringLiteral("Windows-1251"));
    return decodeCp1251(bytes);
}

QChar detectSeparator(QStringView text)
{
    const QChar candidates[] = {u',', u';', u'\t'};
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 10; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'\n') {
            ++lines;
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k) {
                if (c == candidates[k])
                    ++counts[k];
            }
        }
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

Result<CsvRecords> CsvRecords::open(const QByteArray &bytes, const QString &fileName)
{
    CsvRecords csv;
    csv.m_fileName = fileName;
    csv.m_text = decodeText(bytes, &csv.m_encoding);
    // A NUL is no character of any text a person writes: the file is binary, or
    // UTF-16 without its byte order mark.
    if (const qsizetype nul = csv.m_text.indexOf(QChar(u'\0')); nul >= 0)
        return Error::make(
            Error::Code::Invalid,
            ImportText::tr("%1, line %2: the file holds NUL bytes, so it is not a text file "
                           "(or is UTF-16 without a byte order mark). Save it as CSV in UTF-8.")
                .arg(fileName)
                .arg(QStringView(csv.m_text).left(nul).count(u'\n') + 1));
    csv.m_separator = detectSeparator(csv.m_text);
    // Found one by one with indexOf(), which scans many characters at a time.
    const QStringView text(csv.m_text);
    for (qsizetype at = text.indexOf(u'\n'); at >= 0; at = text.indexOf(u'\n', at + 1))
        ++csv.m_lineBreaks;
    csv.m_pool = std::make_shared<CellPool>();
    return csv;
}

Result<Table> CsvRecords::head()
{
    Table table;
    table.fileName = m_fileName;
    table.encoding = m_encoding;
    table.separator = m_separator;
    int line = 0;
    auto header = next(table.headers, line);
    if (!header)
        return header.error();
    if (!*header)
        return Error::make(
            Error::Code::Invalid,
            ImportText::tr("%1 holds no rows: a header row is expected first.").arg(m_fileName));
    for (QString &h : table.headers)
        h = h.trimmed();
    table.rows.reserve(m_lineBreaks);
    table.lines.reserve(m_lineBreaks);
    return table;
}

Result<bool> CsvRecords::next(QStringList &record, int &line)
{
    const QChar sep = m_separator;
    const qsizetype n = m_text.size();
    const QChar *data = m_text.constData();
    auto tooLong = [&] {
        return Error::make(
            Error::Code::Invalid,
            ImportText::tr("%1, line %2: a field is longer than %3 characters; no field of a "
                           "pair holds that much. Is this the right file?")
                .arg(m_fileName)
                .arg(m_recordLine)
                .arg(maxFieldLength));
    };
    // A field is read as a view of the text while it is one stretch of it (most
    // are), and copied into m_field only when it is not (quotes doubled, line
    // breaks inside quotes).
    auto add = [&](QStringView s) {
        if (m_field.isEmpty() && m_piece.isEmpty()) {
            m_piece = s;
            return;
        }
        m_field.append(m_piece);
        m_piece = {};
        m_field.append(s);
    };
    auto endField = [&] {
        m_record << m_pool->cell(m_record.size(),
                                 m_piece.isEmpty() ? QStringView(m_field) : m_piece);
        m_field.truncate(0); // keeps the buffer for the next field
        m_piece = {};
        m_fieldStarted = false;
    };
    // Ends the record; true when it is one to hand out (a blank line is not).
    auto endRecord = [&] {
        endField();
        const bool blank = m_record.size() == 1 && m_record.first().trimmed().isEmpty();
        m_width = qMax(m_width, m_record.size());
        if (!blank) {
            record = std::move(m_record);
            line = m_recordLine;
        }
        m_record = QStringList();
        m_record.reserve(m_width);
        return !blank;
    };
    for (qsizetype &i = m_pos; i < n; ++i) {
        if (m_field.size() + m_piece.size() > maxFieldLength)
            return tooLong();
        const QChar c = data[i];
        if (m_quoted) {
            // Copy up to the next quote or line break in one piece.
            qsizetype j = i;
            while (j < n && data[j] != u'"' && data[j] != u'\n')
                ++j;
            add(QStringView(data + i, j - i));
            i = j;
            if (i >= n)
                break;
            if (data[i] == u'\n') {
                ++m_line;
                m_lineStart = i + 1;
                add(QStringView(data + i, 1));
            } else if (i + 1 < n && data[i + 1] == u'"') {
                add(QStringView(data + i, 1));
                ++i;
            } else {
                m_quoted = false;
            }
            continue;
        }
        if (c == u'"' && !m_fieldStarted) {
            m_quoted = true;
            m_fieldStarted = true;
            m_quoteLine = m_line;
            m_quoteColumn = static_cast<int>(i - m_lineStart) + 1;
        } else if (c == sep) {
            endField();
        } else if (c == u'\r' && i + 1 < n && data[i + 1] == u'\n') {
            continue;
        } else if (c == u'\n' || c == u'\r') {
            const bool handed = endRecord();
            ++m_line;
            m_lineStart = i + 1;
            m_recordLine = m_line;
            if (handed) {
                ++i;
                return true;
            }
        } else {
            // An unquoted run: up to the next separator, quote or line break.
            qsizetype j = i;
            while (j < n && data[j] != sep && data[j] != u'\n' && data[j] != u'\r' &&
                   !(data[j] == u'"' && j == i))
                ++j;
            if (j == i)
                ++j;
            add(QStringView(data + i, j - i));
            m_fieldStarted = true;
            i = j - 1;
        }
    }
    if (m_quoted)
        return Error::make(Error::Code::Invalid,
                           ImportText::tr("%1, line %2, column %3: a quoted field is never closed.")
                               .arg(m_fileName)
                               .arg(m_quoteLine)
                               .arg(m_quoteColumn));
    if (m_field.size() + m_piece.size() > maxFieldLength)
        return tooLong();
    if (!m_field.isEmpty() || !m_piece.isEmpty() || !m_record.isEmpty())
        return endRecord();
    return false;
}

Result<Table> parseCsv(const QByteArray &bytes, const QString &fileName)
{
    auto csv = CsvRecords::open(bytes, fileName);
    if (!csv)
        return csv.error();
    auto table = csv->head();
    if (!table)
        return table.error();
    QStringList record;
    int line = 0;
    for (;;) {
        auto more = csv->next(record, line);
        if (!more)
            return more.error();
        if (!*more)
            return table;
        table->rows << std::move(record);
        table->lines << line;
    }
}

Result<QByteArray> readCsvBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, ImportText::tr("%1 could not be read.").arg(path),
                           file.errorString());
    if (file.size() > maxFileSize)
        return Error::make(
            Error::Code::Invalid,
            ImportText::tr("%1 is %2 MB, more than the %3 MB a file to import may have.")
                .arg(path)
                .arg(file.size() / (1024 * 1024))
                .arg(maxFileSize / (1024 * 1024)));
    return file.readAll();
}

Result<Table> readCsv(const QString &path)
{
    auto bytes = readCsvBytes(path);
    if (!bytes)
        return bytes.error();
    return parseCsv(*bytes, path);
}

} // namespace tt::io
