#pragma once

#include "maplayer.h"
#include "catalog/datasetrecord.h"

#include <QList>
#include <QMutex>
#include <QPolygonF>

namespace urbis {

/**
 * The catalog's datasets as outlines on the map: each record's footprint (WKB), else its bbox.
 * One dataset can be selected and one highlighted (hovered in the result list); both are drawn
 * on top. datasetAt() answers which footprint is under a point (the smallest, so a city dataset
 * inside a country-wide one can still be picked).
 *
 * Threads: setRecords / setSelected / setHighlighted on the GUI thread; render() copies the
 * (implicitly shared) state under a mutex.
 */
class FootprintsLayer : public MapLayer
{
    Q_OBJECT
public:
    explicit FootprintsLayer(const QString &name = tr("Dataset footprints"), QObject *parent = nullptr);

    void setRecords(const QList<DatasetRecord> &records);
    int count() const;
    void setSelected(const QString &id);
    QString selected() const;
    void setHighlighted(const QString &id);
    QString highlighted() const;

    Extent extent() const override;
    /** The WGS84 bounds of dataset `id` (invalid when it is not in the layer). */
    Extent extentOf(const QString &id) const;
    /** The dataset whose footprint contains `meters` (3857), within `toleranceMeters` of its outline. */
    QString datasetAt(const QPointF &meters, double toleranceMeters = 0) const;

    Result<void> render(QPainter &painter, const MapSettings &settings,
                        const std::atomic<bool> &cancel) const override;

private:
    struct Footprint
    {
        QString id;
        Extent bbox;
        QList<QPolygonF> rings; ///< EPSG:3857 metres
        QRectF bounds;          ///< of the rings
        double area = 0;
    };

    mutable QMutex m_mutex;
    QList<Footprint> m_footprints;
    QString m_selected;
    QString m_highlighted;
};

} // namespace urbis
