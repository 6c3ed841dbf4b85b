#pragma once

#include "map/mapoverlay.h"
#include "stationmarker.h"

#include <QColor>
#include <QList>
#include <QRectF>

namespace urbis {

/**
 * Live station markers on the main map: a dot at each station's newest position, coloured along
 * viridis by the chosen measure's value (scaled between the smallest and largest value shown,
 * with a legend), red and larger while an alert is raised for it, and a small label box with the
 * station and its value (labels that would overlap are left out, alerts placed first).
 *
 * Holds a snapshot set by the stream monitor on each update; painting reads only that. GUI thread.
 */
class StationOverlay : public MapOverlay
{
    Q_OBJECT
public:
    explicit StationOverlay(QObject *parent = nullptr);

    /** `measureTitle` heads the legend ("pm10 (ug/m3)"); `unit` follows values in labels. */
    void setMarkers(QList<StationMarker> markers, const QString &measureTitle, const QString &unit);
    const QList<StationMarker> &markers() const { return m_markers; }
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }

    /** The fill of a marker with `value` in [min, max]; grey without a value. */
    static QColor valueColor(double value, double min, double max);
    static QColor alertColor() { return QColor(211, 47, 47); }

    void paint(QPainter &painter, const MapSettings &settings) override;

private:
    void paintLegend(QPainter &painter, const QRectF &view) const;
    QString labelText(const StationMarker &marker) const;

    QList<StationMarker> m_markers;
    QString m_title;
    QString m_unit;
    double m_min = 0;
    double m_max = 0;
    bool m_hasRange = false;
};

} // namespace urbis
