#include "replaytable.h"

#include "../util/database.h"

#include <QFile>

namespace urbis {

namespace {

QString quoted(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

bool isGeographic(Database &db, qint64 srsId)
{
    if (srsId == 4326)
        return true;
    Result<Statement> st = db.prepare(QStringLiteral(
        "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?"));
    if (!st)
        return false;
    st->bind(1, srsId);
    Result<bool> row = st->step();
    return row && *row && st->text(0).compare(QLatin1String("EPSG"), Qt::CaseInsensitive) == 0 &&
           st->int64(1) == 4326;
}

} // namespace

Result<ReplayTable> ReplayTable::open(const QString &gpkgPath)
{
    if (!QFile::exists(gpkgPath))
        return Error(Error::Code::NotFound, tr("The data file %1 is missing").arg(gpkgPath));
    Result<Database> db = Database::open(gpkgPath, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    ReplayTable t;
    t.path = gpkgPath;
    Result<QVariant> first =
        db->scalar(QStringLiteral("SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', "
                                  "'attributes') ORDER BY rowid LIMIT 1"));
    if (!first || first->toString().isEmpty())
        return Error(Error::Code::Unsupported,
                     tr("The data of this dataset is not a GeoPackage table: it has no rows to replay"),
                     first ? QString() : first.error().detail);
    t.table = first->toString();

    QString geometry;
    qint64 srsId = -1;
    if (Result<Statement> g =
            db->prepare(QStringLiteral("SELECT column_name, geometry_type_name, srs_id FROM "
                                       "gpkg_geometry_columns WHERE table_name = ?"))) {
        g->bind(1, t.table);
        if (Result<bool> row = g->step(); row && *row) {
            geometry = g->text(0);
            // Only points in WGS84 give lat/lon without a reprojection (and GDAL stays out of core/stream).
            srsId = g->text(1).compare(QLatin1String("POINT"), Qt::CaseInsensitive) == 0 ? g->int64(2) : -1;
        }
    }
    Result<Statement> info = db->prepare(QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?)"));
    if (!info)
        return info.error();
    info->bind(1, t.table);
    QString dateColumn;
    bool hasLat = false, hasLon = false;
    if (Result<void> e = info->forEachRow([&](const Statement &s) {
            const QString name = s.text(0), type = s.text(1).toUpper();
            Kind kind = Kind::Value;
            if (s.int64(2) > 0 && type == u"INTEGER")
                return; // the fid: table bookkeeping, not data
            if (name == geometry)
                kind = srsId >= 0 && isGeographic(*db, srsId) ? Kind::Point : Kind::Skip;
            else if (type == u"BOOLEAN")
                kind = Kind::Boolean;
            else if (type == u"DATETIME" || type == u"TIMESTAMP")
                kind = Kind::DateTime;
            else if (type == u"BLOB")
                kind = Kind::Skip;
            if (kind == Kind::DateTime && t.timeColumn.isEmpty())
                t.timeColumn = name;
            if (type == u"DATE" && dateColumn.isEmpty())
                dateColumn = name;
            hasLat = hasLat || name.compare(QLatin1String("lat"), Qt::CaseInsensitive) == 0 ||
                     name.compare(QLatin1String("latitude"), Qt::CaseInsensitive) == 0;
            hasLon = hasLon || name.compare(QLatin1String("lon"), Qt::CaseInsensitive) == 0 ||
                     name.compare(QLatin1String("longitude"), Qt::CaseInsensitive) == 0;
            t.columns.append({name, kind});
        });
        !e)
        return e.error();
    if (hasLat && hasLon)
        for (Column &c : t.columns)
            if (c.kind == Kind::Point)
                c.kind = Kind::Skip; // the row has its position already
    if (t.timeColumn.isEmpty())
        t.timeColumn = dateColumn;
    Result<QVariant> count = db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(t.table)));
    if (!count)
        return count.error();
    t.rows = count->toLongLong();
    return t;
}

QString ReplayTable::selectSql() const
{
    QStringList names;
    for (const Column &c : columns)
        names << (c.kind == Kind::Skip ? QStringLiteral("NULL") : quoted(c.name));
    QString sql = QStringLiteral("SELECT %1 FROM %2")
                      .arg(names.isEmpty() ? QStringLiteral("NULL") : names.join(u','), quoted(table));
    if (!timeColumn.isEmpty())
        sql += QStringLiteral(" ORDER BY %1 IS NULL, %1, rowid").arg(quoted(timeColumn));
    else
        sql += QStringLiteral(" ORDER BY rowid");
    return sql;
}

} // namespace urbis
