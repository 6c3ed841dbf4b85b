#pragma once

#include <QColor>
#include <QList>
#include <QPair>

namespace urbis {

/**
 * Colours along 0..1, linearly interpolated between stops (as QGIS's gradient ramps). A plain value.
 */
class ColorRamp
{
public:
    using Stop = QPair<double, QColor>;

    ColorRamp() = default;
    /** Stops at positions 0..1 (sorted on construction); fewer than two give a single colour. */
    explicit ColorRamp(QList<Stop> stops);

    QColor at(double t) const;
    QList<Stop> stops() const { return m_stops; }

    /** Yellow - orange - dark red: hazard intensity (fire, flood depth). */
    static ColorRamp hazard();
    /** Light to dark blue: water depth and other sequential data. */
    static ColorRamp blues();
    /** Perceptually even dark purple - green - yellow. */
    static ColorRamp viridis();

private:
    QList<Stop> m_stops;
};

} // namespace urbis
