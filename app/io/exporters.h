#pragma once

// Writers of the pairs a Filter selects: CSV and XLSX for spreadsheets, in
// words of the current language (headers, oblasts, countries, kinds, stages and
// areas; dates as date cells in XLSX) or, on request, in the import's field
// names and codes; either reads back through the importer, in any language.
// iCalendar for the milestones (Outlook, Thunderbird), GeoJSON for maps. The
// whole database goes to JSON, with codes, through backup.h.

#include "app/core/database.h"
#include "app/core/portfolio.h"
#include "app/io/fields.h"
#include "app/io/table.h"

#include <QByteArray>
#include <QDateTime>

namespace tt::io {

struct ExportOptions
{
    // CSV: ";" is what Excel expects in Ukrainian and German settings; "," and
    // tab can be chosen.
    QChar separator = u';';
    // DTSTAMP of the calendar; now when invalid.
    QDateTime stamp;
    // CSV and XLSX: field names and codes (community, UA-05, DE,
    // twinning_agreement) instead of words in the current language.
    bool codes = false;
};

// The columns of a CSV or XLSX export in their order. In words, English and
// German give the community's Latin name first and Ukrainian its Cyrillic one;
// Ukrainian gives the partner's Ukrainian name before its Latin one.
QList<Field> exportFields(const ExportOptions &options = {});

// The pairs the filter selects, one row per pair, as the importer's fields.
Result<Table> exportTable(Database &db, const Filter &filter, const ExportOptions &options = {});

QByteArray csvBytes(const Table &table, QChar separator = u';');
Status exportCsv(Database &db, const Filter &filter, const QString &path,
                 const ExportOptions &options = {});
Status exportXlsx(Database &db, const Filter &filter, const QString &path,
                  const ExportOptions &options = {});
Result<QByteArray> icsBytes(Database &db, const Filter &filter, const QDateTime &stamp = {});
Status exportIcs(Database &db, const Filter &filter, const QString &path,
                 const ExportOptions &options = {});
Result<QByteArray> geoJsonBytes(Database &db, const Filter &filter);
Status exportGeoJson(Database &db, const Filter &filter, const QString &path);

// Any of the above by format; Format::Json writes the backup of the whole
// database (the filter does not apply to it).
Status exportFile(Database &db, Format format, const Filter &filter, const QString &path,
                  const ExportOptions &options = {});

// Folds one iCalendar content line at 75 octets (RFC 5545, 3.1), never inside a
// UTF-8 sequence, with CRLF line ends.
QByteArray foldIcsLine(const QString &line);
// Escapes a TEXT value: backslash, comma, semicolon and line breaks.
QString escapeIcsText(const QString &text);

} // namespace tt::io
