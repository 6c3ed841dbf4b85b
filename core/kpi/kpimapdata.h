#pragma once

#include "../util/feedback.h"
#include "../util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPolygonF>
#include <QString>
#include <QStringList>

namespace urbis {

class Catalog;
class ObjectStore;
class KpiDefinition;
struct DashboardPanel;

/**
 * The geometry a dashboard's map panel colours by KPI value, read from the catalog's stored data so
 * that widgets never open GDAL: district polygons of a boundary dataset keyed by a join field
 * (choropleth), or one point per station of a fact dataset, placed at the mean of its lat/lon
 * columns and keyed by the station field (points). Coordinates are EPSG:3857 metres.
 *
 * Stateless; load() opens its own catalog connection, so call it from a worker thread
 * (the files can be large) and hand the shapes to the GUI.
 */
class KpiMapData
{
    Q_DECLARE_TR_FUNCTIONS(urbis::KpiMapData)
public:
    /** One keyed shape: polygon rings (odd-even fill) or, for a point, one single-point part. */
    struct Shape
    {
        QString key;          ///< value of the join / station field, matched against a KPI dimension value
        bool point = false;
        QList<QPolygonF> parts; ///< EPSG:3857 metres
    };

    /** What to read; see fromPanel() for how a dashboard panel's options fill it. */
    struct Request
    {
        enum class Mode { Choropleth, Points };
        Mode mode = Mode::Choropleth;
        QStringList datasets; ///< ids or exact titles; empty = every latest dataset of domain (and city)
        QString domain;
        QString city;
        QString keyField;     ///< boundary field joined to the dimension, or the station field
        QString latField = QStringLiteral("lat");
        QString lonField = QStringLiteral("lon");
        int maxRows = 500000; ///< points: stop reading facts after this many rows (positions settle fast)

        bool isValid() const { return !keyField.isEmpty() && (!datasets.isEmpty() || !domain.isEmpty()); }
    };

    /**
     * The request a map panel describes: options "mode", "boundaries", "joinField", "lat", "lon",
     * "dimension"; for points the datasets are the KPI's first source (its datasets, or its domain
     * and city selection) and the key is the panel's dimension or the KPI's first dimension.
     */
    static Request fromPanel(const DashboardPanel &panel, const KpiDefinition *kpi);

    /** Opens the workspace at `dataDir` and reads. NotFound when a named dataset does not exist. */
    static Result<QList<Shape>> load(const QString &dataDir, const Request &request, Feedback *feedback = nullptr);
    /** Reads with a catalog connection of the calling thread. */
    static Result<QList<Shape>> load(Catalog &catalog, const ObjectStore &store, const Request &request,
                                     Feedback *feedback = nullptr);
};

} // namespace urbis
