#include "gridline.h"

#include <cstdlib>

namespace urbis {

namespace {

void mark(ByteGrid &grid, int col, int row)
{
    if (grid.contains(col, row))
        grid.at(col, row) = 1;
}

} // namespace

void GridLine::draw(ByteGrid &grid, QPoint a, QPoint b)
{
    int x = a.x(), y = a.y();
    const int dx = std::abs(b.x() - x), dy = -std::abs(b.y() - y);
    const int sx = x < b.x() ? 1 : -1, sy = y < b.y() ? 1 : -1;
    int err = dx + dy;
    mark(grid, x, y);
    // Bresenham, but a step in x and y at once is split in two, so consecutive cells share an edge.
    while (x != b.x() || y != b.y()) {
        const int e2 = 2 * err;
        const bool stepX = e2 >= dy, stepY = e2 <= dx;
        if (stepX) {
            err += dy;
            x += sx;
        }
        if (stepX && stepY)
            mark(grid, x, y); // the corner cell between the diagonal neighbours
        if (stepY) {
            err += dx;
            y += sy;
        }
        mark(grid, x, y);
    }
}

void GridLine::draw(ByteGrid &grid, const QPolygon &polyline)
{
    if (polyline.size() == 1)
        mark(grid, polyline.first().x(), polyline.first().y());
    for (qsizetype i = 1; i < polyline.size(); ++i)
        draw(grid, polyline.at(i - 1), polyline.at(i));
}

qint64 GridLine::sealDiagonals(ByteGrid &grid)
{
    qint64 added = 0;
    for (int row = 0; row + 1 < grid.height(); ++row) {
        for (int col = 0; col + 1 < grid.width(); ++col) {
            const bool nw = grid.at(col, row), ne = grid.at(col + 1, row);
            const bool sw = grid.at(col, row + 1), se = grid.at(col + 1, row + 1);
            if (nw && se && !ne && !sw) {
                grid.at(col + 1, row) = 1;
                ++added;
            } else if (ne && sw && !nw && !se) {
                grid.at(col, row) = 1;
                ++added;
            }
        }
    }
    return added;
}

} // namespace urbis
