#include "tilelayer.h"

#include "geo/tilerange.h"
#include "geo/webmercator.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace urbis {

namespace {
// How many levels up a placeholder may come from: beyond that it is too blurred to help.
constexpr int kPlaceholderLevels = 6;
} // namespace

void TileLayer::setZoomRange(int minZoom, int maxZoom)
{
    m_minZoom = std::clamp(minZoom, 0, 30);
    m_maxZoom = std::clamp(maxZoom, m_minZoom, 30);
}

int TileLayer::tileZoom(double zoom) const
{
    return std::clamp(int(std::lround(zoom)), m_minZoom, m_maxZoom);
}

int TileLayer::drawTiles(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel,
                         const TileFetch &fetch) const
{
    const int z = tileZoom(settings.zoom());
    // Screen pixels per world pixel of zoom z.
    const double scale = std::exp2(settings.zoom() - z);
    const QPointF centre = webmercator::metersToWorld(settings.center(), z);
    const QSizeF half(settings.size().width() / 2.0 / scale, settings.size().height() / 2.0 / scale);
    const QRectF world(centre.x() - half.width(), centre.y() - half.height(), 2 * half.width(), 2 * half.height());
    const TileRange range = TileRange::covering(world, z);
    const double side = webmercator::kTileSize * scale;

    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(scale - 1.0) > 1e-6);
    int missing = 0;
    for (const TileId &t : range.tiles()) {
        if (cancel.load(std::memory_order_relaxed))
            break;
        // Columns past the antimeridian show the same tiles again.
        const TileId source{TileRange::wrappedX(t.x, z), t.y, z};
        // Overlap by a fraction of a pixel so scaled tiles leave no hairline seams.
        const QRectF target((t.x * webmercator::kTileSize - world.left()) * scale,
                            (t.y * webmercator::kTileSize - world.top()) * scale, side + 0.5, side + 0.5);
        const QImage img = fetch(source, false);
        if (!img.isNull()) {
            painter.drawImage(target, img);
            continue;
        }
        ++missing;
        TileId parent = source;
        for (int up = 1; up <= kPlaceholderLevels && parent.z > m_minZoom; ++up) {
            parent = parent.parent();
            const QImage stand = fetch(parent, true);
            if (stand.isNull())
                continue;
            // The part of the parent covering this tile: 1 / 2^up of its side.
            const int n = 1 << up;
            const double part = double(stand.width()) / n;
            const QRectF sourceRect((source.x % n) * part, (source.y % n) * part, part, part);
            painter.drawImage(target, stand, sourceRect);
            break;
        }
    }
    painter.restore();
    return missing;
}

} // namespace urbis
