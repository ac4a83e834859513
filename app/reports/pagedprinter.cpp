#include "pagedprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace tt::reports {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ReportsText
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

// DejaVu Sans carries Cyrillic and ships with Debian; the family falls back
// to the system's sans serif elsewhere.
QFont reportFont(qreal points)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    return font;
}

const char *const styleSheet = R"(
h1 { font-size: 15pt; font-weight: bold; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; font-weight: bold; margin-top: 12pt; margin-bottom: 4pt; color: #1f3a5f; }
h3 { font-size: 10pt; font-weight: bold; margin-top: 8pt; margin-bottom: 2pt; }
p { margin-top: 0; margin-bottom: 4pt; }
th { background-color: #e4e9f0; font-weight: bold; text-align: left; }
td.num, th.num { text-align: right; }
tr.group td { background-color: #f2f4f7; font-weight: bold; }
.muted { color: #666666; }
.done { color: #2e7d32; }
.overdue { color: #c62828; font-weight: bold; }
.planned { color: #1f3a5f; }
)";

} // namespace

int paint(const Report &report, const PageDecor &decor, QPagedPaintDevice &device)
{
    const qreal dpi = device.logicalDpiY();
    const auto mm = [dpi](qreal v) { return v * dpi / 25.4; };
    const QRectF page(0, 0, device.width(), device.height());
    // Margins of an office letter: 20 mm at the sides, room for the header
    // above and the footer below the body.
    const QRectF body = page.adjusted(mm(20), mm(25), -mm(20), -mm(22));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(reportFont(9));
    doc.setDefaultStyleSheet(QString::fromUtf8(styleSheet));
    doc.setDocumentMargin(0);
    doc.setHtml(report.html);
    doc.setPageSize(body.size());
    const int pages = doc.pageCount();

    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont small = reportFont(7.5);
    const QPen rule(QColor(0x9a, 0xa5, 0xb4), mm(0.25));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF header(body.left(), mm(12), body.width(), mm(8));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, decor.office);
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, decor.title);
        const QRectF footer(body.left(), page.height() - mm(17), body.width(), mm(8));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, decor.date);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                         ReportsText::tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.setPen(rule);
        painter.drawLine(QPointF(body.left(), header.bottom() + mm(1.5)),
                         QPointF(body.right(), header.bottom() + mm(1.5)));
        painter.drawLine(QPointF(body.left(), footer.top() - mm(1.5)),
                         QPointF(body.right(), footer.top() - mm(1.5)));

        painter.save();
        const QRectF slice(0, i * body.height(), body.width(), body.height());
        painter.translate(body.left(), body.top() - slice.top());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
}

Result<int> writePdf(const Report &report, const PageDecor &decor, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(report.title);
    writer.setCreator(QCoreApplication::applicationName());
    const int pages = paint(report, decor, writer);
    if (!QFile::exists(path))
        return Error::make(Error::Code::Io,
                           ReportsText::tr("“%1” could not be written.").arg(path));
    return pages;
}

} // namespace tt::reports
