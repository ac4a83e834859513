#pragma once

// Lays a report (document.h) out on A4 pages and paints them one by one onto a
// PDF writer or a printer: the office's name and the title in the header,
// "page X of Y" and the date in the footer. The text is laid out by
// QTextDocument, the long tables after it are measured row by row, so that the
// page count is known before the first page is painted.

#include "app/core/result.h"
#include "app/reports/document.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace tt::reports {

struct PageDecor
{
    QString office; // header, left
    QString title;  // header, right
    QString date;   // footer, left
};

// Told after each page is painted; returning false stops the painting.
using Progress = std::function<bool(int page, int pages)>;

// Sets the device to A4 in the report's orientation, without margins (the
// pages have their own). Call before painting begins.
void preparePage(QPagedPaintDevice &device, const Report &report);

// Paints the report onto `device` (prepared with preparePage); returns the
// number of pages, or -1 when the painting could not begin or was stopped.
int paint(const Report &report, const PageDecor &decor, QPagedPaintDevice &device,
          const Progress &progress = {});

struct PdfOptions
{
    bool pdfA = false; // PDF/A-1b, for archives
    int resolution = 300;
};

// Writes the report to a PDF file; the file is replaced only once the whole
// document is written.
Result<int> writePdf(const Report &report, const PageDecor &decor, const QString &path,
                     const PdfOptions &options = {}, const Progress &progress = {});

} // namespace tt::reports
