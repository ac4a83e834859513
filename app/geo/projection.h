#pragma once

// The map's projection: Natural Earth I (Šavrič, Patterson, Jenny 2011), a
// compromise projection like Robinson's, centred on 20° E so that Europe and
// Ukraine sit in the middle and partners in the Americas and East Asia stay on
// the same sheet. Longitudes are not wrapped: a place west of 160° W (Alaska,
// Chukotka) lies just beyond the left edge, next to its neighbours, so that no
// polygon is cut in two.
//
// Projected units: x and y in radians of the unit sphere, y pointing north
// (the map widget flips it). Inverse after forward gives back the position to
// well under 1e-9 degrees.

#include <QPointF>
#include <QRectF>

namespace tt::geo {

struct LonLat
{
    double lon = 0; // degrees east
    double lat = 0; // degrees north
};

class Projection
{
public:
    static constexpr double defaultCentralMeridian = 20.0;

    explicit Projection(double centralMeridian = defaultCentralMeridian)
        : m_central(centralMeridian)
    {}

    double centralMeridian() const { return m_central; }
    QPointF forward(double lon, double lat) const;
    QPointF forward(const LonLat &p) const { return forward(p.lon, p.lat); }
    LonLat inverse(const QPointF &xy) const;
    // The projected bounds of a lon/lat box (corners and edge midpoints).
    QRectF bounds(double west, double south, double east, double north) const;

private:
    double m_central;
};

} // namespace tt::geo
