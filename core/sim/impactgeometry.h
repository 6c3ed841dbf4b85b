#pragma once

#include <QPointF>
#include <QPolygonF>

#include <functional>

namespace urbis {

/**
 * Exact cell intersections in grid pixel space, where cell (col, row) is the unit square
 * [col, col+1] x [row, row+1] and the grid is [0, width] x [0, height]. A point on a shared edge
 * belongs to the cell to its right / below (floor), so nothing is counted twice.
 * Pure functions; any thread.
 */
class ImpactGeometry
{
public:
    using SegmentPiece = std::function<void(int col, int row, QPointF from, QPointF to)>;
    using AreaPiece = std::function<void(int col, int row, const QPolygonF &piece)>;

    /**
     * Splits segment a-b at every cell edge it crosses and reports each piece inside the grid with
     * its cell. The pieces' lengths add up to the length of the part of a-b inside the grid.
     */
    static void segmentCells(QPointF a, QPointF b, int width, int height, const SegmentPiece &piece);
    /**
     * Clips `ring` (open or closed, any orientation, may be concave) to each cell it covers:
     * first to a row strip, then to the cells of the strip (Sutherland-Hodgman against convex
     * windows, whose piece areas are exact even where the output has degenerate edges).
     */
    static void ringCells(const QPolygonF &ring, int width, int height, const AreaPiece &piece);
    /** `ring` clipped to the half-plane x >= v (`xAxis`, `keepAbove`), x <= v, y >= v or y <= v. */
    static QPolygonF clipHalfPlane(const QPolygonF &ring, bool xAxis, double value, bool keepAbove);
    /** The same into `out` (cleared first, capacity kept), for loops that clip many times. */
    static void clipInto(const QPolygonF &ring, bool xAxis, double value, bool keepAbove, QPolygonF &out);
    /** Shoelace area, positive for counter-clockwise rings in a y-up frame. */
    static double signedArea(const QPolygonF &ring);
    /** The (col, row) holding `p` (floor), or (-1, -1) when outside [0, width) x [0, height). */
    static QPoint cellOf(QPointF p, int width, int height);
};

} // namespace urbis
