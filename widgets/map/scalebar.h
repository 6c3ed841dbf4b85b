#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QString>

class QPainter;

namespace urbis {

class MapSettings;

/**
 * The scale bar drawn in a map corner: the longest "nice" ground length (1, 2 or 5 x 10^n metres)
 * that fits into a maximum width at the view centre's latitude.
 */
class ScaleBar
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ScaleBar)
public:
    struct Length
    {
        double meters = 0;
        double pixels = 0;
        QString label; ///< "500 m", "20 km"
    };

    /** The nice length for `metersPerPixel` (ground) in at most `maxPixels`. */
    static Length niceLength(double metersPerPixel, double maxPixels);
    /** Draws the bar with its label, its lower left corner at `bottomLeft` (logical pixels). */
    static void paint(QPainter &painter, const MapSettings &settings, const QPointF &bottomLeft,
                      double maxPixels = 120);
    /** "1:25,000", rounded to two significant digits, for the status bar. */
    static QString scaleText(double denominator);
};

} // namespace urbis
