#pragma once

// What a report is made of, before it meets paper: the text as HTML for a
// QTextDocument, figures painted with QPainter where the HTML places them (so
// that charts and maps stay vector in the PDF), and long tables after the text
// that pagedprinter.h paints row by row. A table of a hundred thousand pairs is
// far too much for QTextDocument's table layout; painted by hand it is quick,
// its header repeats on every page and no row is ever split.
//
// Every report type (reports.h, and any other that plugs in) builds one of
// these; pagedprinter.h lays it out and paints it on a PDF writer or a printer.

#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

namespace tt::reports {

// Painted into `rect` (device units) of the page; paint only what is opaque,
// so that the PDF stays valid as PDF/A-1b.
struct Figure
{
    QSizeF size; // millimetres
    std::function<void(QPainter &painter, const QRectF &rect)> paint;
};

struct TableRow
{
    QStringList cells;
    bool group = false; // a heading row spanning every column (an oblast, a month)
};

struct LongTable
{
    QString heading; // printed above the table like an <h2>
    QStringList headers;
    QList<qreal> widths; // relative widths of the columns
    QList<bool> numeric; // right-aligned columns
    QList<TableRow> rows;
    QString emptyText; // printed instead of the table when it has no rows
};

struct Report
{
    QString title; // for the page header and the PDF's title
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    // The text; <img src="figure:N"> stands for figures[N] at its own size.
    QString html;
    QList<Figure> figures;
    QList<LongTable> tables; // after the text, in order
    // Translated when the report is built, in the report's language.
    QString pageOfPages; // "Page %1 of %2"
    QString continued;   // "%1 (continued)", for a group row carried over
};

// The markup that places figure `index` of a report, centred on its own line.
QString figureHtml(int index);

} // namespace tt::reports
