#include "impactgeometry.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace urbis {

namespace {

/** Liang-Barsky: the parameter range of a + t (b - a) inside [0, w] x [0, h]; false when empty. */
bool clipParameters(QPointF a, QPointF b, int w, int h, double &t0, double &t1)
{
    t0 = 0;
    t1 = 1;
    const double d[2] = {b.x() - a.x(), b.y() - a.y()};
    const double lo[2] = {0, 0}, hi[2] = {double(w), double(h)}, p[2] = {a.x(), a.y()};
    for (int k = 0; k < 2; ++k) {
        if (d[k] == 0) {
            if (p[k] < lo[k] || p[k] > hi[k])
                return false;
            continue;
        }
        double ta = (lo[k] - p[k]) / d[k], tb = (hi[k] - p[k]) / d[k];
        if (ta > tb)
            std::swap(ta, tb);
        t0 = std::max(t0, ta);
        t1 = std::min(t1, tb);
    }
    return t0 < t1;
}

void addCrossings(double from, double to, double origin, double delta, std::vector<double> &ts)
{
    if (delta == 0)
        return;
    const double lo = std::min(from, to), hi = std::max(from, to);
    for (double k = std::floor(lo) + 1; k < hi; k += 1)
        ts.push_back((k - origin) / delta);
}

} // namespace

void ImpactGeometry::segmentCells(QPointF a, QPointF b, int width, int height, const SegmentPiece &piece)
{
    double t0 = 0, t1 = 0;
    if (!clipParameters(a, b, width, height, t0, t1))
        return;
    const QPointF d = b - a;
    const QPointF p0 = a + t0 * d, p1 = a + t1 * d;
    std::vector<double> ts{t0, t1};
    addCrossings(p0.x(), p1.x(), a.x(), d.x(), ts);
    addCrossings(p0.y(), p1.y(), a.y(), d.y(), ts);
    std::sort(ts.begin(), ts.end());
    for (size_t i = 0; i + 1 < ts.size(); ++i) {
        const double ta = std::max(ts[i], t0), tb = std::min(ts[i + 1], t1);
        if (tb <= ta)
            continue;
        const QPointF mid = a + 0.5 * (ta + tb) * d;
        // Floor, like cellOf(): a piece running along the grid's right or bottom edge is outside.
        const int col = std::max(0, int(std::floor(mid.x()))), row = std::max(0, int(std::floor(mid.y())));
        if (col < width && row < height)
            piece(col, row, a + ta * d, a + tb * d);
    }
}

QPolygonF ImpactGeometry::clipHalfPlane(const QPolygonF &ring, bool xAxis, double value, bool keepAbove)
{
    QPolygonF out;
    clipInto(ring, xAxis, value, keepAbove, out);
    return out;
}

void ImpactGeometry::clipInto(const QPolygonF &ring, bool xAxis, double value, bool keepAbove, QPolygonF &out)
{
    out.clear(); // keeps the capacity: the per-cell loops below reuse their buffers
    const qsizetype n = ring.size();
    if (n == 0)
        return;
    auto coord = [xAxis](QPointF p) { return xAxis ? p.x() : p.y(); };
    auto inside = [&](QPointF p) { return keepAbove ? coord(p) >= value : coord(p) <= value; };
    QPointF prev = ring.last();
    bool prevIn = inside(prev);
    for (const QPointF &cur : ring) {
        const bool curIn = inside(cur);
        if (curIn != prevIn) {
            const double t = (value - coord(prev)) / (coord(cur) - coord(prev));
            QPointF x = prev + t * (cur - prev);
            // Exactly on the line, whatever the rounding of t.
            (xAxis ? x.rx() : x.ry()) = value;
            out << x;
        }
        if (curIn)
            out << cur;
        prev = cur;
        prevIn = curIn;
    }
}

void ImpactGeometry::ringCells(const QPolygonF &ring, int width, int height, const AreaPiece &piece)
{
    if (ring.size() < 3)
        return;
    const QRectF box = ring.boundingRect();
    const int r0 = std::max(0, int(std::floor(box.top())));
    const int r1 = std::min(height - 1, int(std::ceil(box.bottom())) - 1);
    QPolygonF half, strip, cell;
    for (int row = r0; row <= r1; ++row) {
        clipInto(ring, false, row, true, half);
        clipInto(half, false, row + 1, false, strip);
        if (strip.size() < 3)
            continue;
        const QRectF sbox = strip.boundingRect();
        const int c0 = std::max(0, int(std::floor(sbox.left())));
        const int c1 = std::min(width - 1, int(std::ceil(sbox.right())) - 1);
        for (int col = c0; col <= c1; ++col) {
            clipInto(strip, true, col, true, half);
            clipInto(half, true, col + 1, false, cell);
            if (cell.size() >= 3)
                piece(col, row, cell);
        }
    }
}

double ImpactGeometry::signedArea(const QPolygonF &ring)
{
    double a = 0;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const QPointF &p = ring[i], &q = ring[(i + 1) % n];
        a += p.x() * q.y() - q.x() * p.y();
    }
    return a / 2;
}

QPoint ImpactGeometry::cellOf(QPointF p, int width, int height)
{
    const double c = std::floor(p.x()), r = std::floor(p.y());
    if (!(c >= 0 && r >= 0 && c < width && r < height))
        return {-1, -1};
    return {int(c), int(r)};
}

} // namespace urbis
