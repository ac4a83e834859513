// XLSX: any bytes give a table or an error. Inputs whose first byte is odd are
// taken as the XML of a workbook's parts instead, separated by "\n--part--\n"
// (sheet, shared strings, styles, workbook, relationships), and zipped with
// correct checksums first, so that the fuzzer reaches the XML reading rather
// than stopping at the zip's CRC check. Otherwise the bytes are the file itself.
#include "app/io/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstddef>
#include <cstdint>
#include <zip.h>

namespace {

QString scratchPath()
{
    // In memory when the system has a tmpfs there: every input is a file.
    static const QString path =
        QStringLiteral("%1/tt-fuzz-xlsx-%2.xlsx")
            .arg(QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm")
                                                                    : QStringLiteral("/tmp"))
            .arg(QCoreApplication::applicationPid());
    return path;
}

const QByteArray defaultWorkbook =
    "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>";
const QByteArray defaultRels = "<Relationships><Relationship Id=\"rId1\" "
                               "Target=\"worksheets/sheet1.xml\"/></Relationships>";

bool writeParts(const QByteArray &input)
{
    QList<QByteArray> split;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = input.indexOf("\n--part--\n", from);
        split << input.mid(from, at < 0 ? -1 : at - from);
        if (at < 0)
            break;
        from = at + 10;
    }
    const char *names[] = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                           "xl/workbook.xml", "xl/_rels/workbook.xml.rels"};
    QList<QByteArray> data = split.mid(0, 5);
    if (data.size() < 4)
        data.resize(4);
    if (data.size() < 5)
        data.resize(5);
    if (data[3].isEmpty())
        data[3] = defaultWorkbook;
    if (data[4].isEmpty())
        data[4] = defaultRels;
    zipFile zip = zipOpen64(QFile::encodeName(scratchPath()).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    for (int i = 0; i < 5; ++i) {
        zip_fileinfo info{};
        zipOpenNewFileInZip(zip, names[i], &info, nullptr, 0, nullptr, 0, nullptr, 0, 0);
        zipWriteInFileInZip(zip, data[i].constData(), static_cast<unsigned>(data[i].size()));
        zipCloseFileInZip(zip);
    }
    return zipClose(zip, nullptr) == ZIP_OK;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (bytes[0] & 1) {
        if (!writeParts(bytes.mid(1)))
            return 0;
    } else {
        QFile f(scratchPath());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(bytes.mid(1));
    }
    auto names = tt::io::xlsxSheetNames(scratchPath());
    auto table = tt::io::readXlsx(scratchPath());
    if (table && table->rows.size() != table->lines.size())
        __builtin_trap();
    if (names && !names->isEmpty()) {
        auto named = tt::io::readXlsx(scratchPath(), names->last());
        (void)named;
    }
    return 0;
}
