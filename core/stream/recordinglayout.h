#pragma once

#include "../catalog/fieldinfo.h"
#include "../util/result.h"
#include "fieldmapping.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace urbis {

/**
 * The columns of a recording's "data" table, derived from the stream's FieldMapping: the time
 * (named after the mapping's time key, so a recorded replay has the columns of the dataset it
 * replays and KPIs read both alike), the entity, lat/lon, the measures with their units, the
 * text attributes and the receive time. Saved beside a running recording so a recovery after a
 * crash knows the table without the process that made it. A plain value.
 */
struct RecordingLayout
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RecordingLayout)
public:
    enum class Role { Time, Entity, Lat, Lon, Measure, Attribute, Received };
    struct Column
    {
        QString name;
        Role role = Role::Measure;
        int index = -1; ///< into StreamSample::values (Measure) or ::attributes (Attribute)
        QString unit;
    };

    QList<Column> columns;
    QString fidColumn = QStringLiteral("fid");
    QString geomColumn = QStringLiteral("geom"); ///< empty: no position mapped, an attribute table

    static RecordingLayout fromMapping(const FieldMapping &mapping);

    bool hasGeometry() const { return !geomColumn.isEmpty(); }
    /** Column index of the first column with `role`; -1 when there is none. */
    int columnOf(Role role) const;
    /** Table Schema view of the columns (type, unit, description) for the catalog record. */
    QList<FieldInfo> fields() const;

    QJsonObject toJson() const;
    static Result<RecordingLayout> fromJson(const QJsonObject &o);
};

} // namespace urbis
