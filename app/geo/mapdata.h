#pragma once

// The shipped Natural Earth polygons (resources/data/*.geojson), projected once
// into QPainterPaths: countries at two scales (110m for the world, 50m when
// zoomed in) and Ukraine's 27 regions on top. Loaded on first use, read-only
// afterwards, shared by every map.
//
// Paths are in "scene" units: the projection's x, and its y negated so that
// north is up when drawn with a plain scale (screen y grows downwards).

#include "app/geo/projection.h"

#include <QList>
#include <QPainterPath>
#include <QString>

namespace tt::geo {

struct MapFeature
{
    QString code; // ISO 3166-1 alpha-2 for countries, ISO 3166-2 for regions
    QString nameEn;
    QString nameUk; // regions only
    QPainterPath path;
    QRectF bounds;
    QPointF label; // regions: the label point of the data; countries: the centre of bounds
};

enum class MapDetail { Coarse, Medium }; // 1:110m, 1:50m

class MapData
{
public:
    // The data of the shipped files, projected with Projection().
    static const MapData &shipped();

    const Projection &projection() const { return m_projection; }
    const QList<MapFeature> &countries(MapDetail detail) const;
    const QList<MapFeature> &regions() const { return m_regions; }
    const MapFeature *region(const QString &iso) const;

    QPointF toScene(double lon, double lat) const;
    LonLat fromScene(const QPointF &scene) const;

    // Reads a GeoJSON FeatureCollection of Polygons and MultiPolygons; the code
    // is taken from the first of `codeKeys` present.
    static QList<MapFeature> readGeoJson(const QByteArray &json, const Projection &projection,
                                         const QStringList &codeKeys);

private:
    MapData();
    Projection m_projection;
    QList<MapFeature> m_coarse;
    mutable QList<MapFeature> m_medium; // read when first asked for
    mutable bool m_mediumLoaded = false;
    QList<MapFeature> m_regions;
};

} // namespace tt::geo
