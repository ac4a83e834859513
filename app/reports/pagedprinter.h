#pragma once

// Lays a report out on A4 pages and paints them one by one onto a PDF writer
// or a printer, with the office's name and the title in the header and "page X
// of Y" and the date in the footer. The page count is known before the first
// page is painted, because the whole document is laid out first.

#include "core/result.h"
#include "reports.h"

#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace tt::reports {

struct PageDecor
{
    QString office; // header, left
    QString title;  // header, right
    QString date;   // footer, left
};

// Paints the report onto `device` (a QPdfWriter or a QPrinter set to A4 and
// full page); returns the number of pages.
int paint(const Report &report, const PageDecor &decor, QPagedPaintDevice &device);

// Writes the report to a PDF file (A4 portrait, 300 dpi).
Result<int> writePdf(const Report &report, const PageDecor &decor, const QString &path);

} // namespace tt::reports
