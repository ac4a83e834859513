#pragma once

// Import and export. An input file (CSV, XLSX or our JSON backup) is first read
// into a Table: the header row and the rows below it, each with the line (or
// sheet row) it came from, so that every message can say where. The importer
// (importer.h) then maps columns to fields, reads the values as people write
// them, matches the places against the database and writes the new pairs in one
// transaction. The exporters (exporters.h) write the pairs a Filter selects; the
// backup (backup.h) writes and restores the whole database.

#include "app/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tt::io {

enum class Format { Csv, Xlsx, Json, Ics, GeoJson };

struct Table
{
    QString fileName; // for messages
    QStringList headers;
    QList<QStringList> rows;
    QList<int> lines; // the line (CSV) or sheet row (XLSX) of rows[i], counted from 1
    QString encoding; // how a CSV file was decoded: UTF-8, UTF-8 with BOM, Windows-1251
    QChar separator;  // of a CSV file

    QString cell(qsizetype row, qsizetype column) const
    {
        const QStringList &r = rows.at(row);
        return column >= 0 && column < r.size() ? r.at(column) : QString();
    }
};

// The format named by the file's extension, or an error that says which ones
// are understood.
Result<Format> formatOf(const QString &path);
// Reads a CSV file or a sheet of a workbook (csvreader.h, xlsxreader.h).
Result<Table> readTable(const QString &path, Format format, const QString &sheet = {});

} // namespace tt::io
