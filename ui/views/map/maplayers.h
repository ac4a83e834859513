#pragma once

// What the map draws, apart from the widget that shows it: the places and
// pairs of a selection in scene units (MapModel, rebuilt when the filter
// changes), and for one view (centre, scale, size) the clustered points and
// the arcs between them in pixels (MapLayers, rebuilt when the view settles).
// Drawing a MapLayers paints the base map, the shaded regions, the arcs and
// the points; the widget caches that in a pixmap and only adds the overlay
// (selection, hover, legend) per frame.

#include "app/core/domain.h"
#include "app/core/portfolio.h"
#include "app/core/statistics.h"

#include <QHash>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>

#include <vector>

class QPainter;

namespace tt::ui {

struct MapMunicipality
{
    QPointF scene;
    qint64 id = 0;
    bool community = true;
    bool approximate = false; // no coordinates: drawn at its region's label point
    int pairs = 0;
    QString name;
    QString group; // oblast ISO 3166-2 or country ISO 3166-1
};

struct MapPartnership
{
    qint64 id = 0;
    int community = 0; // index into MapModel::places
    int partner = 0;
    Stage stage = Stage::FirstContact;
};

struct MapModel
{
    std::vector<MapMunicipality> places;
    std::vector<MapPartnership> pairs;
    QHash<qint64, int> pairIndex; // pair id -> index into pairs
    QSet<QString> partnerCountries;
    int pairsWithoutPosition = 0;

    static MapModel build(const Portfolio &portfolio, const QList<qsizetype> &selection);
};

enum class RegionMeasure { None, Pairs, ActivePartnerships, OverdueMilestones };

// The mapping between scene units and pixels of one view.
struct MapViewport
{
    QPointF center;   // scene point in the middle
    double scale = 1; // pixels per scene unit
    QSizeF size;

    QPointF toPixel(const QPointF &scene) const
    {
        return (scene - center) * scale + QPointF(size.width() / 2, size.height() / 2);
    }
    QPointF toScene(const QPointF &pixel) const
    {
        return (pixel - QPointF(size.width() / 2, size.height() / 2)) / scale + center;
    }
    QRectF sceneRect() const
    {
        return QRectF(toScene({0, 0}), toScene({size.width(), size.height()}));
    }
};

struct MapCluster
{
    QPointF pos; // pixels
    bool community = true;
    QList<int> places; // indexes into MapModel::places
    int pairs = 0;
    double radius = 3;
};

struct MapArc
{
    QPolygonF line; // pixels
    QRectF bounds;
    Stage stage = Stage::FirstContact; // aggregated arcs: the stage most of them are at
    QList<int> pairs;                  // indexes into MapModel::pairs
    double width = 1;
};

struct MapLayers
{
    MapViewport viewport;
    QList<MapCluster> clusters;
    std::vector<int> clusterOfPlace;
    QList<MapArc> arcs;
    bool aggregated = false; // arcs joined per region and partner country

    static MapLayers build(const MapModel &model, const MapViewport &viewport);
};

// A quadratic arc between two pixels, bowed to the left of the way from a to b.
QPolygonF arcLine(const QPointF &a, const QPointF &b, int segments = 18);
double distanceToPolyline(const QPointF &p, const QPolygonF &line);

struct RegionShading
{
    RegionMeasure measure = RegionMeasure::Pairs;
    QMap<QString, OblastFigures> figures;
    int valueOf(const QString &iso) const;
    int maximum() const;
};

// Draws base map, regions, arcs and points of `layers` onto `painter`, whose
// coordinates are the layers' pixels.
void drawLayers(QPainter &painter, const MapModel &model, const MapLayers &layers,
                const RegionShading &shading);

} // namespace tt::ui
