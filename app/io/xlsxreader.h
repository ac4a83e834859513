#pragma once

#include "app/core/result.h"
#include "app/io/table.h"

namespace tt::io {

// The names of the sheets of a workbook, in order.
Result<QStringList> xlsxSheetNames(const QString &path);

// Reads one sheet of an Office Open XML workbook (.xlsx): the first when `sheet`
// is empty. Shared strings, inline strings, numbers and booleans are read as
// text; a number in a cell formatted as a date becomes an ISO date (2023-04-22).
// The first non-empty row is the header.
Result<Table> readXlsx(const QString &path, const QString &sheet = {});

} // namespace tt::io
