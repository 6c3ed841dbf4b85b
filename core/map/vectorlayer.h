#pragma once

#include "maplayer.h"
#include "vectorstyle.h"

#include <QMutex>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>
#include <vector>

namespace urbis {

class VectorReader;

/**
 * A layer over one vector layer of any GDAL/OGR source (points, lines, polygons), drawn with a
 * VectorStyle. Each render reads only the features in view (OGR spatial filter), transformed to
 * web mercator.
 *
 * Threads: render() and identify() may run on several threads at once; each borrows a
 * VectorReader (its own GDAL dataset handle) from a pool. The style is guarded by a mutex and
 * copied at the start of each render.
 */
class VectorLayer : public MapLayer
{
    Q_OBJECT
public:
    /** Opens `path` (layer `layerName`, empty = first); `name` empty = the file's base name. */
    static Result<std::shared_ptr<VectorLayer>> open(const QString &path, const QString &layerName = {},
                                                     const QString &name = {});
    ~VectorLayer() override;

    QString path() const { return m_path; }
    QStringList fieldNames() const { return m_fields; }
    VectorStyle style() const;
    void setStyle(const VectorStyle &style);

    Extent extent() const override { return m_extent; }
    Result<void> render(QPainter &painter, const MapSettings &settings,
                        const std::atomic<bool> &cancel) const override;

    /**
     * The attributes (field name -> value) of the feature drawn on top at `meters` (3857), with
     * points and lines hit within `toleranceMeters`; nullopt when nothing is there.
     */
    Result<std::optional<QVariantMap>> identify(const QPointF &meters, double toleranceMeters) const;

private:
    VectorLayer(const QString &path, const QString &layerName, const QString &name);
    class ReaderLease;
    Result<ReaderLease> lease() const;

    QString m_path;
    QString m_layerName;
    QStringList m_fields;
    Extent m_extent;

    mutable QMutex m_mutex; // guards m_style and m_idle
    VectorStyle m_style;
    mutable std::vector<std::unique_ptr<VectorReader>> m_idle;
};

} // namespace urbis
