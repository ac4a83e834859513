#include "app/geo/projection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tt::geo {

namespace {

constexpr double degree = std::numbers::pi / 180.0;
constexpr double maxLat = 89.999;

double xFactor(double phi)
{
    const double phi2 = phi * phi;
    const double phi4 = phi2 * phi2;
    return 0.8707 - 0.131979 * phi2 +
           phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4));
}

double yOf(double phi)
{
    const double phi2 = phi * phi;
    const double phi4 = phi2 * phi2;
    return phi *
           (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
}

double dyOf(double phi)
{
    const double phi2 = phi * phi;
    const double phi4 = phi2 * phi2;
    return 1.007226 + phi2 * (3 * 0.015085 +
                              phi4 * (7 * -0.044475 + 9 * 0.028874 * phi2 - 11 * 0.005916 * phi4));
}

} // namespace

QPointF Projection::forward(double lon, double lat) const
{
    const double phi = std::clamp(lat, -maxLat, maxLat) * degree;
    const double lambda = (lon - m_central) * degree;
    return {lambda * xFactor(phi), yOf(phi)};
}

LonLat Projection::inverse(const QPointF &xy) const
{
    // y(φ) is monotonic: Newton's method from φ = y converges in a few steps.
    double phi = xy.y();
    for (int i = 0; i < 30; ++i) {
        const double step = (yOf(phi) - xy.y()) / dyOf(phi);
        phi -= step;
        if (std::abs(step) < 1e-14)
            break;
    }
    const double lambda = xy.x() / xFactor(phi);
    return {lambda / degree + m_central, phi / degree};
}

QRectF Projection::bounds(double west, double south, double east, double north) const
{
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    for (double lon : {west, (west + east) / 2, east}) {
        for (double lat : {south, (south + north) / 2, north}) {
            const QPointF p = forward(lon, lat);
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace tt::geo
