#pragma once

#include "../util/feedback.h"
#include "../util/result.h"
#include "../sim/impactmeasure.h"
#include "../sim/impactspec.h"

#include <QCoreApplication>
#include <QList>
#include <QPolygonF>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace urbis {

/** One feature of an impact layer, reprojected to the grid's CRS; holds no GDAL object. */
struct ImpactFeature
{
    enum class Kind { Point, Line, Polygon };
    Kind kind = Kind::Point;
    QPointF anchor;         ///< the point, or the centroid of anything else
    QList<QPolygonF> lines; ///< Line: one polyline per part
    QList<QPolygonF> rings; ///< Polygon: every ring, open (no repeated closing vertex)
    QList<bool> holes;      ///< per ring: true for an inner ring
    QVariantList values;    ///< the requested fields, invalid QVariant for null
};

/**
 * Reads an impact layer with GDAL/OGR and hands each feature, reprojected to the hazard grid's CRS
 * (traditional lon/lat axis order for geographic CRSs), to a sink. Only features whose bounds meet
 * `grid` are read when the grid's box can be expressed in the layer's CRS. Curves are linearised,
 * collections flattened; features without geometry or outside the CRS's area are counted in
 * `skipped`. GDAL stays inside this .cpp (house rule: no GDAL types in headers).
 *
 * Reports progress between `progressFrom` and `progressTo` and stops with Error::Cancelled when the
 * feedback is cancelled. One call opens and closes its own dataset, so calls may run on any thread.
 */
class ImpactLayerReader
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ImpactLayerReader)
public:
    using Sink = std::function<void(const ImpactFeature &)>;

    /** The CRS facts ImpactMeasure needs; InvalidArgument when GDAL does not understand `crs`. */
    static Result<ImpactMeasure::Crs> describeCrs(const QString &crs);

    /**
     * NotFound for a missing file, layer or field; Io when reading fails; Cancelled.
     * `fields` are looked up by name (case-insensitive) and delivered in `values` in that order.
     */
    static Result<void> read(const ImpactLayer &layer, const ImpactGridRef &grid, const QStringList &fields,
                             const Sink &sink, Feedback *feedback = nullptr, double progressFrom = 0,
                             double progressTo = 100, qint64 *skipped = nullptr);
};

} // namespace urbis
