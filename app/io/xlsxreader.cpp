#include "app/io/xlsxreader.h"

#include "app/io/readlimits.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <limits>
#include <memory>
#include <unzip.h>

namespace tt::io {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct ZipCloser
{
    void operator()(void *zip) const { unzClose(zip); }
};

class Zip
{
public:
    explicit Zip(const QString &path)
        : m_zip(unzOpen64(path.toLocal8Bit().constData()))
    {}
    bool isOpen() const { return m_zip != nullptr; }

    // The bytes of one member; empty and `found` false when it is missing or
    // cannot be unpacked. A member that unpacks to more than maxFileSize (a "zip
    // bomb": a few kilobytes that inflate to gigabytes) is not read beyond that
    // limit, whatever its header claims; tooLarge() says so afterwards.
    QByteArray read(const char *name, bool *found)
    {
        *found = false;
        if (unzLocateFile(m_zip.get(), name, 0) != UNZ_OK)
            return {};
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(m_zip.get(), &info, nullptr, 0, nullptr, 0, nullptr, 0) !=
            UNZ_OK)
            return {};
        if (info.uncompressed_size > static_cast<ZPOS64_T>(maxFileSize)) {
            m_tooLarge = QString::fromUtf8(name);
            return {};
        }
        if (unzOpenCurrentFile(m_zip.get()) != UNZ_OK)
            return {};
        QByteArray out;
        out.reserve(static_cast<qsizetype>(info.uncompressed_size));
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(m_zip.get(), buffer, sizeof buffer)) > 0) {
            if (out.size() + n > maxFileSize) {
                m_tooLarge = QString::fromUtf8(name);
                unzCloseCurrentFile(m_zip.get());
                return {};
            }
            out.append(buffer, n);
        }
        const bool ok = unzCloseCurrentFile(m_zip.get()) == UNZ_OK && n == 0;
        if (!ok)
            m_damaged = QString::fromUtf8(name);
        *found = ok;
        return ok ? out : QByteArray();
    }
    // The member that was there but could not be unpacked (CRC error, cut off).
    const QString &damaged() const { return m_damaged; }
    // The member that was too large to unpack, if any.
    const QString &tooLarge() const { return m_tooLarge; }

private:
    std::unique_ptr<void, ZipCloser> m_zip;
    QString m_tooLarge;
    QString m_damaged;
};

Error broken(const QString &path, const QString &what)
{
    return Error::make(Error::Code::Invalid,
                       ImportText::tr("%1 is not a readable Excel workbook (.xlsx).").arg(path),
                       what);
}

// Excel's last column, XFD; a reference beyond it is not one Excel writes.
constexpr int maxColumns = 16384;

// "AB12" → column 27 (0-based: 27); -1 when there are no letters, maxColumns
// when they name a column beyond Excel's last.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i) {
        const int letter = ref[i].toUpper().unicode() - u'A' + 1;
        if (letter < 1 || letter > 26)
            return -1;
        column = column * 26 + letter;
        if (column > maxColumns)
            return maxColumns;
    }
    return i == 0 ? -1 : column - 1;
}

// The shared strings table; `error` receives what is wrong with it.
QStringList sharedStrings(const QByteArray &xml, QString *error)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    bool inSi = false;
    bool inRubyText = false; // phonetic runs (rPh) are not part of the text
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (r.name() == u"rPh") {
                inRubyText = true;
            } else if (r.name() == u"t" && inSi && !inRubyText) {
                current += r.readElementText();
            }
        } else if (r.isEndElement()) {
            if (r.name() == u"si") {
                out << current;
                inSi = false;
            } else if (r.name() == u"rPh") {
                inRubyText = false;
            }
        }
    }
    if (r.hasError() && !xml.isEmpty())
        *error = QStringLiteral("xl/sharedStrings.xml: ") + r.errorString();
    return out;
}

bool isDateFormatCode(const QString &code)
{
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"')
            quoted = !quoted;
        else if (c == u'[') // colours and locales: [Red], [$-422]
            i = code.indexOf(u']', i) < 0 ? code.size() : code.indexOf(u']', i);
        else if (!quoted && (c == u'd' || c == u'y' || c == u'D' || c == u'Y'))
            return true;
    }
    return false;
}

// The cell styles (s="N") whose number format is a date.
QSet<int> dateStyles(const QByteArray &xml)
{
    QSet<int> customDates;
    QSet<int> out;
    QXmlStreamReader r(xml);
    bool inCellXfs = false;
    int index = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == u"numFmt") {
                const int id = r.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isDateFormatCode(r.attributes().value(QLatin1String("formatCode")).toString()))
                    customDates.insert(id);
            } else if (r.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (r.name() == u"xf" && inCellXfs) {
                const int id = r.attributes().value(QLatin1String("numFmtId")).toInt();
                if ((id >= 14 && id <= 17) || id == 22 || customDates.contains(id))
                    out.insert(index);
                ++index;
            }
        } else if (r.isEndElement() && r.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return out;
}

QString serialToDate(const QString &number)
{
    bool ok = false;
    const double serial = number.toDouble(&ok);
    if (!ok || serial < 1 || serial > 2958465)
        return number;
    // Day 0 is 1899-12-30 for every serial after Excel's phantom 29 February 1900.
    return QDate(1899, 12, 30).addDays(static_cast<qint64>(serial)).toString(Qt::ISODate);
}

// The target of a relationship id in xl/_rels/workbook.xml.rels.
QHash<QString, QString> relationships(const QByteArray &xml)
{
    QHash<QString, QString> out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"Relationship")
            out.insert(r.attributes().value(QLatin1String("Id")).toString(),
                       r.attributes().value(QLatin1String("Target")).toString());
    }
    return out;
}

struct SheetRef
{
    QString name;
    QString member; // xl/worksheets/sheet1.xml
};

Result<QList<SheetRef>> sheets(Zip &zip, const QString &path)
{
    bool found = false;
    const QByteArray workbook = zip.read("xl/workbook.xml", &found);
    if (!found)
        return broken(path, zip.tooLarge().isEmpty()
                                ? QStringLiteral("xl/workbook.xml is missing")
                                : QStringLiteral("xl/workbook.xml is too large"));
    const QHash<QString, QString> rels =
        relationships(zip.read("xl/_rels/workbook.xml.rels", &found));
    QList<SheetRef> out;
    QXmlStreamReader r(workbook);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"sheet") {
            QString target;
            for (const QXmlStreamAttribute &a : r.attributes()) {
                if (a.name() == u"id")
                    target = rels.value(a.value().toString());
            }
            if (target.startsWith(u'/'))
                target = target.mid(1);
            else
                target = QStringLiteral("xl/") + target;
            out << SheetRef{r.attributes().value(QLatin1String("name")).toString(), target};
        }
    }
    if (r.hasError())
        return broken(path, r.errorString());
    return out;
}

} // namespace

Result<QStringList> xlsxSheetNames(const QString &path)
{
    Zip zip(path);
    if (!zip.isOpen())
        return broken(path, QStringLiteral("not a zip archive"));
    auto list = sheets(zip, path);
    if (!list)
        return list.error();
    QStringList names;
    for (const SheetRef &s : std::as_const(*list))
        names << s.name;
    return names;
}

Result<Table> readXlsx(const QString &path, const QString &sheet)
{
    Zip zip(path);
    if (!zip.isOpen())
        return broken(path, QStringLiteral("not a zip archive"));
    auto list = sheets(zip, path);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return broken(path, QStringLiteral("no sheets"));
    SheetRef chosen = list->first();
    if (!sheet.isEmpty()) {
        bool named = false;
        for (const SheetRef &s : std::as_const(*list)) {
            if (s.name.compare(sheet, Qt::CaseInsensitive) == 0) {
                chosen = s;
                named = true;
            }
        }
        if (!named) {
            QStringList names;
            for (const SheetRef &s : std::as_const(*list))
                names << s.name;
            return Error::make(Error::Code::NotFound,
                               ImportText::tr("%1 has no sheet “%2”; its sheets are: %3.")
                                   .arg(path, sheet, names.join(QStringLiteral(", "))));
        }
    }
    bool found = false;
    QString stringsError;
    const QStringList strings =
        sharedStrings(zip.read("xl/sharedStrings.xml", &found), &stringsError);
    const QSet<int> dates = dateStyles(zip.read("xl/styles.xml", &found));
    const QByteArray xml = zip.read(chosen.member.toUtf8().constData(), &found);
    if (!zip.tooLarge().isEmpty())
        return Error::make(
            Error::Code::Invalid,
            ImportText::tr("%1 cannot be imported: its part %2 unpacks to more than %3 MB.")
                .arg(path, zip.tooLarge())
                .arg(maxFileSize / (1024 * 1024)));
    if (!found)
        return broken(path,
                      chosen.member + (zip.damaged().isEmpty() ? QStringLiteral(" is missing")
                                                               : QStringLiteral(" is damaged")));
    if (!zip.damaged().isEmpty())
        return broken(path, zip.damaged() + QStringLiteral(" is damaged"));
    if (!stringsError.isEmpty())
        return broken(path, stringsError);

    Table table;
    table.fileName = path;
    QList<QStringList> rows;
    QList<int> lines;
    QXmlStreamReader r(xml);
    QStringList row;
    int rowNumber = 0;
    int nextColumn = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement()) {
            if (r.isEndElement() && r.name() == u"row") {
                while (!row.isEmpty() && row.last().isEmpty())
                    row.removeLast();
                if (!row.isEmpty()) {
                    rows << row;
                    lines << rowNumber;
                }
            }
            continue;
        }
        if (r.name() == u"row") {
            row.clear();
            nextColumn = 0;
            const int n = r.attributes().value(QLatin1String("r")).toInt();
            rowNumber = n > 0 ? n : std::min(rowNumber, std::numeric_limits<int>::max() - 1) + 1;
        } else if (r.name() == u"c") {
            const QXmlStreamAttributes a = r.attributes();
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            int column = columnOf(a.value(QLatin1String("r")));
            if (column < 0)
                column = nextColumn;
            if (column >= maxColumns)
                return broken(path, QStringLiteral("row %1 has more than %2 columns")
                                        .arg(rowNumber)
                                        .arg(maxColumns));
            nextColumn = column + 1;
            QString value;
            // Read the cell's children: <v> or <is><t>, skipping <f>.
            while (!(r.isEndElement() && r.name() == u"c") && !r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == u"v")
                    value = r.readElementText();
                else if (r.isStartElement() && r.name() == u"t")
                    value += r.readElementText();
            }
            if (type == u"s")
                value = strings.value(value.toInt());
            else if (type == u"b")
                value = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            else if ((type.isEmpty() || type == u"n") && dates.contains(style) && !value.isEmpty())
                value = serialToDate(value);
            if (value.size() > maxFieldLength)
                return Error::make(
                    Error::Code::Invalid,
                    ImportText::tr("%1, row %2: a cell is longer than %3 characters; no field "
                                   "of a pair holds that much. Is this the right file?")
                        .arg(path)
                        .arg(rowNumber)
                        .arg(maxFieldLength));
            while (row.size() <= column)
                row << QString();
            row[column] = value;
        }
    }
    if (r.hasError())
        return broken(path, r.errorString());
    if (rows.isEmpty())
        return Error::make(Error::Code::Invalid,
                           ImportText::tr("The sheet “%1” of %2 is empty.").arg(chosen.name, path));
    table.headers = rows.takeFirst();
    lines.removeFirst();
    for (QString &h : table.headers)
        h = h.trimmed();
    table.rows = std::move(rows);
    table.lines = std::move(lines);
    return table;
}

} // namespace tt::io
