#include "ui/widgets/chartview.h"

#include "app/present/palette.h"

#include <QEvent>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPicture>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace tt::ui {

// A bar, a segment of a stacked column, a slice or a legend entry of a donut:
// what the mouse can point at.
struct ChartView::Part
{
    QPainterPath shape;
    QPointF anchor; // inside the drawn part, for positionOf()
    QString key;
    QString tip;
};

// What one drawing left behind: the parts in the order drawn (bars and
// slices before legend entries) and the texts as written.
struct ChartView::Layout
{
    QList<Part> parts;
    QStringList texts;
};

struct ChartView::Private
{
    QString title;
    Layout layout;
    bool valid = false; // layout is that of the present size, font and series
    QString pressedKey;
    int hovered = -1;
};

// The state of one drawing, shared by the three kinds.
struct ChartView::Painting
{
    QPainter *painter;
    QRectF area; // below the title
    QFont font;
    QFontMetricsF fm;
    QColor text;
    QColor grid;
    QColor axis;
    QColor base;
    QLocale locale;
    Layout *layout; // null when only painting (renderTo)

    qreal gap() const { return std::round(fm.height() * 0.5); }
    QString number(double v) const { return locale.toString(v, 'f', 0); }
    void write(const QPointF &baseline, const QString &s)
    {
        painter->setPen(text);
        painter->drawText(baseline, s);
        if (layout)
            layout->texts << s;
    }
    // The baseline that centres a line of text on y.
    qreal centred(qreal y) const { return y + (fm.ascent() - fm.descent()) / 2; }
    void part(const QPainterPath &shape, const QPointF &anchor, const QString &key,
              const QString &tip)
    {
        if (layout)
            layout->parts.append({shape, anchor, key, tip});
    }
    void line(QPointF a, QPointF b, const QColor &color)
    {
        // On the middle of a pixel, so that a one-pixel line stays sharp.
        if (a.x() == b.x())
            a.rx() = b.rx() = std::floor(a.x()) + 0.5;
        if (a.y() == b.y())
            a.ry() = b.ry() = std::floor(a.y()) + 0.5;
        painter->setPen(QPen(color, 1));
        painter->drawLine(a, b);
    }
};

namespace {

// A round top for the value axis, so that its four steps are whole numbers.
double niceMaximum(double value)
{
    const double raw = std::max(1.0, value) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double candidate = step * magnitude;
        if (candidate >= raw && (candidate >= 1 || step == 10.0))
            return std::max(4.0, std::ceil(candidate) * 4);
    }
    return raw * 4;
}

constexpr int tickSteps = 4;

// The font in pixels: text then takes the same room on the screen, in a PNG
// and in an SVG (whose generator counts 72 dots to the inch).
QFont inPixels(QFont font)
{
    if (font.pixelSize() <= 0)
        font.setPixelSize(std::max(1, QFontInfo(font).pixelSize()));
    return font;
}

QFont smallFont(const QWidget *w)
{
    QFont f = w->font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
    return inPixels(f);
}

QColor colorOf(const ChartSeries &s, qsizetype index)
{
    const QColor c = s.colors.value(index, s.color);
    return c.isValid() ? c : present::palette::accent();
}

QPainterPath rectPath(const QRectF &r)
{
    QPainterPath path;
    path.addRect(r);
    return path;
}

} // namespace

ChartView::ChartView(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , d(std::make_unique<Private>())
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(260, 200);
}

ChartView::~ChartView() = default;

void ChartView::setTitle(const QString &title)
{
    d->title = title;
    invalidate();
}

QString ChartView::title() const
{
    return d->title;
}

void ChartView::setSeries(const QList<ChartSeries> &series)
{
    m_series = series;
    if (m_kind == Kind::Bars && !m_series.isEmpty()) {
        // A row too low for its label would have it cut: the chart grows to
        // give every category a line of text.
        const QFontMetricsF metrics(smallFont(this));
        const int n = static_cast<int>(m_series.first().labels.size());
        const int needed = static_cast<int>(std::ceil(n * (metrics.height() + 8) + 120));
        if (minimumHeight() < needed)
            setMinimumHeight(needed);
    }
    invalidate();
}

QSize ChartView::sizeHint() const
{
    return QSize(360, 260).expandedTo(minimumSize());
}

void ChartView::invalidate()
{
    d->valid = false;
    d->hovered = -1;
    update();
}

const ChartView::Layout &ChartView::layout() const
{
    if (!d->valid) {
        // Drawn into a picture that is thrown away: the geometry of the parts
        // comes from the very code that paints them.
        QPicture picture;
        QPainter painter(&picture);
        d->layout = {};
        paint(&painter, QRectF(rect()), &d->layout);
        d->valid = true;
    }
    return d->layout;
}

QStringList ChartView::drawnTexts() const
{
    return layout().texts;
}

QPoint ChartView::positionOf(const QString &key) const
{
    if (key.isEmpty())
        return {};
    for (const Part &part : layout().parts) {
        if (part.key == key)
            return part.anchor.toPoint();
    }
    return {};
}

const ChartView::Part *ChartView::partAt(const QPointF &pos) const
{
    const Layout &l = layout();
    // The last drawn first: a legend entry or a segment on top wins.
    for (auto it = l.parts.crbegin(); it != l.parts.crend(); ++it) {
        if (it->shape.contains(pos))
            return &*it;
    }
    return nullptr;
}

void ChartView::renderTo(QPainter *painter, const QRectF &target)
{
    paint(painter, target, nullptr);
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    Layout layout;
    paint(&painter, QRectF(rect()), &layout);
    d->layout = std::move(layout);
    d->valid = true;
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    invalidate();
    QWidget::resizeEvent(event);
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange ||
        event->type() == QEvent::PaletteChange) {
        if (event->type() == QEvent::FontChange)
            setSeries(m_series); // the rows of bars need a new height
        invalidate();
    }
    QWidget::changeEvent(event);
}

bool ChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Part *part = partAt(help->pos())) {
            QToolTip::showText(help->globalPos(), part->tip, this,
                               part->shape.boundingRect().toAlignedRect());
            return true;
        }
        // Elsewhere the widget's own tooltip, if it has one.
    }
    return QWidget::event(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    const Part *part = partAt(event->position());
    const int index = part ? static_cast<int>(part - layout().parts.constData()) : -1;
    if (part && !part->key.isEmpty())
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    // A tooltip already open follows the mouse from bar to bar at once.
    if (index != d->hovered && QToolTip::isVisible()) {
        if (part)
            QToolTip::showText(event->globalPosition().toPoint(), part->tip, this,
                               part->shape.boundingRect().toAlignedRect());
        else
            QToolTip::hideText();
    }
    d->hovered = index;
    QWidget::mouseMoveEvent(event);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    d->pressedKey.clear();
    if (event->button() == Qt::LeftButton) {
        if (const Part *part = partAt(event->position()))
            d->pressedKey = part->key;
    }
    QWidget::mousePressEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const QString pressed = std::exchange(d->pressedKey, QString());
    if (event->button() == Qt::LeftButton && !pressed.isEmpty()) {
        const Part *part = partAt(event->position());
        if (part && part->key == pressed) {
            emit clicked(pressed); // may set new series: `part` is gone after this
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void ChartView::leaveEvent(QEvent *event)
{
    unsetCursor();
    d->hovered = -1;
    QWidget::leaveEvent(event);
}

void ChartView::paint(QPainter *painter, const QRectF &rect, Layout *layout) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);
    QColor axis = text;
    axis.setAlphaF(0.4);
    painter->fillRect(rect, pal.color(QPalette::Base));
    painter->setClipRect(rect);

    const QFont labelFont = smallFont(this);
    const QFontMetricsF fm(labelFont, painter->device());
    const qreal margin = std::round(fm.height() * 0.6);
    QRectF area = rect.adjusted(margin, margin, -margin, -margin);
    if (!d->title.isEmpty()) {
        QFont titleFont = inPixels(font());
        titleFont.setBold(true);
        const QFontMetricsF tm(titleFont, painter->device());
        const QString title = tm.elidedText(d->title, Qt::ElideRight, area.width());
        painter->setFont(titleFont);
        painter->setPen(text);
        painter->drawText(
            QPointF(area.center().x() - tm.horizontalAdvance(title) / 2, area.top() + tm.ascent()),
            title);
        if (layout)
            layout->texts << title;
        area.setTop(area.top() + tm.height() + margin);
    }
    painter->setFont(labelFont);
    const QColor base = pal.color(QPalette::Base);
    Painting p{painter, area, labelFont, fm, text, grid, axis, base, locale(), layout};
    if (!m_series.isEmpty() && area.width() > 0 && area.height() > 0) {
        switch (m_kind) {
        case Kind::Bars:
            paintBars(p);
            break;
        case Kind::Columns:
        case Kind::StackedColumns:
            paintColumns(p);
            break;
        case Kind::Donut:
            paintDonut(p);
            break;
        }
    }
    painter->restore();
}

void ChartView::paintBars(Painting &p) const
{
    const ChartSeries &first = m_series.first();
    const qsizetype n = first.labels.size();
    if (n == 0)
        return;
    QList<double> sums(n, 0.0);
    for (const ChartSeries &s : m_series) {
        for (qsizetype i = 0; i < n; ++i)
            sums[i] += std::max(0.0, s.values.value(i));
    }
    const double top = niceMaximum(*std::max_element(sums.cbegin(), sums.cend()));
    const qreal gap = p.gap();
    const QString separator = QStringLiteral("  ");

    // The labels at the left, "label  value", at most some 45 % of the width.
    qreal labelW = 0;
    for (qsizetype i = 0; i < n; ++i)
        labelW = std::max(labelW,
                          p.fm.horizontalAdvance(first.labels[i] + separator + p.number(sums[i])));
    labelW = std::min(labelW, p.area.width() * 0.45);
    const qreal topTickW = p.fm.horizontalAdvance(p.number(top));
    const qreal left = p.area.left() + labelW + gap;
    QRectF plot(left, p.area.top(), p.area.right() - topTickW / 2 - left,
                p.area.height() - p.fm.height() - gap / 2);
    if (plot.width() <= 0 || plot.height() <= 0)
        return;

    for (int k = 0; k <= tickSteps; ++k) {
        const qreal x = plot.left() + plot.width() * k / tickSteps;
        p.line(QPointF(x, plot.top()), QPointF(x, plot.bottom()), k == 0 ? p.axis : p.grid);
        const QString tick = p.number(top * k / tickSteps);
        p.write(
            QPointF(x - p.fm.horizontalAdvance(tick) / 2, plot.bottom() + gap / 2 + p.fm.ascent()),
            tick);
    }
    p.line(plot.bottomLeft(), plot.bottomRight(), p.axis);

    const qreal rowH = plot.height() / static_cast<qreal>(n);
    const qreal barH = std::min(rowH * 0.72, p.fm.height() * 2.5);
    const bool several = m_series.size() > 1;
    for (qsizetype i = 0; i < n; ++i) {
        const qreal y = plot.top() + rowH * (static_cast<qreal>(i) + 0.5);
        const QString value = p.number(sums[i]);
        // Each label shortened on its own, the whole label in the tooltip.
        const QString label = p.fm.elidedText(first.labels[i], Qt::ElideRight,
                                              labelW - p.fm.horizontalAdvance(separator + value)) +
                              separator + value;
        p.write(QPointF(plot.left() - gap - p.fm.horizontalAdvance(label), p.centred(y)), label);
        qreal x = plot.left();
        for (const ChartSeries &s : m_series) {
            const double v = std::max(0.0, s.values.value(i));
            if (v <= 0)
                continue;
            const QRectF bar(x, y - barH / 2, plot.width() * v / top, barH);
            p.painter->fillRect(bar, colorOf(s, i));
            QString tip = s.labels.value(i);
            if (several && !s.name.isEmpty())
                tip += QStringLiteral(" — ") + s.name;
            // A thin bar is still easy to point at.
            const QRectF hit = bar.width() >= 4 ? bar : bar.adjusted(0, 0, 4 - bar.width(), 0);
            p.part(rectPath(hit), bar.center(), s.keys.value(i),
                   tip + QStringLiteral(": ") + p.number(v));
            x = bar.right();
        }
    }
}

void ChartView::paintColumns(Painting &p) const
{
    const ChartSeries &first = m_series.first();
    const qsizetype n = first.labels.size();
    if (n == 0)
        return;
    QList<double> sums(n, 0.0);
    for (const ChartSeries &s : m_series) {
        for (qsizetype i = 0; i < n; ++i)
            sums[i] += std::max(0.0, s.values.value(i));
    }
    const double top = niceMaximum(*std::max_element(sums.cbegin(), sums.cend()));
    const qreal gap = p.gap();
    const bool several = m_series.size() > 1;

    qreal axisW = 0;
    for (int k = 0; k <= tickSteps; ++k)
        axisW = std::max(axisW, p.fm.horizontalAdvance(p.number(top * k / tickSteps)));
    const qreal legendH = several ? p.fm.height() + gap : 0;
    const qreal labelH = p.fm.height() + gap / 2;
    QRectF plot(p.area.left() + axisW + gap, p.area.top() + p.fm.height() / 2,
                p.area.width() - axisW - gap,
                p.area.height() - p.fm.height() / 2 - labelH - legendH);
    if (plot.width() <= 0 || plot.height() <= 0)
        return;

    for (int k = 0; k <= tickSteps; ++k) {
        const qreal y = plot.bottom() - plot.height() * k / tickSteps;
        p.line(QPointF(plot.left(), y), QPointF(plot.right(), y), k == 0 ? p.axis : p.grid);
        const QString tick = p.number(top * k / tickSteps);
        p.write(QPointF(plot.left() - gap / 2 - p.fm.horizontalAdvance(tick), p.centred(y)), tick);
    }
    p.line(plot.topLeft(), plot.bottomLeft(), p.axis);

    const qreal colW = plot.width() / static_cast<qreal>(n);
    const qreal barW = std::min(colW * 0.72, p.fm.height() * 4);
    for (qsizetype i = 0; i < n; ++i) {
        const qreal x = plot.left() + colW * (static_cast<qreal>(i) + 0.5);
        qreal y = plot.bottom();
        for (const ChartSeries &s : m_series) {
            const double v = std::max(0.0, s.values.value(i));
            if (v <= 0)
                continue;
            const qreal h = plot.height() * v / top;
            const QRectF bar(x - barW / 2, y - h, barW, h);
            p.painter->fillRect(bar, colorOf(s, i));
            QString tip = s.labels.value(i);
            if (several && !s.name.isEmpty())
                tip += QStringLiteral(" — ") + s.name;
            const QRectF hit = bar.height() >= 4 ? bar : bar.adjusted(0, bar.height() - 4, 0, 0);
            p.part(rectPath(hit), bar.center(), s.keys.value(i),
                   tip + QStringLiteral(": ") + p.number(v));
            y = bar.top();
        }
    }

    // The category labels level, every k-th when they would touch (a label
    // turned on its side is hard to read, and too long for a row of months).
    qreal widest = 0;
    for (const QString &label : first.labels)
        widest = std::max(widest, p.fm.horizontalAdvance(label));
    widest = std::min(widest, plot.width());
    const auto every = static_cast<qsizetype>(std::max(1.0, std::ceil((widest + gap) / colW)));
    const qreal baseline = plot.bottom() + gap / 2 + p.fm.ascent();
    qreal lastRight = -1e9;
    for (qsizetype i = 0; i < n; i += every) {
        const QString label = p.fm.elidedText(first.labels[i], Qt::ElideRight, widest);
        const qreal w = p.fm.horizontalAdvance(label);
        const qreal centre = plot.left() + colW * (static_cast<qreal>(i) + 0.5);
        const qreal left = std::clamp(centre - w / 2, p.area.left(), p.area.right() - w);
        if (left < lastRight + gap)
            continue;
        p.write(QPointF(left, baseline), label);
        lastRight = left + w;
    }

    if (several) {
        const qreal square = std::round(p.fm.ascent() * 0.8);
        qreal total = 0;
        for (const ChartSeries &s : m_series)
            total += square + gap / 2 + p.fm.horizontalAdvance(s.name) + gap * 1.5;
        total -= gap * 1.5;
        qreal x = std::max(p.area.left(), p.area.center().x() - total / 2);
        const qreal y = p.area.bottom() - p.fm.height() / 2;
        for (const ChartSeries &s : m_series) {
            p.painter->fillRect(QRectF(x, y - square / 2, square, square),
                                s.color.isValid() ? s.color : present::palette::accent());
            x += square + gap / 2;
            p.write(QPointF(x, p.centred(y)), s.name);
            x += p.fm.horizontalAdvance(s.name) + gap * 1.5;
        }
    }
}

void ChartView::paintDonut(Painting &p) const
{
    const ChartSeries &s = m_series.first();
    QList<qsizetype> shown; // the slices with a value; a zero has no slice
    double total = 0;
    for (qsizetype i = 0; i < s.labels.size(); ++i) {
        if (s.values.value(i) > 0) {
            shown << i;
            total += s.values.value(i);
        }
    }
    if (shown.isEmpty())
        return;
    const qreal gap = p.gap();
    const qreal square = std::round(p.fm.ascent() * 0.8);
    const QString separator = QStringLiteral("  ");
    const auto tipOf = [&](qsizetype i) {
        const double v = s.values.value(i);
        return QStringLiteral("%1: %2 (%3 %)")
            .arg(s.labels.at(i), p.number(v), p.locale.toString(100.0 * v / total, 'f', 1));
    };

    // The legend at the right, at most half the width.
    qreal legendW = 0;
    for (qsizetype i : std::as_const(shown))
        legendW = std::max(legendW, square + gap / 2 +
                                        p.fm.horizontalAdvance(s.labels.at(i) + separator +
                                                               p.number(s.values.value(i))));
    legendW = std::min(legendW, p.area.width() * 0.5);
    const QRectF ringArea(p.area.left(), p.area.top(), p.area.width() - legendW - gap * 2,
                          p.area.height());
    const qreal outer = std::min(ringArea.width(), ringArea.height()) * 0.86 / 2;
    const qreal inner = outer * 0.52;
    const QPointF centre = ringArea.center();
    const QRectF outerRect(centre - QPointF(outer, outer), QSizeF(2 * outer, 2 * outer));
    const QRectF innerRect(centre - QPointF(inner, inner), QSizeF(2 * inner, 2 * inner));

    // From twelve o'clock clockwise; Qt counts degrees from three o'clock
    // anticlockwise.
    double start = 90;
    p.painter->setPen(QPen(p.base, 1));
    for (qsizetype i : std::as_const(shown)) {
        const double span = -360.0 * s.values.value(i) / total;
        QPainterPath slice;
        if (outer > 0) {
            slice.arcMoveTo(outerRect, start);
            slice.arcTo(outerRect, start, span);
            slice.arcTo(innerRect, start + span, -span);
            slice.closeSubpath();
        }
        p.painter->setBrush(colorOf(s, i));
        p.painter->drawPath(slice);
        const double middle = (start + span / 2) * std::numbers::pi / 180;
        const qreal r = (outer + inner) / 2;
        p.part(slice, centre + QPointF(r * std::cos(middle), -r * std::sin(middle)),
               s.keys.value(i), tipOf(i));
        start += span;
    }

    const qreal rowH = std::min(p.fm.height() * 1.4, p.area.height() / shown.size());
    const qreal legendLeft = p.area.right() - legendW;
    qreal y = p.area.center().y() - rowH * shown.size() / 2;
    for (qsizetype i : std::as_const(shown)) {
        const qreal middle = y + rowH / 2;
        p.painter->fillRect(QRectF(legendLeft, middle - square / 2, square, square), colorOf(s, i));
        const QString value = separator + p.number(s.values.value(i));
        const QString label =
            p.fm.elidedText(s.labels.at(i), Qt::ElideRight,
                            legendW - square - gap / 2 - p.fm.horizontalAdvance(value)) +
            value;
        p.write(QPointF(legendLeft + square + gap / 2, p.centred(middle)), label);
        const QRectF entry(legendLeft, y, legendW, rowH);
        p.part(rectPath(entry), entry.center(), s.keys.value(i), tipOf(i));
        y += rowH;
    }
}

} // namespace tt::ui
