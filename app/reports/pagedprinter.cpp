#include "app/reports/pagedprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextLayout>
#include <QTextObjectInterface>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace tt::reports {

namespace {

// The messages of this file, under the context that lupdate records for them.
struct ReportsText
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

// DejaVu Sans carries Cyrillic and ships with Debian; the family falls back
// to the system's sans serif elsewhere.
QFont reportFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Sizes of an office letter: 9 pt text, headings only a little larger.
constexpr qreal textPoints = 9;
constexpr qreal tablePoints = 8.5;
constexpr qreal headingPoints = 11;

const QColor headingColor(0x1f, 0x3a, 0x5f);
const QColor headerFill(0xe4, 0xe9, 0xf0);
const QColor groupFill(0xf2, 0xf4, 0xf7);
const QColor ruleColor(0x9a, 0xa5, 0xb4);
const QColor lightRule(0xd5, 0xdb, 0xe3);

const char *const styleSheet = R"(
h1 { font-size: 14pt; font-weight: bold; margin-top: 0; margin-bottom: 2pt; }
h2 { font-size: 11pt; font-weight: bold; margin-top: 12pt; margin-bottom: 4pt; color: #1f3a5f; }
h3 { font-size: 9.5pt; font-weight: bold; margin-top: 8pt; margin-bottom: 2pt; }
p { margin-top: 0; margin-bottom: 4pt; }
th { background-color: #e4e9f0; font-weight: bold; text-align: left; }
td.num, th.num { text-align: right; }
tr.group td { background-color: #f2f4f7; font-weight: bold; }
.muted { color: #5f6b7a; }
.done { color: #2e7d32; }
.overdue { color: #c62828; font-weight: bold; }
.planned { color: #1f3a5f; }
.warning { color: #b45309; }
.figure { margin-top: 6pt; margin-bottom: 6pt; }
)";

// Paints the figures where the HTML has <img src="figure:N">, in place of Qt's
// image handler: with QPainter straight onto the page, so that they stay
// vector in a PDF.
class FigureHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    FigureHandler(const QList<Figure> &figures, qreal dpi, QObject *parent)
        : QObject(parent)
        , m_figures(figures)
        , m_dpi(dpi)
    {}

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const Figure *f = figure(format);
        return f ? f->size * m_dpi / 25.4 : QSizeF();
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        const Figure *f = figure(format);
        if (!f || !f->paint)
            return;
        painter->save();
        painter->setClipRect(rect, Qt::IntersectClip);
        f->paint(*painter, rect);
        painter->restore();
    }

private:
    const Figure *figure(const QTextFormat &format) const
    {
        const QString name = format.toImageFormat().name();
        if (!name.startsWith(QLatin1String("figure:")))
            return nullptr;
        const qsizetype i = name.mid(7).toInt();
        return i >= 0 && i < m_figures.size() ? &m_figures[i] : nullptr;
    }

    const QList<Figure> &m_figures;
    qreal m_dpi;
};

// Where every piece of a report goes: the pages of the text, then the long
// tables flowed after its end, each row measured once.
class Pagination
{
public:
    Pagination(const Report &report, QPaintDevice &device, const QSizeF &body);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    // Paints page `index` with the painter's origin at the body's top left.
    void paintPage(QPainter &painter, int index) const;

private:
    enum class OpKind : quint8 { Heading, Header, Row, Continued, Empty };
    struct Op
    {
        OpKind kind;
        int table;
        int row;
        qreal y;
    };
    struct Page
    {
        int textPage = -1;
        qsizetype firstOp = 0;
        qsizetype endOp = 0;
    };

    // A cell's text shaped once: a national table repeats the same countries,
    // stages, dates and places thousands of times, and shaping is most of the
    // cost of painting text into a PDF.
    struct Shaped
    {
        QList<QGlyphRun> runs;
        qreal advance = 0;
    };
    const Shaped &shaped(const QString &text, bool bold) const;

    void layOutTables();
    qreal rowHeight(const QList<qreal> &edges, const QStringList &cells, bool header) const;
    QList<qreal> columnEdges(const LongTable &table) const;
    void paintRow(QPainter &painter, int table, const QStringList &cells, qreal y, qreal height,
                  bool header) const;
    void paintGroup(QPainter &painter, const QString &text, qreal y, qreal height) const;
    void newPage(qreal *y);
    void add(OpKind kind, int table, int row, qreal y);

    const Report &m_report;
    QPaintDevice &m_device;
    QSizeF m_body;
    qreal m_dpi;
    std::unique_ptr<QTextDocument> m_doc;
    int m_textPages = 0;
    qreal m_textEnd = 0; // y where the text ends on its last page
    QFont m_cellFont, m_boldFont, m_headingFont;
    QFontMetricsF m_cell, m_bold, m_heading;
    qreal m_padX, m_padY, m_headingAbove, m_headingBelow;
    std::vector<std::vector<float>> m_heights; // per table, per row
    std::vector<float> m_headerHeights;
    std::vector<QList<qreal>> m_edges; // per table, the columns' left edges and the right one
    std::vector<Op> m_ops;
    std::vector<Page> m_pages;
    mutable QHash<QString, Shaped> m_shaped[2]; // regular, bold
};

Pagination::Pagination(const Report &report, QPaintDevice &device, const QSizeF &body)
    : m_report(report)
    , m_device(device)
    , m_body(body)
    , m_dpi(device.logicalDpiY())
    , m_doc(std::make_unique<QTextDocument>())
    , m_cellFont(reportFont(tablePoints))
    , m_boldFont(reportFont(tablePoints, true))
    , m_headingFont(reportFont(headingPoints, true))
    , m_cell(m_cellFont, &device)
    , m_bold(m_boldFont, &device)
    , m_heading(m_headingFont, &device)
{
    const auto mm = [this](qreal v) { return v * m_dpi / 25.4; };
    m_padX = mm(1.2);
    m_padY = mm(0.7);
    m_headingAbove = mm(4.5);
    m_headingBelow = mm(1.5);

    m_doc->documentLayout()->setPaintDevice(&device);
    m_doc->documentLayout()->registerHandler(QTextFormat::ImageObject,
                                             new FigureHandler(report.figures, m_dpi, m_doc.get()));
    m_doc->setDefaultFont(reportFont(textPoints));
    m_doc->setDefaultStyleSheet(QString::fromUtf8(styleSheet));
    m_doc->setDocumentMargin(0);
    m_doc->setHtml(report.html);
    m_doc->setPageSize(body);
    if (!report.html.isEmpty()) {
        m_textPages = m_doc->pageCount();
        const QRectF last = m_doc->documentLayout()->blockBoundingRect(m_doc->lastBlock());
        m_textEnd =
            std::clamp(last.bottom() - (m_textPages - 1) * body.height(), 0.0, body.height());
    }
    for (int i = 0; i < m_textPages; ++i)
        m_pages.push_back({i, 0, 0});
    layOutTables();
}

QList<qreal> Pagination::columnEdges(const LongTable &table) const
{
    qreal sum = 0;
    for (qsizetype c = 0; c < table.headers.size(); ++c)
        sum += table.widths.value(c, 1);
    QList<qreal> edges{0};
    for (qsizetype c = 0; c < table.headers.size(); ++c)
        edges << edges.last() + m_body.width() * table.widths.value(c, 1) / sum;
    return edges;
}

const Pagination::Shaped &Pagination::shaped(const QString &text, bool bold) const
{
    QHash<QString, Shaped> &cache = m_shaped[bold ? 1 : 0];
    if (auto it = cache.constFind(text); it != cache.cend())
        return *it;
    if (cache.size() > 250000) // a bound on memory; the next rows fill it again
        cache.clear();
    QTextLayout layout(text, bold ? m_boldFont : m_cellFont, &m_device);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e9);
    layout.endLayout();
    Shaped s;
    s.runs = layout.glyphRuns();
    s.advance = line.isValid() ? line.naturalTextWidth() : 0;
    return *cache.insert(text, std::move(s));
}

qreal Pagination::rowHeight(const QList<qreal> &edges, const QStringList &cells, bool header) const
{
    const QFontMetricsF &fm = header ? m_bold : m_cell;
    qreal h = fm.height();
    for (qsizetype c = 0; c < cells.size() && c + 1 < edges.size(); ++c) {
        const qreal w = edges[c + 1] - edges[c] - 2 * m_padX;
        // Most cells hold one line: measure the advance first, wrap only when needed.
        if (shaped(cells[c], header).advance > w)
            h = std::max(
                h, fm.boundingRect(QRectF(0, 0, w, 1e9), Qt::TextWordWrap, cells[c]).height());
    }
    return h + 2 * m_padY;
}

void Pagination::newPage(qreal *y)
{
    m_pages.push_back(
        {-1, static_cast<qsizetype>(m_ops.size()), static_cast<qsizetype>(m_ops.size())});
    *y = 0;
}

void Pagination::add(OpKind kind, int table, int row, qreal y)
{
    m_ops.push_back({kind, table, row, y});
    m_pages.back().endOp = static_cast<qsizetype>(m_ops.size());
}

void Pagination::layOutTables()
{
    const qreal bodyH = m_body.height();
    qreal y = m_textEnd;
    if (m_pages.empty() && !m_report.tables.isEmpty())
        newPage(&y);
    const qreal groupH = m_bold.height() + 2 * m_padY;
    for (int t = 0; t < m_report.tables.size(); ++t) {
        const LongTable &table = m_report.tables[t];
        m_edges.push_back(columnEdges(table));
        const QList<qreal> &edges = m_edges.back();
        std::vector<float> heights;
        heights.reserve(table.rows.size());
        for (const TableRow &row : table.rows)
            heights.push_back(row.group ? groupH : rowHeight(edges, row.cells, false));
        const qreal headerH = rowHeight(edges, table.headers, true);
        m_headerHeights.push_back(static_cast<float>(headerH));

        const qreal above = y > 0 ? m_headingAbove : 0;
        const qreal headingH = table.heading.isEmpty() ? 0 : m_heading.height() + m_headingBelow;
        qreal first = table.rows.isEmpty() ? m_cell.height() : headerH + heights[0];
        if (!table.rows.isEmpty() && table.rows[0].group && table.rows.size() > 1)
            first += heights[1];
        if (y + above + headingH + first > bodyH)
            newPage(&y);
        else
            y += above;
        if (!table.heading.isEmpty()) {
            add(OpKind::Heading, t, -1, y);
            y += headingH;
        }
        if (table.rows.isEmpty()) {
            add(OpKind::Empty, t, -1, y);
            y += m_cell.height() + m_padY;
            m_heights.push_back(std::move(heights));
            continue;
        }
        add(OpKind::Header, t, -1, y);
        y += headerH;
        int group = -1;
        for (int r = 0; r < table.rows.size(); ++r) {
            const bool isGroup = table.rows[r].group;
            // A group row never stays alone at the foot of a page.
            qreal need = heights[r];
            if (isGroup && r + 1 < table.rows.size())
                need += heights[r + 1];
            if (y + need > bodyH && y > headerH + groupH) {
                newPage(&y);
                add(OpKind::Header, t, -1, y);
                y += headerH;
                if (!isGroup && group >= 0) {
                    add(OpKind::Continued, t, group, y);
                    y += groupH;
                }
            }
            if (isGroup)
                group = r;
            add(OpKind::Row, t, r, y);
            y += heights[r];
        }
        m_heights.push_back(std::move(heights));
    }
}

void Pagination::paintGroup(QPainter &painter, const QString &text, qreal y, qreal height) const
{
    const QRectF r(0, y, m_body.width(), height);
    painter.fillRect(r, groupFill);
    painter.setPen(QPen(lightRule, 0));
    painter.drawLine(r.bottomLeft(), r.bottomRight());
    painter.setFont(m_boldFont);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(m_padX, y + m_padY + m_bold.ascent()), text);
}

void Pagination::paintRow(QPainter &painter, int t, const QStringList &cells, qreal y, qreal height,
                          bool header) const
{
    const LongTable &table = m_report.tables[t];
    const QList<qreal> &edges = m_edges[static_cast<size_t>(t)];
    const QRectF r(0, y, m_body.width(), height);
    if (header) {
        painter.fillRect(r, headerFill);
        painter.setPen(QPen(ruleColor, 0));
        painter.drawLine(r.topLeft(), r.topRight());
        painter.drawLine(r.bottomLeft(), r.bottomRight());
    } else {
        painter.setPen(QPen(lightRule, 0));
        painter.drawLine(r.bottomLeft(), r.bottomRight());
    }
    painter.setFont(header ? m_boldFont : m_cellFont);
    painter.setPen(Qt::black);
    for (qsizetype c = 0; c < cells.size() && c + 1 < edges.size(); ++c) {
        const QString &text = cells[c];
        if (text.isEmpty())
            continue;
        const qreal left = edges[c] + m_padX, width = edges[c + 1] - edges[c] - 2 * m_padX;
        const Shaped &s = shaped(text, header);
        const bool right = table.numeric.value(c);
        if (s.advance <= width) {
            const QPointF at(right ? left + width - s.advance : left, y + m_padY);
            for (const QGlyphRun &run : s.runs)
                painter.drawGlyphRun(at, run);
        } else {
            painter.drawText(QRectF(left, y + m_padY, width, height),
                             Qt::TextWordWrap | (right ? Qt::AlignRight : Qt::AlignLeft), text);
        }
    }
}

void Pagination::paintPage(QPainter &painter, int index) const
{
    const Page &page = m_pages[static_cast<size_t>(index)];
    if (page.textPage >= 0) {
        painter.save();
        const QRectF slice(0, page.textPage * m_body.height(), m_body.width(), m_body.height());
        painter.translate(0, -slice.top());
        painter.setClipRect(slice);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, Qt::black);
        m_doc->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    for (qsizetype i = page.firstOp; i < page.endOp; ++i) {
        const Op &op = m_ops[static_cast<size_t>(i)];
        const LongTable &table = m_report.tables[op.table];
        const auto &heights = m_heights[static_cast<size_t>(op.table)];
        switch (op.kind) {
        case OpKind::Heading:
            painter.setFont(m_headingFont);
            painter.setPen(headingColor);
            painter.drawText(QPointF(0, op.y + m_heading.ascent()), table.heading);
            break;
        case OpKind::Empty:
            painter.setFont(m_cellFont);
            painter.setPen(QColor(0x5f, 0x6b, 0x7a));
            painter.drawText(QPointF(0, op.y + m_cell.ascent()), table.emptyText);
            break;
        case OpKind::Header:
            paintRow(painter, op.table, table.headers, op.y,
                     m_headerHeights[static_cast<size_t>(op.table)], true);
            break;
        case OpKind::Continued:
            paintGroup(painter,
                       m_report.continued.isEmpty()
                           ? table.rows[op.row].cells.value(0)
                           : m_report.continued.arg(table.rows[op.row].cells.value(0)),
                       op.y, heights[static_cast<size_t>(op.row)]);
            break;
        case OpKind::Row: {
            const TableRow &row = table.rows[op.row];
            const qreal h = heights[static_cast<size_t>(op.row)];
            if (row.group)
                paintGroup(painter, row.cells.value(0), op.y, h);
            else
                paintRow(painter, op.table, row.cells, op.y, h, false);
            break;
        }
        }
    }
}

} // namespace

void preparePage(QPagedPaintDevice &device, const Report &report)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), report.orientation,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

int paint(const Report &report, const PageDecor &decor, QPagedPaintDevice &device,
          const Progress &progress)
{
    const qreal dpi = device.logicalDpiY();
    const auto mm = [dpi](qreal v) { return v * dpi / 25.4; };
    const QRectF page(0, 0, device.width(), device.height());
    // Margins of an office letter: 20 mm at the sides, room for the header
    // above and the footer below the body.
    const QRectF body = page.adjusted(mm(20), mm(25), -mm(20), -mm(22));
    const Pagination pagination(report, device, body.size());
    const int pages = pagination.pageCount();
    const QString pageOf =
        report.pageOfPages.isEmpty() ? ReportsText::tr("Page %1 of %2") : report.pageOfPages;

    QPainter painter;
    if (!painter.begin(&device))
        return -1;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QFont small = reportFont(7.5);
    const QPen rule(ruleColor, mm(0.25));
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
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageOf.arg(i + 1).arg(pages));
        painter.setPen(rule);
        painter.drawLine(QPointF(body.left(), header.bottom() + mm(1.5)),
                         QPointF(body.right(), header.bottom() + mm(1.5)));
        painter.drawLine(QPointF(body.left(), footer.top() - mm(1.5)),
                         QPointF(body.right(), footer.top() - mm(1.5)));

        painter.save();
        painter.translate(body.topLeft());
        pagination.paintPage(painter, i);
        painter.restore();
        if (progress && !progress(i + 1, pages)) {
            painter.end();
            return -1;
        }
    }
    painter.end();
    return pages;
}

Result<int> writePdf(const Report &report, const PageDecor &decor, const QString &path,
                     const PdfOptions &options, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(
            Error::Code::Io,
            ReportsText::tr("“%1” could not be written: %2").arg(path, file.errorString()));
    int pages = -1;
    {
        QPdfWriter writer(&file);
        writer.setResolution(options.resolution);
        if (options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        preparePage(writer, report);
        writer.setTitle(report.title);
        writer.setCreator(QCoreApplication::applicationName());
        pages = paint(report, decor, writer, progress);
    }
    if (pages < 0) {
        file.cancelWriting();
        return Error::make(Error::Code::Io,
                           ReportsText::tr("The PDF was not written: it was stopped."));
    }
    if (!file.commit())
        return Error::make(
            Error::Code::Io,
            ReportsText::tr("“%1” could not be written: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace tt::reports

#include "pagedprinter.moc"
