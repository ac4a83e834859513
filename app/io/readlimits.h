#pragma once

// Limits that keep a hostile or mistaken file from exhausting memory: a field
// (a cell) longer than maxFieldLength characters is refused, as is a CSV file,
// or a part of a workbook once unpacked, larger than maxFileSize bytes.

#include <QtGlobal>

namespace tt::io {

inline constexpr qsizetype maxFieldLength = 1024 * 1024;
inline constexpr qint64 maxFileSize = 512LL * 1024 * 1024;

} // namespace tt::io
