#include "kpimapdata.h"

#include "../catalog/catalog.h"
#include "../catalog/datasetassets.h"
#include "../geo/datasettable.h"
#include "../geo/vectorreader.h"
#include "../geo/webmercator.h"
#include "../workspace/workspace.h"
#include "dashboardpanel.h"
#include "kpidefinition.h"
#include "kpisourceresolver.h"

#include <QHash>

#include <cmath>

namespace urbis {

namespace {

QString option(const DashboardPanel &panel, const char *key)
{
    return panel.options.value(QLatin1String(key)).toString().trimmed();
}

QRectF wholeWorld()
{
    const double s = webmercator::kOriginShift;
    return QRectF(-s, -s, 2 * s, 2 * s);
}

/** Every feature of the layer keyed by `keyField`; points keep their first position. */
Result<void> readFeatures(const QString &path, const QString &keyField, bool pointsOnly, Feedback *feedback,
                          QList<KpiMapData::Shape> &out)
{
    Result<VectorReader> reader = VectorReader::open(path);
    if (!reader)
        return reader.error();
    const int key = reader->fieldIndex(keyField);
    if (key < 0)
        return Error(Error::Code::InvalidData, KpiMapData::tr("The map data has no field \"%1\".").arg(keyField));
    std::atomic<bool> cancelled{false};
    return reader->read(wholeWorld(), {key}, [&](const MercatorFeature &f) {
        if (feedback && feedback->isCancelled()) {
            cancelled = true;
            return false;
        }
        if (f.isEmpty() || f.values.isEmpty() || f.values.first().isNull())
            return true;
        KpiMapData::Shape shape;
        shape.key = f.values.first().toString();
        shape.point = f.kind == MercatorFeature::Kind::Point || pointsOnly;
        if (shape.point)
            shape.parts = {QPolygonF{f.kind == MercatorFeature::Kind::Point ? f.parts.first().first()
                                                                           : f.parts.first().boundingRect().center()}};
        else
            shape.parts = f.parts;
        out.append(shape);
        return true;
    }, &cancelled);
}

/** One point per key at the mean of its lat/lon columns; false when the table lacks the columns. */
Result<bool> readStationTable(const QString &path, const KpiMapData::Request &request, Feedback *feedback,
                              QHash<QString, QPointF> &sums, QHash<QString, int> &counts, QStringList &order)
{
    Result<DatasetTable> table = DatasetTable::open(path);
    if (!table)
        return table.error();
    int key = -1, lat = -1, lon = -1;
    const QList<DatasetTable::Column> &columns = table->columns();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name == request.keyField)
            key = i;
        else if (columns[i].name == request.latField)
            lat = i;
        else if (columns[i].name == request.lonField)
            lon = i;
    }
    if (key < 0 || lat < 0 || lon < 0)
        return false;
    qint64 seen = 0;
    while (!table->atEnd() && seen < request.maxRows) {
        Result<QList<DatasetTable::Row>> rows = table->readRows(4096, feedback);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            break;
        seen += rows->size();
        for (const DatasetTable::Row &row : *rows) {
            bool okLat = false, okLon = false;
            const double y = row.value(lat).toDouble(&okLat), x = row.value(lon).toDouble(&okLon);
            const QString k = row.value(key).toString();
            if (k.isEmpty() || !okLat || !okLon || !std::isfinite(x) || !std::isfinite(y))
                continue;
            if (!counts.contains(k))
                order.append(k);
            sums[k] += QPointF(x, y);
            counts[k] += 1;
        }
    }
    return true;
}

} // namespace

KpiMapData::Request KpiMapData::fromPanel(const DashboardPanel &panel, const KpiDefinition *kpi)
{
    Request r;
    const bool points = option(panel, "mode") == QLatin1String("points");
    r.mode = points ? Request::Mode::Points : Request::Mode::Choropleth;
    if (!points) {
        const QString boundaries = option(panel, "boundaries");
        if (!boundaries.isEmpty())
            r.datasets = {boundaries};
        r.keyField = option(panel, "joinField");
        return r;
    }
    if (!option(panel, "lat").isEmpty())
        r.latField = option(panel, "lat");
    if (!option(panel, "lon").isEmpty())
        r.lonField = option(panel, "lon");
    r.keyField = option(panel, "dimension");
    if (kpi) {
        if (r.keyField.isEmpty() && !kpi->dimensions.isEmpty())
            r.keyField = kpi->dimensions.first();
        if (!kpi->sources.isEmpty()) {
            const KpiSource &source = kpi->sources.first();
            r.datasets = source.datasets;
            r.domain = source.domain;
            r.city = source.city;
        }
    }
    return r;
}

Result<QList<KpiMapData::Shape>> KpiMapData::load(const QString &dataDir, const Request &request, Feedback *feedback)
{
    Result<Workspace> workspace = Workspace::open(dataDir);
    if (!workspace)
        return workspace.error();
    return load(workspace->catalog(), workspace->store(), request, feedback);
}

Result<QList<KpiMapData::Shape>> KpiMapData::load(Catalog &catalog, const ObjectStore &store, const Request &request,
                                                  Feedback *feedback)
{
    if (!request.isValid())
        return Error(Error::Code::InvalidArgument,
                     tr("The map panel needs a dataset and a field to match the KPI's dimension values."));
    KpiSource source;
    source.datasets = request.datasets;
    source.domain = request.domain;
    source.city = request.city;
    const Result<QList<DatasetRecord>> records = KpiSourceResolver::records(catalog, source);
    if (!records)
        return records.error();
    const bool points = request.mode == Request::Mode::Points;
    QList<Shape> shapes;
    QHash<QString, QPointF> sums;
    QHash<QString, int> counts;
    QStringList order;
    for (const DatasetRecord &record : *records) {
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, tr("Cancelled."));
        const Result<QString> path = DatasetAssets::tablePath(record, store);
        if (!path)
            return path.error();
        if (points) {
            const Result<bool> table = readStationTable(*path, request, feedback, sums, counts, order);
            if (!table)
                return table.error();
            if (*table)
                continue;
            // No lat/lon columns: the dataset is a point layer, its geometry places the stations.
        }
        const Result<void> read = readFeatures(*path, request.keyField, points, feedback, shapes);
        if (!read)
            return read.error();
    }
    for (const QString &key : std::as_const(order)) {
        const QPointF mean = sums.value(key) / counts.value(key);
        Shape s;
        s.key = key;
        s.point = true;
        s.parts = {QPolygonF{webmercator::lonLatToMeters(mean.x(), mean.y())}};
        shapes.append(s);
    }
    return shapes;
}

} // namespace urbis
