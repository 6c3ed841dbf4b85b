#pragma once

#include "colorramp.h"
#include "maplayer.h"
#include "geo/mercatorraster.h"

#include <QImage>
#include <QMutex>

#include <memory>

namespace urbis {

/**
 * One band of a GeoTIFF (or any GDAL raster: hazard maps, simulation frames) coloured with a
 * ColorRamp between a minimum and a maximum; nodata is transparent. The band is read and warped
 * to web mercator once, when the layer is opened (do that in a Task for large files); rendering
 * only scales the coloured image.
 *
 * Threads: the ramp and range may change on the GUI thread while a worker renders (mutex).
 */
class RasterLayer : public MapLayer
{
    Q_OBJECT
public:
    /** Reads band `band` of `path`; `name` empty = the file's base name. */
    static Result<std::shared_ptr<RasterLayer>> open(const QString &path, int band = 1, const QString &name = {});

    QString path() const { return m_path; }
    Extent extent() const override;

    ColorRamp ramp() const;
    void setRamp(const ColorRamp &ramp);
    /** The values mapped to the ends of the ramp; by default the band's minimum and maximum. */
    QPair<double, double> range() const;
    void setRange(double minimum, double maximum);
    /** The band's own minimum and maximum. */
    double dataMinimum() const { return m_raster.minimum; }
    double dataMaximum() const { return m_raster.maximum; }

    Result<void> render(QPainter &painter, const MapSettings &settings,
                        const std::atomic<bool> &cancel) const override;

private:
    RasterLayer(const QString &path, const QString &name, MercatorRaster raster);
    QImage coloured() const; // with m_mutex held

    QString m_path;
    const MercatorRaster m_raster;
    mutable QMutex m_mutex; // guards the ramp, range and coloured image
    ColorRamp m_ramp = ColorRamp::hazard();
    double m_min = 0, m_max = 1;
    mutable QImage m_image; // null until the next render after a style change
};

} // namespace urbis
