#pragma once

#include "grid.h"

#include <QPoint>
#include <QPolygon>

namespace urbis {

/**
 * Barrier lines on a cell grid that fire and water cannot slip through. A plain Bresenham line
 * steps diagonally, and a model that spreads to its eight neighbours would cross it between two
 * corner-touching cells; these lines are 4-connected instead (every diagonal step also marks
 * one of the two side cells).
 */
class GridLine
{
public:
    /** Marks the cells of the segment a-b (clipped to the grid) with 1. */
    static void draw(ByteGrid &grid, QPoint a, QPoint b);
    static void draw(ByteGrid &grid, const QPolygon &polyline);
    /**
     * Closes diagonal gaps in a rasterised mask: wherever two marked cells touch only at a corner,
     * marks the cell east or west of the upper one too. Returns how many cells it added.
     */
    static qint64 sealDiagonals(ByteGrid &grid);
};

} // namespace urbis
