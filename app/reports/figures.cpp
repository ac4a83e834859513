#include "app/reports/figures.h"

#include "app/geo/mapdata.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tt::reports {

namespace {

const QColor ink(0x1f, 0x29, 0x37);
const QColor headingInk(0x1f, 0x3a, 0x5f);
const QColor mutedInk(0x5f, 0x6b, 0x7a);
const QColor axis(0x9a, 0xa5, 0xb4);
const QColor land(0xec, 0xef, 0xf3);
const QColor border(0xb5, 0xbd, 0xc9);
const QColor sea(0xf7, 0xfa, 0xfd);
const QColor accent(0x1f, 0x5f, 0xbf);

QFont figureFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Device units per millimetre.
qreal unit(const QPainter &painter)
{
    return painter.device()->logicalDpiY() / 25.4;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Paints the title and returns the rectangle left below it.
QRectF paintTitle(QPainter &painter, const QRectF &rect, const QString &title)
{
    if (title.isEmpty())
        return rect;
    const QFont font = figureFont(8.5, true);
    const QFontMetricsF fm(font, painter.device());
    painter.setFont(font);
    painter.setPen(headingInk);
    painter.drawText(QPointF(rect.left(), rect.top() + fm.ascent()), title);
    return rect.adjusted(0, fm.height() + unit(painter) * 1.5, 0, 0);
}

// Fits `scene` into `target` keeping its aspect, centred.
QTransform fit(const QRectF &scene, const QRectF &target)
{
    const qreal s = std::min(target.width() / scene.width(), target.height() / scene.height());
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(s, s);
    t.translate(-scene.center().x(), -scene.center().y());
    return t;
}

QRectF sceneBox(double west, double south, double east, double north)
{
    const QRectF b = geo::MapData::shipped().projection().bounds(west, south, east, north);
    return QRectF(b.left(), -b.bottom(), b.width(), b.height());
}

void paintLand(QPainter &painter, const QTransform &t, const QRectF &scene, geo::MapDetail detail,
               const QHash<QString, QColor> &countryFill)
{
    const geo::MapData &map = geo::MapData::shipped();
    QPen pen(border, unit(painter) * 0.15);
    painter.setPen(pen);
    for (const geo::MapFeature &f : map.countries(detail)) {
        if (!f.bounds.intersects(scene))
            continue;
        painter.setBrush(countryFill.value(f.code, land));
        painter.drawPath(t.map(f.path));
    }
}

void haloText(QPainter &painter, const QPointF &at, const QString &text, QFont font)
{
    // A path takes the font's size in pixels of no device: give it in the
    // page's own units.
    font.setPixelSize(qRound(font.pointSizeF() * painter.device()->logicalDpiY() / 72.0));
    QPainterPath path;
    path.addText(at, font, text);
    painter.setPen(
        QPen(Qt::white, unit(painter) * 0.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    painter.drawPath(path);
}

// The largest value (at least 1) and the widest label of a chart's bars.
std::pair<int, qreal> extent(const QList<Bar> &bars, const QFontMetricsF &fm)
{
    int maxValue = 1;
    qreal labelW = 0;
    for (const Bar &b : bars) {
        maxValue = std::max(maxValue, b.value);
        labelW = std::max(labelW, fm.horizontalAdvance(b.label));
    }
    return {maxValue, labelW};
}

} // namespace

Figure barChart(const QString &title, const QList<Bar> &bars, const QSizeF &size,
                const QLocale &locale)
{
    Figure figure;
    figure.size = size;
    figure.paint = [title, bars, locale](QPainter &painter, const QRectF &rect) {
        const qreal u = unit(painter);
        const QRectF area = paintTitle(painter, rect, title);
        const QFont font = figureFont(7.5);
        const QFontMetricsF fm(font, painter.device());
        painter.setFont(font);
        if (bars.isEmpty())
            return;
        auto [maxValue, labelW] = extent(bars, fm);
        labelW = std::min(labelW + 2 * u, area.width() * 0.42);
        const qreal valueW = fm.horizontalAdvance(locale.toString(maxValue)) + 2 * u;
        const qreal barMax = std::max(area.width() - labelW - valueW, u);
        const qreal rowH = std::min(area.height() / bars.size(), 5.5 * u);
        const qreal barH = std::min(rowH * 0.66, 3.6 * u);
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const Bar &b = bars[i];
            const qreal y = area.top() + i * rowH;
            const qreal baseline = y + (rowH + fm.ascent() - fm.descent()) / 2;
            painter.setPen(ink);
            // The widest label has just its own width: shortened only when it
            // was cut to 42 % (elidedText would shorten it by a rounding).
            const qreal room = labelW - 2 * u;
            painter.drawText(QPointF(area.left(), baseline),
                             fm.horizontalAdvance(b.label) <= room + u * 0.5
                                 ? b.label
                                 : fm.elidedText(b.label, Qt::ElideRight, room));
            const qreal w = barMax * b.value / maxValue;
            painter.fillRect(QRectF(area.left() + labelW, y + (rowH - barH) / 2, w, barH),
                             b.color.isValid() ? b.color : accent);
            painter.setPen(ink);
            painter.drawText(QPointF(area.left() + labelW + w + u, baseline),
                             locale.toString(b.value));
        }
        painter.setPen(QPen(axis, u * 0.2));
        painter.drawLine(QPointF(area.left() + labelW, area.top()),
                         QPointF(area.left() + labelW, area.top() + rowH * bars.size()));
    };
    return figure;
}

Figure columnChart(const QString &title, const QList<Bar> &bars, const QSizeF &size,
                   const QLocale &locale)
{
    Figure figure;
    figure.size = size;
    figure.paint = [title, bars, locale](QPainter &painter, const QRectF &rect) {
        const qreal u = unit(painter);
        const QRectF area = paintTitle(painter, rect, title);
        const QFont font = figureFont(7);
        const QFontMetricsF fm(font, painter.device());
        painter.setFont(font);
        if (bars.isEmpty())
            return;
        auto [maxValue, labelW] = extent(bars, fm);
        const qreal colW = area.width() / bars.size();
        // Every k-th label when they would touch.
        const int every = std::max(1, static_cast<int>(std::ceil((labelW + 1.5 * u) / colW)));
        const qreal bottom = area.bottom() - fm.height() - u;
        const qreal top = area.top() + fm.height() + u;
        const qreal barW = colW * 0.62;
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const Bar &b = bars[i];
            const qreal x = area.left() + i * colW;
            const qreal h = (bottom - top) * b.value / maxValue;
            painter.fillRect(QRectF(x + (colW - barW) / 2, bottom - h, barW, h),
                             b.color.isValid() ? b.color : accent);
            painter.setPen(ink);
            if (b.value > 0 && fm.horizontalAdvance(locale.toString(b.value)) < colW * 1.1) {
                const QString v = locale.toString(b.value);
                painter.drawText(QPointF(x + (colW - fm.horizontalAdvance(v)) / 2, bottom - h - u),
                                 v);
            }
            if (i % every == 0 || i + 1 == bars.size()) {
                const qreal w = fm.horizontalAdvance(b.label);
                const qreal left = std::clamp(x + (colW - w) / 2, area.left(), area.right() - w);
                painter.drawText(QPointF(left, area.bottom() - fm.descent()), b.label);
            }
        }
        painter.setPen(QPen(axis, u * 0.2));
        painter.drawLine(QPointF(area.left(), bottom), QPointF(area.right(), bottom));
    };
    return figure;
}

Figure chartFigure(const present::ChartData &chart, const QSizeF &size, const QLocale &locale)
{
    QList<Bar> bars;
    if (!chart.series.isEmpty()) {
        const present::ChartValues &values = chart.series.first();
        for (qsizetype i = 0; i < chart.categories.size() && i < values.values.size(); ++i) {
            QColor color = values.colorAt(i);
            if (color.isValid())
                color.setAlpha(255); // PDF/A-1b: opaque only
            bars.append({chart.categories[i].label, values.values[i], color});
        }
    }
    switch (chart.shape) {
    case present::ChartShape::Columns:
    case present::ChartShape::StackedColumns:
        return columnChart(chart.title, bars, size, locale);
    case present::ChartShape::Bars:
    case present::ChartShape::Donut:
        break;
    }
    return barChart(chart.title, bars, size, locale);
}

Figure keyFigures(const QList<KeyFigure> &figures, int columns, const QSizeF &size)
{
    Figure figure;
    figure.size = size;
    figure.paint = [figures, columns](QPainter &painter, const QRectF &bounds) {
        const qreal u = unit(painter);
        const QRectF rect = bounds.adjusted(0, 0, -u * 0.3, -u * 0.3); // room for the borders
        const int rows = (static_cast<int>(figures.size()) + columns - 1) / columns;
        if (rows == 0)
            return;
        const qreal gap = 2.5 * u;
        const qreal w = (rect.width() - gap * (columns - 1)) / columns;
        const qreal h = (rect.height() - gap * (rows - 1)) / rows;
        const QFont valueFont = figureFont(15, true);
        const QFont labelFont = figureFont(7.5);
        const QFontMetricsF vm(valueFont, painter.device());
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const QRectF tile(rect.left() + (i % columns) * (w + gap),
                              rect.top() + (i / columns) * (h + gap), w, h);
            painter.setPen(QPen(QColor(0xd5, 0xdb, 0xe3), u * 0.25));
            painter.setBrush(QColor(0xf7, 0xf9, 0xfb));
            painter.drawRect(tile);
            painter.fillRect(QRectF(tile.left(), tile.top(), u * 1.2, tile.height()),
                             figures[i].alert ? QColor(0xc6, 0x28, 0x28) : accent);
            const QRectF inner = tile.adjusted(u * 3.5, u * 2, -u * 2, -u * 1.5);
            // A long value ("1,234 of 1,470") gets a smaller size, not a cut.
            QFont fitted = valueFont;
            const qreal advance = vm.horizontalAdvance(figures[i].value);
            if (advance > inner.width())
                fitted.setPointSizeF(valueFont.pointSizeF() * inner.width() / advance);
            painter.setFont(fitted);
            painter.setPen(figures[i].alert ? QColor(0xc6, 0x28, 0x28) : headingInk);
            painter.drawText(QPointF(inner.left(), inner.top() + vm.ascent()), figures[i].value);
            painter.setFont(labelFont);
            painter.setPen(mutedInk);
            painter.drawText(QRectF(inner.left(), inner.top() + vm.height() + u * 0.8,
                                    inner.width(), inner.height() - vm.height()),
                             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, figures[i].label);
        }
    };
    return figure;
}

Figure portfolioMap(const QList<const PartnershipSummary *> &pairs, const MapTexts &texts,
                    const QSizeF &size)
{
    // Aggregated when the report is built: a national portfolio has a hundred
    // thousand pairs but only some thousand places and links.
    QHash<QString, int> perOblast, perCountry;
    QHash<QString, QPointF> oblastSum, countrySum;
    QHash<QString, int> oblastPlaced, countryPlaced;
    QHash<QPair<QString, QString>, int> links;
    QHash<QPair<int, int>, QPointF> partnerPlaces; // deduplicated to ~0.05°
    for (const PartnershipSummary *p : pairs) {
        ++perOblast[p->oblastIso];
        ++perCountry[p->countryIso];
        ++links[{p->oblastIso, p->countryIso}];
        if (!std::isnan(p->communityLat)) {
            oblastSum[p->oblastIso] += QPointF(p->communityLon, p->communityLat);
            ++oblastPlaced[p->oblastIso];
        }
        if (!std::isnan(p->partnerLat)) {
            countrySum[p->countryIso] += QPointF(p->partnerLon, p->partnerLat);
            ++countryPlaced[p->countryIso];
            partnerPlaces.insert({qRound(p->partnerLon * 20), qRound(p->partnerLat * 20)},
                                 QPointF(p->partnerLon, p->partnerLat));
        }
    }
    const geo::MapData &map = geo::MapData::shipped();
    struct Link
    {
        QPointF from, to; // scene
        int pairs;
    };
    QList<Link> linkList;
    int maxLink = 1;
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        const auto &[oblast, country] = it.key();
        if (!oblastPlaced.value(oblast) || !countryPlaced.value(country) || country == u"UA")
            continue;
        const QPointF a = oblastSum[oblast] / oblastPlaced[oblast];
        const QPointF b = countrySum[country] / countryPlaced[country];
        linkList.append({map.toScene(a.x(), a.y()), map.toScene(b.x(), b.y()), it.value()});
        maxLink = std::max(maxLink, it.value());
    }
    // The strongest links only: a national portfolio joins every oblast to
    // every country, and thousands of lines would hide the map.
    std::sort(linkList.begin(), linkList.end(),
              [](const Link &a, const Link &b) { return a.pairs > b.pairs; });
    if (linkList.size() > 150)
        linkList.resize(150);
    std::reverse(linkList.begin(), linkList.end()); // the strongest drawn last, on top
    QList<QPointF> dots;
    for (const QPointF &p : std::as_const(partnerPlaces))
        dots << map.toScene(p.x(), p.y());
    int maxOblast = 1, maxCountry = 1;
    for (auto it = perOblast.cbegin(); it != perOblast.cend(); ++it)
        maxOblast = std::max(maxOblast, it.value());
    for (auto it = perCountry.cbegin(); it != perCountry.cend(); ++it)
        if (it.key() != u"UA")
            maxCountry = std::max(maxCountry, it.value());

    Figure figure;
    figure.size = size;
    figure.paint = [=](QPainter &painter, const QRectF &rect) {
        const qreal u = unit(painter);
        QRectF area = paintTitle(painter, rect, texts.title);
        const QFont small = figureFont(7);
        const QFontMetricsF fm(small, painter.device());
        if (!texts.legend.isEmpty())
            area.setBottom(area.bottom() - fm.height() * 2 - u);
        const QRectF scene = sceneBox(-11, 35.5, 44, 60.5);
        const QTransform t = fit(scene, area);
        const QRectF frame = t.mapRect(scene);
        painter.save();
        painter.setClipRect(frame);
        painter.fillRect(frame, sea);
        QHash<QString, QColor> fills;
        for (auto it = perCountry.cbegin(); it != perCountry.cend(); ++it)
            fills.insert(it.key(), mix(QColor(0xfb, 0xf0, 0xdc), QColor(0xd0, 0x7a, 0x2c),
                                       std::sqrt(double(it.value()) / maxCountry)));
        fills.insert(QStringLiteral("UA"), QColor(0xf4, 0xf7, 0xfb));
        paintLand(painter, t, scene, geo::MapDetail::Coarse, fills);
        QPen regionPen(QColor(0x8f, 0xa3, 0xbf), u * 0.12);
        painter.setPen(regionPen);
        for (const geo::MapFeature &f : map.regions()) {
            const int n = perOblast.value(f.code);
            painter.setBrush(n > 0 ? mix(QColor(0xe3, 0xed, 0xf8), QColor(0x2a, 0x5f, 0xa8),
                                         std::sqrt(double(n) / maxOblast))
                                   : QColor(0xf4, 0xf7, 0xfb));
            painter.drawPath(t.map(f.path));
        }
        painter.setBrush(Qt::NoBrush);
        for (const Link &l : linkList) {
            const double share = std::sqrt(double(l.pairs) / maxLink);
            QPen pen(mix(QColor(0xb9, 0xc9, 0xde), QColor(0x1f, 0x3a, 0x5f), share),
                     u * (0.12 + 0.5 * share));
            pen.setCapStyle(Qt::RoundCap);
            painter.setPen(pen);
            const QPointF a = t.map(l.from), b = t.map(l.to);
            const QPointF mid = (a + b) / 2;
            const QPointF normal(-(b - a).y() * 0.18, (b - a).x() * 0.18);
            QPainterPath arc(a);
            arc.quadTo(mid + (normal.y() < 0 ? normal : -normal), b);
            painter.drawPath(arc);
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x7a, 0x3d, 0x0c));
        const qreal r = u * 0.35;
        for (const QPointF &d : dots) {
            const QPointF p = t.map(d);
            if (frame.contains(p))
                painter.drawEllipse(p, r, r);
        }
        painter.restore();
        painter.setPen(QPen(axis, u * 0.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame);
        if (!texts.legend.isEmpty()) {
            painter.setFont(small);
            painter.setPen(mutedInk);
            painter.drawText(
                QRectF(frame.left(), frame.bottom() + u, frame.width(), fm.height() * 2),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, texts.legend);
        }
    };
    return figure;
}

Figure pairMap(const PartnershipSummary &pair, const QString &communityLabel,
               const QString &partnerLabel, const QSizeF &size)
{
    Figure figure;
    figure.size = size;
    if (std::isnan(pair.communityLat) || std::isnan(pair.partnerLat))
        return figure;
    const QPointF a(pair.communityLon, pair.communityLat), b(pair.partnerLon, pair.partnerLat);
    figure.paint = [=](QPainter &painter, const QRectF &rect) {
        const qreal u = unit(painter);
        const geo::MapData &map = geo::MapData::shipped();
        // Both places with room around them, widened to the figure's shape.
        const double spanLon = std::max(std::abs(a.x() - b.x()), 4.0);
        const double spanLat = std::max(std::abs(a.y() - b.y()), 3.0);
        QRectF scene = sceneBox(
            std::min(a.x(), b.x()) - spanLon * 0.3, std::min(a.y(), b.y()) - spanLat * 0.35,
            std::max(a.x(), b.x()) + spanLon * 0.3, std::max(a.y(), b.y()) + spanLat * 0.35);
        const qreal aspect = rect.width() / rect.height();
        if (scene.width() / scene.height() < aspect) {
            const qreal w = scene.height() * aspect;
            scene.adjust(-(w - scene.width()) / 2, 0, (w - scene.width()) / 2, 0);
        } else {
            const qreal h = scene.width() / aspect;
            scene.adjust(0, -(h - scene.height()) / 2, 0, (h - scene.height()) / 2);
        }
        const QTransform t = fit(scene, rect);
        const QRectF frame = t.mapRect(scene);
        painter.save();
        painter.setClipRect(frame);
        painter.fillRect(frame, sea);
        const geo::MapDetail detail =
            spanLon < 40 ? geo::MapDetail::Medium : geo::MapDetail::Coarse;
        paintLand(painter, t, scene, detail, {{QStringLiteral("UA"), QColor(0xf4, 0xf0, 0xd8)}});
        const QPointF pa = t.map(map.toScene(a.x(), a.y()));
        const QPointF pb = t.map(map.toScene(b.x(), b.y()));
        QPen line(accent, u * 0.5, Qt::DashLine, Qt::RoundCap);
        painter.setPen(line);
        painter.setBrush(Qt::NoBrush);
        const QPointF mid = (pa + pb) / 2;
        QPointF normal(-(pb - pa).y() * 0.15, (pb - pa).x() * 0.15);
        if (normal.y() > 0)
            normal = -normal;
        QPainterPath arc(pa);
        arc.quadTo(mid + normal, pb);
        painter.drawPath(arc);
        painter.setPen(QPen(Qt::white, u * 0.4));
        for (const auto &[p, color] :
             {std::pair{pa, QColor(0x1f, 0x5f, 0xbf)}, std::pair{pb, QColor(0xc8, 0x6b, 0x1e)}}) {
            painter.setBrush(color);
            painter.drawEllipse(p, u * 1.3, u * 1.3);
        }
        const QFont font = figureFont(7.5, true);
        const QFontMetricsF fm(font, painter.device());
        for (const auto &[p, label] :
             {std::pair{pa, communityLabel}, std::pair{pb, partnerLabel}}) {
            QPointF at(p.x() + u * 2, p.y() + fm.ascent() / 2 - fm.descent());
            if (at.x() + fm.horizontalAdvance(label) > frame.right())
                at.setX(p.x() - u * 2 - fm.horizontalAdvance(label));
            haloText(painter, at, label, font);
        }
        painter.restore();
        painter.setPen(QPen(axis, u * 0.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame);
    };
    return figure;
}

} // namespace tt::reports
