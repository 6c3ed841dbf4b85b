#include "impactmeasure.h"

#include "impactgeometry.h"

#include <cmath>

namespace urbis {

Result<ImpactMeasure> ImpactMeasure::create(const std::array<double, 6> &gt, const Crs &crs)
{
    const double det = gt[1] * gt[5] - gt[2] * gt[4];
    if (!std::isfinite(det) || std::fabs(det) < 1e-300)
        return Error(Error::Code::InvalidArgument, tr("The hazard grid's geotransform cannot be inverted"));
    ImpactMeasure m;
    m.m_gt = gt;
    m.m_det = det;
    m.m_inverse = {gt[5] / det, -gt[2] / det, -gt[4] / det, gt[1] / det};
    m.m_crs = crs;
    const double f = crs.inverseFlattening > 0 ? 1.0 / crs.inverseFlattening : 0.0;
    m.m_e2 = f * (2 - f);
    return m;
}

QPointF ImpactMeasure::toPixel(QPointF p) const
{
    const double dx = p.x() - m_gt[0], dy = p.y() - m_gt[3];
    return {m_inverse[0] * dx + m_inverse[1] * dy, m_inverse[2] * dx + m_inverse[3] * dy};
}

QPointF ImpactMeasure::toCrs(QPointF px) const
{
    return {m_gt[0] + px.x() * m_gt[1] + px.y() * m_gt[2], m_gt[3] + px.x() * m_gt[4] + px.y() * m_gt[5]};
}

double ImpactMeasure::length(QPointF a, QPointF b) const
{
    const double dc = b.x() - a.x(), dr = b.y() - a.y();
    const double dx = dc * m_gt[1] + dr * m_gt[2], dy = dc * m_gt[4] + dr * m_gt[5];
    if (!m_crs.geographic)
        return std::hypot(dx, dy) * m_crs.unit;
    const double phi = toCrs((a + b) / 2).y() * m_crs.unit;
    const double s = std::sin(phi), w = 1 - m_e2 * s * s;
    const double meridian = m_crs.semiMajor * (1 - m_e2) / (w * std::sqrt(w));
    const double primeVertical = m_crs.semiMajor / std::sqrt(w);
    return std::hypot(dx * m_crs.unit * primeVertical * std::cos(phi), dy * m_crs.unit * meridian);
}

double ImpactMeasure::q(double phi) const
{
    const double s = std::sin(phi);
    if (m_e2 <= 0)
        return 2 * s;
    const double e = std::sqrt(m_e2);
    return (1 - m_e2) * (s / (1 - m_e2 * s * s) - std::log((1 - e * s) / (1 + e * s)) / (2 * e));
}

double ImpactMeasure::area(const QPolygonF &ring) const
{
    if (!m_crs.geographic)
        return std::fabs(ImpactGeometry::signedArea(ring) * m_det) * m_crs.unit * m_crs.unit;
    // Sum over edges of d(lambda) * (G(phi1) + G(phi2)) / 2 with G = a^2 q(phi) / 2: exact for
    // lon/lat quadrangles, which is what cells are.
    double sum = 0;
    const qsizetype n = ring.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF p = toCrs(ring[i]) * m_crs.unit, r = toCrs(ring[(i + 1) % n]) * m_crs.unit;
        sum += (r.x() - p.x()) * (q(p.y()) + q(r.y())) / 2;
    }
    return std::fabs(sum) * m_crs.semiMajor * m_crs.semiMajor / 2;
}

} // namespace urbis
