#include "ui/views/map/maplayers.h"

#include "app/core/catalog.h"
#include "app/core/names.h"
#include "app/geo/mapdata.h"
#include "app/present/palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tt::ui {

namespace {

constexpr double clusterCell = 26;        // pixels
constexpr double crowdedCell = 48;        // pixels, when there are thousands of places
constexpr int maxFineArcs = 2500;         // beyond this, arcs are joined per region and country
constexpr double mediumDetailScale = 700; // pixels per scene unit: 1:50m from here on
constexpr qsizetype maxThickArcs = 150;   // the largest flows drawn with their width

const QHash<QString, QPointF> &regionLabels()
{
    static const QHash<QString, QPointF> labels = [] {
        QHash<QString, QPointF> out;
        for (const catalog::Oblast &o : catalog::oblasts())
            out.insert(o.iso, geo::MapData::shipped().toScene(o.labelLon, o.labelLat));
        return out;
    }();
    return labels;
}

double arcWidth(qsizetype count)
{
    return std::clamp(1.0 + std::log2(double(count)) * 0.9, 1.2, 7.0);
}

} // namespace

MapModel MapModel::build(const Portfolio &portfolio, const QList<qsizetype> &selection)
{
    MapModel m;
    const geo::MapData &data = geo::MapData::shipped();
    QHash<qint64, int> communities, partners;
    m.pairs.reserve(selection.size());
    for (qsizetype i : selection) {
        const PartnershipSummary &p = portfolio.pairs().at(i);
        if (std::isnan(p.partnerLat) || std::isnan(p.partnerLon)) {
            ++m.pairsWithoutPosition;
            continue;
        }
        auto c = communities.constFind(p.communityId);
        if (c == communities.cend()) {
            MapMunicipality place;
            place.id = p.communityId;
            place.community = true;
            place.name = names::community(p);
            place.group = p.oblastIso;
            if (std::isnan(p.communityLat) || std::isnan(p.communityLon)) {
                place.approximate = true;
                place.scene = regionLabels().value(p.oblastIso, data.toScene(31, 49));
            } else {
                place.scene = data.toScene(p.communityLon, p.communityLat);
            }
            c = communities.insert(p.communityId, static_cast<int>(m.places.size()));
            m.places.push_back(std::move(place));
        }
        auto b = partners.constFind(p.municipalityId);
        if (b == partners.cend()) {
            MapMunicipality place;
            place.id = p.municipalityId;
            place.community = false;
            place.name = names::partner(p);
            place.group = p.countryIso;
            place.scene = data.toScene(p.partnerLon, p.partnerLat);
            b = partners.insert(p.municipalityId, static_cast<int>(m.places.size()));
            m.places.push_back(std::move(place));
            m.partnerCountries.insert(p.countryIso);
        }
        ++m.places[*c].pairs;
        ++m.places[*b].pairs;
        m.pairIndex.insert(p.id, static_cast<int>(m.pairs.size()));
        m.pairs.push_back({p.id, *c, *b, p.stage});
    }
    return m;
}

QPolygonF arcLine(const QPointF &a, const QPointF &b, int segments)
{
    const QPointF d = b - a;
    // Bow to the north for east-west pairs, whichever end comes first.
    QPointF normal(d.y(), -d.x());
    if (normal.y() > 0)
        normal = -normal;
    const QPointF control = (a + b) / 2 + normal * 0.18;
    QPolygonF line;
    line.reserve(segments + 1);
    for (int i = 0; i <= segments; ++i) {
        const double t = double(i) / segments;
        const double u = 1 - t;
        line << a * (u * u) + control * (2 * u * t) + b * (t * t);
    }
    return line;
}

double distanceToPolyline(const QPointF &p, const QPolygonF &line)
{
    double best = INFINITY;
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF a = line[i - 1], b = line[i];
        const QPointF ab = b - a;
        const double len2 = QPointF::dotProduct(ab, ab);
        const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0;
        const QPointF q = a + ab * t;
        best = std::min(best, std::hypot(p.x() - q.x(), p.y() - q.y()));
    }
    return best;
}

MapLayers MapLayers::build(const MapModel &model, const MapViewport &viewport)
{
    MapLayers layers;
    layers.viewport = viewport;
    layers.clusterOfPlace.assign(model.places.size(), -1);

    // Points: one cluster per grid cell and side.
    const double cell = model.places.size() > 1000 ? crowdedCell : clusterCell;
    QHash<quint64, int> cells;
    for (int i = 0; i < int(model.places.size()); ++i) {
        const MapMunicipality &place = model.places[i];
        const QPointF px = viewport.toPixel(place.scene);
        const auto cx = static_cast<qint64>(std::floor(px.x() / cell)) + (1 << 20);
        const auto cy = static_cast<qint64>(std::floor(px.y() / cell)) + (1 << 20);
        const quint64 key = (quint64(cx) << 22 | quint64(cy)) << 1 | (place.community ? 1 : 0);
        auto it = cells.find(key);
        if (it == cells.end()) {
            it = cells.insert(key, static_cast<int>(layers.clusters.size()));
            MapCluster c;
            c.community = place.community;
            layers.clusters << c;
        }
        MapCluster &c = layers.clusters[*it];
        c.pos += px; // the sum for now, the mean below
        c.places << i;
        c.pairs += place.pairs;
        layers.clusterOfPlace[i] = *it;
    }
    for (MapCluster &c : layers.clusters) {
        c.pos /= double(c.places.size());
        // Grows with the pairs, but stays within its cell so that clusters do
        // not hide each other.
        c.radius = std::clamp(3.0 + 1.6 * std::log2(double(std::max(1, c.pairs))), 3.5, 12.0);
        if (c.places.size() > 1)
            c.radius = std::max(c.radius, 8.5);
    }

    // Arcs: one per pair of clusters and stage; when that is still too many,
    // one per region and partner country, coloured by the stage most are at.
    QHash<quint64, int> fine;
    for (int i = 0; i < int(model.pairs.size()); ++i) {
        const MapPartnership &p = model.pairs[i];
        const quint64 key = quint64(layers.clusterOfPlace[p.community]) << 34 |
                            quint64(layers.clusterOfPlace[p.partner]) << 4 |
                            quint64(static_cast<int>(p.stage));
        auto it = fine.find(key);
        if (it == fine.end()) {
            it = fine.insert(key, static_cast<int>(layers.arcs.size()));
            MapArc arc;
            arc.stage = p.stage;
            layers.arcs << arc;
        }
        layers.arcs[*it].pairs << i;
        if (layers.arcs.size() > maxFineArcs)
            break;
    }
    if (layers.arcs.size() <= maxFineArcs) {
        for (MapArc &arc : layers.arcs) {
            const MapPartnership &p = model.pairs[arc.pairs.first()];
            arc.line = arcLine(layers.clusters[layers.clusterOfPlace[p.community]].pos,
                               layers.clusters[layers.clusterOfPlace[p.partner]].pos);
            arc.width = arcWidth(arc.pairs.size());
        }
    } else {
        layers.aggregated = true;
        layers.arcs.clear();
        struct End
        {
            QPointF sum;
            int n = 0;
        };
        // Groups as small numbers, so that the 100,000 pairs are counted
        // without building a string each.
        QHash<QString, int> regionIds, countryIds;
        std::vector<End> regions, countries;
        std::vector<int> groupOfPlace(model.places.size());
        for (size_t i = 0; i < model.places.size(); ++i) {
            const MapMunicipality &place = model.places[i];
            QHash<QString, int> &ids = place.community ? regionIds : countryIds;
            std::vector<End> &ends = place.community ? regions : countries;
            auto it = ids.constFind(place.group);
            if (it == ids.cend()) {
                it = ids.insert(place.group, static_cast<int>(ends.size()));
                ends.push_back({});
            }
            groupOfPlace[i] = *it;
            ends[*it].sum += viewport.toPixel(place.scene);
            ++ends[*it].n;
        }
        QHash<qint64, int> coarse;
        std::vector<std::array<int, 7>> stages;
        for (int i = 0; i < int(model.pairs.size()); ++i) {
            const MapPartnership &p = model.pairs[i];
            const int region = groupOfPlace[p.community];
            const int country = groupOfPlace[p.partner];
            const qint64 key = qint64(region) << 32 | country;
            auto it = coarse.constFind(key);
            if (it == coarse.cend()) {
                it = coarse.insert(key, static_cast<int>(layers.arcs.size()));
                MapArc arc;
                const End &a = regions[region];
                const End &b = countries[country];
                arc.line = arcLine(a.sum / a.n, b.sum / b.n);
                layers.arcs << arc;
                stages.push_back({});
            }
            layers.arcs[*it].pairs << i;
            ++stages[*it][static_cast<size_t>(p.stage)];
        }
        for (int i = 0; i < layers.arcs.size(); ++i) {
            const auto &s = stages[i];
            MapArc &arc = layers.arcs[i];
            arc.stage = static_cast<Stage>(std::max_element(s.begin(), s.end()) - s.begin());
            arc.width = std::clamp(0.8 + std::log10(double(arc.pairs.size())) * 1.6, 0.8, 7.0);
        }
    }
    for (MapArc &arc : layers.arcs)
        arc.bounds = arc.line.boundingRect();
    // Thin and rare first, so that the big flows stay on top.
    std::stable_sort(layers.arcs.begin(), layers.arcs.end(), [](const MapArc &a, const MapArc &b) {
        return a.pairs.size() < b.pairs.size();
    });
    return layers;
}

int RegionShading::valueOf(const QString &iso) const
{
    const OblastFigures f = figures.value(iso);
    switch (measure) {
    case RegionMeasure::None:
        return 0;
    case RegionMeasure::Pairs:
        return f.pairs;
    case RegionMeasure::ActivePartnerships:
        return f.activePairs;
    case RegionMeasure::OverdueMilestones:
        return f.milestonesOverdue;
    }
    return 0;
}

int RegionShading::maximum() const
{
    int m = 0;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        m = std::max(m, valueOf(it.key()));
    return m;
}

void drawLayers(QPainter &painter, const MapModel &model, const MapLayers &layers,
                const RegionShading &shading)
{
    const MapViewport &vp = layers.viewport;
    const geo::MapData &data = geo::MapData::shipped();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), vp.size), QColor(0xd5, 0xe4, 0xf0));

    // Base map in scene units.
    const QRectF sceneRect = vp.sceneRect();
    painter.save();
    const QPointF origin = vp.toPixel({0, 0});
    painter.setTransform(QTransform(vp.scale, 0, 0, vp.scale, origin.x(), origin.y()), true);
    QPen border(QColor(0xb4, 0xae, 0xa3), 0.7);
    border.setCosmetic(true);
    painter.setPen(border);
    const auto detail =
        vp.scale >= mediumDetailScale ? geo::MapDetail::Medium : geo::MapDetail::Coarse;
    const QColor land(0xf3, 0xf1, 0xec), partnerLand(0xe6, 0xec, 0xf3);
    for (const geo::MapFeature &f : data.countries(detail)) {
        if (!f.bounds.intersects(sceneRect))
            continue;
        painter.setBrush(model.partnerCountries.contains(f.code) ? partnerLand : land);
        painter.drawPath(f.path);
    }
    const int maximum = shading.maximum();
    QPen regionPen(QColor(0x8a, 0x84, 0x7a), 0.6);
    regionPen.setCosmetic(true);
    painter.setPen(regionPen);
    for (const geo::MapFeature &f : data.regions()) {
        if (!f.bounds.intersects(sceneRect))
            continue;
        const int v = shading.valueOf(f.code);
        painter.setBrush(shading.measure == RegionMeasure::None || maximum == 0
                             ? present::palette::ramp(0.05)
                             : present::palette::ramp(0.08 + 0.92 * v / maximum));
        painter.drawPath(f.path);
    }
    // Ukraine's outline over the regions, a little stronger.
    for (const geo::MapFeature &f : data.countries(detail)) {
        if (f.code == u"UA" && f.bounds.intersects(sceneRect)) {
            QPen outline(QColor(0x5b, 0x57, 0x50), 1.3);
            outline.setCosmetic(true);
            painter.setPen(outline);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(f.path);
        }
    }
    painter.restore();

    // Arcs. Thick antialiased lines are costly to stroke: only the largest
    // flows get them, cut to what can be seen; the rest are hairlines.
    const QRectF pixels(QPointF(0, 0), vp.size);
    const int alpha = layers.arcs.size() > 400 ? 130 : 200;
    painter.setBrush(Qt::NoBrush);
    const qsizetype thickFrom = std::max<qsizetype>(0, layers.arcs.size() - maxThickArcs);
    for (qsizetype k = 0; k < layers.arcs.size(); ++k) {
        const MapArc &arc = layers.arcs[k];
        if (!arc.bounds.intersects(pixels))
            continue;
        QColor c = present::palette::stage(arc.stage);
        c.setAlpha(alpha);
        const bool thin = k < thickFrom || arc.width <= 1.2;
        // Aliased hairlines are several times faster; the many thin arcs do not
        // need the smoothing.
        painter.setRenderHint(QPainter::Antialiasing, !thin || layers.arcs.size() <= 400);
        if (thin) {
            QPen pen(c, 0);
            pen.setCosmetic(true);
            painter.setPen(pen);
            painter.drawPolyline(arc.line);
            continue;
        }
        QPen pen(c, arc.width);
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        const QRectF visible = pixels.adjusted(-arc.width, -arc.width, arc.width, arc.width);
        QPolygonF run;
        for (qsizetype i = 1; i < arc.line.size(); ++i) {
            const QRectF segment = QRectF(arc.line[i - 1], arc.line[i]).normalized();
            if (segment.intersects(visible) || segment.width() == 0 || segment.height() == 0) {
                if (run.isEmpty())
                    run << arc.line[i - 1];
                run << arc.line[i];
            } else if (!run.isEmpty()) {
                painter.drawPolyline(run);
                run.clear();
            }
        }
        if (!run.isEmpty())
            painter.drawPolyline(run);
    }

    painter.setRenderHint(QPainter::Antialiasing);
    // Points, with a count where places overlap, and names where they fit.
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    QList<QRectF> taken;
    const bool labels = layers.clusters.size() <= 150;
    for (int pass = 0; pass < 2; ++pass) {
        for (const MapCluster &c : layers.clusters) {
            if (!pixels.adjusted(-20, -20, 20, 20).contains(c.pos))
                continue;
            const QRectF circle(c.pos.x() - c.radius, c.pos.y() - c.radius, 2 * c.radius,
                                2 * c.radius);
            if (pass == 0) {
                painter.setPen(
                    QPen(c.community ? QColor(0x0b, 0x3d, 0x91) : QColor(0x37, 0x41, 0x51), 1.2));
                painter.setBrush(c.community ? QColor(0xff, 0xd5, 0x00)
                                             : QColor(0xff, 0xff, 0xff, 235));
                painter.drawEllipse(circle);
                if (c.places.size() > 1) {
                    painter.setPen(QColor(0x11, 0x18, 0x27));
                    painter.drawText(circle, Qt::AlignCenter, QString::number(c.places.size()));
                }
                taken << circle;
                continue;
            }
            if (!labels || c.places.size() != 1)
                continue;
            const QString name = model.places[c.places.first()].name;
            QRectF box = fm.boundingRect(name).adjusted(-2, 0, 2, 0);
            box.moveTopLeft(c.pos + QPointF(c.radius + 2, -box.height() / 2));
            if (std::any_of(taken.cbegin(), taken.cend(),
                            [&](const QRectF &r) { return r.intersects(box); }))
                continue;
            taken << box;
            painter.setPen(QPen(QColor(255, 255, 255, 220), 3));
            QPainterPath text;
            text.addText(box.left() + 2, box.top() + fm.ascent(), font, name);
            painter.setBrush(Qt::NoBrush);
            painter.strokePath(text, QPen(QColor(255, 255, 255, 220), 3));
            painter.fillPath(text, QColor(0x1f, 0x29, 0x37));
        }
    }
    painter.restore();
}

} // namespace tt::ui
