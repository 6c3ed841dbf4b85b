#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace urbis {

/**
 * A raster in grid coordinates: `width` columns (east) × `height` rows (row 0 is the north edge),
 * row-major. Where the grid lies on Earth is the Scenario's business (GridSpec); the models only
 * need the cell size in metres.
 */
template <typename T>
class Grid
{
public:
    Grid() = default;
    Grid(int width, int height, T fill = T()) : m_width(width), m_height(height), m_cells(size_t(width) * size_t(height), fill) {}

    int width() const { return m_width; }
    int height() const { return m_height; }
    bool isEmpty() const { return m_cells.empty(); }
    qsizetype size() const { return qsizetype(m_cells.size()); }
    bool contains(int col, int row) const { return col >= 0 && row >= 0 && col < m_width && row < m_height; }
    size_t index(int col, int row) const { return size_t(row) * size_t(m_width) + size_t(col); }

    T &at(int col, int row) { return m_cells[index(col, row)]; }
    const T &at(int col, int row) const { return m_cells[index(col, row)]; }
    T *data() { return m_cells.data(); }
    const T *data() const { return m_cells.data(); }
    std::vector<T> &cells() { return m_cells; }
    const std::vector<T> &cells() const { return m_cells; }

    bool operator==(const Grid &) const = default;

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<T> m_cells;
};

using FloatGrid = Grid<float>;
using ByteGrid = Grid<std::uint8_t>;
using IntGrid = Grid<std::int32_t>;

} // namespace urbis
