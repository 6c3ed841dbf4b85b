#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QPointF>
#include <QPolygonF>

#include <array>

namespace urbis {

/**
 * Maps between a hazard grid's pixel space and its CRS, and measures pixel-space pieces in metres.
 *
 * Projected CRS: lengths and areas through the geotransform's linear part and the CRS's unit.
 * Geographic CRS (lon/lat cells): lengths with the ellipsoid's meridian and prime-vertical radii at
 * the piece's mid latitude (pieces are at most a cell long, so this is exact to the 2nd order);
 * areas with the ellipsoid's authalic function q(phi) on each edge (exact for cell-aligned
 * quadrangles, the trapezoid rule on slanted edges). A plain value; any thread.
 */
class ImpactMeasure
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ImpactMeasure)
public:
    struct Crs
    {
        bool geographic = false;
        double unit = 1;            ///< metres per CRS unit, or radians per unit when geographic
        double semiMajor = 6378137; ///< metres
        double inverseFlattening = 298.257223563; ///< 0 = sphere
    };

    ImpactMeasure() = default;
    /** InvalidArgument when the geotransform cannot be inverted. */
    static Result<ImpactMeasure> create(const std::array<double, 6> &geoTransform, const Crs &crs);

    QPointF toPixel(QPointF crsPoint) const;
    QPointF toCrs(QPointF pixel) const;
    /** Metres between two pixel-space points (the piece of a line inside one cell). */
    double length(QPointF a, QPointF b) const;
    /** Square metres of a pixel-space ring, always >= 0. */
    double area(const QPolygonF &ring) const;
    bool isGeographic() const { return m_crs.geographic; }

private:
    double q(double phi) const;
    std::array<double, 6> m_gt{0, 1, 0, 0, 0, -1};
    std::array<double, 4> m_inverse{1, 0, 0, -1}; ///< of the linear part
    double m_det = -1;
    Crs m_crs;
    double m_e2 = 0;
};

} // namespace urbis
