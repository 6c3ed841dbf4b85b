#include "rasterlayer.h"

#include "geo/webmercator.h"

#include <QFileInfo>
#include <QPainter>

namespace urbis {

RasterLayer::RasterLayer(const QString &path, const QString &name, MercatorRaster raster)
    : MapLayer(name), m_path(path), m_raster(std::move(raster)), m_min(m_raster.minimum), m_max(m_raster.maximum)
{
}

Result<std::shared_ptr<RasterLayer>> RasterLayer::open(const QString &path, int band, const QString &name)
{
    auto raster = MercatorRaster::read(path, band);
    if (!raster)
        return raster.error();
    return std::shared_ptr<RasterLayer>(
        new RasterLayer(path, name.isEmpty() ? QFileInfo(path).completeBaseName() : name, std::move(raster).value()));
}

Extent RasterLayer::extent() const
{
    const QPointF sw = webmercator::metersToLonLat(m_raster.metersRect.topLeft());
    const QPointF ne = webmercator::metersToLonLat(m_raster.metersRect.bottomRight());
    return Extent(sw.x(), sw.y(), ne.x(), ne.y());
}

ColorRamp RasterLayer::ramp() const
{
    QMutexLocker lock(&m_mutex);
    return m_ramp;
}

void RasterLayer::setRamp(const ColorRamp &ramp)
{
    {
        QMutexLocker lock(&m_mutex);
        m_ramp = ramp;
        m_image = QImage();
    }
    emit changed();
}

QPair<double, double> RasterLayer::range() const
{
    QMutexLocker lock(&m_mutex);
    return {m_min, m_max};
}

void RasterLayer::setRange(double minimum, double maximum)
{
    {
        QMutexLocker lock(&m_mutex);
        m_min = minimum;
        m_max = maximum;
        m_image = QImage();
    }
    emit changed();
}

QImage RasterLayer::coloured() const
{
    if (!m_image.isNull() || m_raster.isEmpty())
        return m_image;
    // A lookup table of 256 colours: colouring is one index per cell, not an interpolation.
    QList<QRgb> lut(256);
    for (int i = 0; i < 256; ++i)
        lut[i] = m_ramp.at(i / 255.0).rgba();
    const double span = m_max > m_min ? m_max - m_min : 1.0;
    QImage img(m_raster.width, m_raster.height, QImage::Format_ARGB32);
    for (int y = 0; y < m_raster.height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < m_raster.width; ++x) {
            if (!m_raster.isValid(x, y)) {
                line[x] = 0;
                continue;
            }
            const double t = std::clamp((m_raster.value(x, y) - m_min) / span, 0.0, 1.0);
            line[x] = lut[int(t * 255 + 0.5)];
        }
    }
    m_image = img;
    return m_image;
}

Result<void> RasterLayer::render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &) const
{
    QImage img;
    {
        QMutexLocker lock(&m_mutex);
        img = coloured();
    }
    if (img.isNull())
        return {};
    const QRectF r = m_raster.metersRect;
    // metersRect.top() is the south edge; on screen north is up.
    const QPointF topLeft = settings.toScreen(QPointF(r.left(), r.bottom()));
    const QPointF bottomRight = settings.toScreen(QPointF(r.right(), r.top()));
    painter.save();
    // Cells stay crisp when zoomed in: a hazard map's cell is a model cell, not a photo pixel.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(QRectF(topLeft, bottomRight), img);
    painter.restore();
    return {};
}

} // namespace urbis
