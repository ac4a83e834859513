#include "app/geo/mapdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace tt::geo {

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Missing built-in resource %s", qPrintable(path));
    return file.readAll();
}

void addRing(QPainterPath &path, const QJsonArray &ring, const Projection &projection)
{
    bool first = true;
    for (const QJsonValue &v : ring) {
        const QJsonArray pos = v.toArray();
        const QPointF p = projection.forward(pos.at(0).toDouble(), pos.at(1).toDouble());
        const QPointF scene(p.x(), -p.y());
        if (first)
            path.moveTo(scene);
        else
            path.lineTo(scene);
        first = false;
    }
    path.closeSubpath();
}

QMutex mediumMutex;

} // namespace

QList<MapFeature> MapData::readGeoJson(const QByteArray &json, const Projection &projection,
                                       const QStringList &codeKeys)
{
    QList<MapFeature> out;
    const QJsonArray features = QJsonDocument::fromJson(json).object().value(u"features").toArray();
    out.reserve(features.size());
    for (const QJsonValue &fv : features) {
        const QJsonObject feature = fv.toObject();
        const QJsonObject props = feature.value(u"properties").toObject();
        const QJsonObject geometry = feature.value(u"geometry").toObject();
        MapFeature f;
        for (const QString &key : codeKeys) {
            if (props.contains(key)) {
                f.code = props.value(key).toString();
                break;
            }
        }
        f.nameEn = props.value(u"name_en").toString();
        f.nameUk = props.value(u"name_uk").toString();
        f.path.setFillRule(Qt::OddEvenFill);
        const QString type = geometry.value(u"type").toString();
        const QJsonArray coords = geometry.value(u"coordinates").toArray();
        if (type == u"Polygon") {
            for (const QJsonValue &ring : coords)
                addRing(f.path, ring.toArray(), projection);
        } else if (type == u"MultiPolygon") {
            for (const QJsonValue &polygon : coords) {
                for (const QJsonValue &ring : polygon.toArray())
                    addRing(f.path, ring.toArray(), projection);
            }
        }
        f.bounds = f.path.boundingRect();
        if (props.contains(u"label_lon")) {
            const QPointF p = projection.forward(props.value(u"label_lon").toDouble(),
                                                 props.value(u"label_lat").toDouble());
            f.label = QPointF(p.x(), -p.y());
        } else {
            f.label = f.bounds.center();
        }
        out << std::move(f);
    }
    return out;
}

MapData::MapData()
{
    m_coarse = readGeoJson(resource(QStringLiteral(":/data/countries-110m.geojson")), m_projection,
                           {QStringLiteral("iso2")});
    m_regions = readGeoJson(resource(QStringLiteral(":/data/ukraine-oblasts.geojson")),
                            m_projection, {QStringLiteral("iso_3166_2")});
}

const MapData &MapData::shipped()
{
    static const MapData data;
    return data;
}

const QList<MapFeature> &MapData::countries(MapDetail detail) const
{
    if (detail == MapDetail::Coarse)
        return m_coarse;
    QMutexLocker lock(&mediumMutex);
    if (!m_mediumLoaded) {
        m_medium = readGeoJson(resource(QStringLiteral(":/data/countries-50m.geojson")),
                               m_projection, {QStringLiteral("iso2")});
        m_mediumLoaded = true;
    }
    return m_medium;
}

const MapFeature *MapData::region(const QString &iso) const
{
    for (const MapFeature &f : m_regions) {
        if (f.code == iso)
            return &f;
    }
    return nullptr;
}

QPointF MapData::toScene(double lon, double lat) const
{
    const QPointF p = m_projection.forward(lon, lat);
    return {p.x(), -p.y()};
}

LonLat MapData::fromScene(const QPointF &scene) const
{
    return m_projection.inverse(QPointF(scene.x(), -scene.y()));
}

} // namespace tt::geo
