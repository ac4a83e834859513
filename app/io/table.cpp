#include "app/io/table.h"

#include "app/io/csvreader.h"
#include "app/io/xlsxreader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tt::io {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

Result<Format> formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv" || suffix == u"txt" || suffix == u"tsv")
        return Format::Csv;
    if (suffix == u"xlsx")
        return Format::Xlsx;
    if (suffix == u"json")
        return Format::Json;
    if (suffix == u"ics")
        return Format::Ics;
    if (suffix == u"geojson")
        return Format::GeoJson;
    return Error::make(
        Error::Code::Invalid,
        ImportText::tr("The format of %1 is not clear from its name; give it with --format "
                       "(csv, xlsx or json).")
            .arg(path));
}

Result<Table> readTable(const QString &path, Format format, const QString &sheet)
{
    switch (format) {
    case Format::Csv:
        return readCsv(path);
    case Format::Xlsx:
        return readXlsx(path, sheet);
    default:
        return Error::make(
            Error::Code::Invalid,
            ImportText::tr("%1: only CSV and XLSX files are read as tables.").arg(path));
    }
}

} // namespace tt::io
