#include "scalebar.h"

#include "geo/webmercator.h"
#include "map/mapsettings.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace urbis {

ScaleBar::Length ScaleBar::niceLength(double metersPerPixel, double maxPixels)
{
    Length out;
    if (!(metersPerPixel > 0) || !(maxPixels > 0))
        return out;
    const double maxMeters = metersPerPixel * maxPixels;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMeters)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMeters) {
            out.meters = step * magnitude;
            break;
        }
    }
    out.pixels = out.meters / metersPerPixel;
    const QLocale locale;
    out.label = out.meters >= 1000 ? tr("%1 km").arg(locale.toString(out.meters / 1000, 'g', 6))
                                   : tr("%1 m").arg(locale.toString(out.meters, 'g', 6));
    return out;
}

void ScaleBar::paint(QPainter &painter, const MapSettings &settings, const QPointF &bottomLeft, double maxPixels)
{
    const double ground = webmercator::groundResolution(settings.centerLonLat().y(), settings.zoom());
    const Length len = niceLength(ground, maxPixels);
    if (len.pixels <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF fm(painter.font());
    const QRectF box(bottomLeft.x() - 4, bottomLeft.y() - fm.height() - 12, len.pixels + 8, fm.height() + 12);
    painter.fillRect(box, QColor(255, 255, 255, 190));
    const double y = bottomLeft.y() - 4;
    painter.setPen(QPen(Qt::black, 2));
    painter.drawLine(QPointF(bottomLeft.x(), y), QPointF(bottomLeft.x() + len.pixels, y));
    painter.drawLine(QPointF(bottomLeft.x(), y), QPointF(bottomLeft.x(), y - 5));
    painter.drawLine(QPointF(bottomLeft.x() + len.pixels, y), QPointF(bottomLeft.x() + len.pixels, y - 5));
    painter.setPen(Qt::black);
    painter.drawText(QPointF(bottomLeft.x(), y - 7), len.label);
    painter.restore();
}

QString ScaleBar::scaleText(double denominator)
{
    if (!(denominator > 0))
        return {};
    const double magnitude = std::pow(10.0, std::floor(std::log10(denominator)) - 1);
    const double rounded = std::round(denominator / magnitude) * magnitude;
    return tr("1:%1").arg(QLocale().toString(qint64(rounded)));
}

} // namespace urbis
