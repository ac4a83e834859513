#pragma once

#include "core/result.h"
#include "table.h"

#include <QByteArray>

namespace tt::io {

// Decodes the bytes of a text file: UTF-8 with or without a byte order mark,
// UTF-16 with one, and otherwise Windows-1251 (what Excel saves as "CSV" on a
// Ukrainian Windows). `encoding` receives the name of the one used.
QString decodeText(const QByteArray &bytes, QString *encoding = nullptr);

// The separator of a CSV text: the one of comma, semicolon and tab that occurs
// most often, outside quotes, in its first lines.
QChar detectSeparator(QStringView text);

// Reads CSV (RFC 4180: quoted fields may hold separators, quotes doubled and line
// breaks) whose first non-empty line is the header. `fileName` is for messages.
Result<Table> parseCsv(const QByteArray &bytes, const QString &fileName);
Result<Table> readCsv(const QString &path);

} // namespace tt::io
