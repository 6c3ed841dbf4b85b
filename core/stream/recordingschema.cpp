#include "recordingschema.h"

#include "../ingest/rtreebulkload.h"
#include "../util/database.h"
#include "recordingfile.h"

#include <vector>

namespace urbis {

namespace {

QString sqlTypeOf(RecordingLayout::Role role)
{
    switch (role) {
    case RecordingLayout::Role::Time:
    case RecordingLayout::Role::Received:
        return QStringLiteral("DATETIME");
    case RecordingLayout::Role::Entity:
    case RecordingLayout::Role::Attribute:
        return QStringLiteral("TEXT");
    case RecordingLayout::Role::Lat:
    case RecordingLayout::Role::Lon:
    case RecordingLayout::Role::Measure:
        return QStringLiteral("REAL");
    }
    return QStringLiteral("TEXT");
}

// The tables and the three spatial reference systems every GeoPackage has, as GDAL 3.6 writes them.
const char *const kSkeleton = R"(
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL,srs_id INTEGER NOT NULL PRIMARY KEY,organization TEXT NOT NULL,organization_coordsys_id INTEGER NOT NULL,definition TEXT NOT NULL,description TEXT);
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined Cartesian SRS',-1,'NONE',-1,'undefined','undefined Cartesian coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS',0,'NONE',0,'undefined','undefined geographic coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic',4326,'EPSG',4326,'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]','longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY,data_type TEXT NOT NULL,identifier TEXT UNIQUE,description TEXT DEFAULT '',last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),min_x DOUBLE, min_y DOUBLE,max_x DOUBLE, max_y DOUBLE,srs_id INTEGER,CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_ogr_contents(table_name TEXT NOT NULL PRIMARY KEY,feature_count INTEGER DEFAULT NULL);
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL,column_name TEXT NOT NULL,geometry_type_name TEXT NOT NULL,srs_id INTEGER NOT NULL,z TINYINT NOT NULL,m TINYINT NOT NULL,CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),CONSTRAINT uk_gc_table_name UNIQUE (table_name),CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (table_name TEXT,column_name TEXT,extension_name TEXT NOT NULL,definition TEXT NOT NULL,scope TEXT NOT NULL,CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
)";

} // namespace

const QString &RecordingSchema::dataTable()
{
    static const QString name = QStringLiteral("data");
    return name;
}

const QString &RecordingSchema::gapsTable()
{
    static const QString name = QStringLiteral("gaps");
    return name;
}

QString RecordingSchema::quoted(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString RecordingSchema::createSql(const RecordingLayout &layout)
{
    const QString &table = dataTable(), &gaps = gapsTable();
    QStringList columns{
        QStringLiteral("%1 INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL").arg(quoted(layout.fidColumn))};
    if (layout.hasGeometry())
        columns << QStringLiteral("%1 POINT").arg(quoted(layout.geomColumn));
    for (const RecordingLayout::Column &c : layout.columns)
        columns << quoted(c.name) + QLatin1Char(' ') + sqlTypeOf(c.role);
    QString ddl = QString::fromLatin1(kSkeleton);
    ddl += QStringLiteral("CREATE TABLE %1 (%2);").arg(quoted(table), columns.join(u','));
    ddl += QStringLiteral("CREATE TABLE %1 (\"fid\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, \"start\" "
                          "DATETIME, \"end\" DATETIME);")
               .arg(quoted(gaps));
    if (layout.hasGeometry()) {
        ddl += QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES "
                              "('%1', 'features', '%1', 4326);"
                              "INSERT INTO gpkg_geometry_columns VALUES ('%1', '%2', 'POINT', 4326, 0, 0);")
                   .arg(table, QString(layout.geomColumn).replace(QLatin1Char('\''), QStringLiteral("''")));
    } else {
        ddl += QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('%1', "
                              "'attributes', '%1');")
                   .arg(table);
    }
    ddl += QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES "
                          "('%1', 'attributes', '%1', '%2');"
                          "INSERT INTO gpkg_ogr_contents VALUES ('%3', 0), ('%1', 0);")
               .arg(gaps,
                    RecordingSchema::tr("Times the stream was down")
                        .replace(QLatin1Char('\''), QStringLiteral("''")),
                    table);
    return ddl;
}

Result<void> RecordingSchema::buildSpatialIndex(Database &db, const RecordingLayout &layout,
                                                qint64 bulkIndexLimit)
{
    const QString &table = dataTable();
    const QString rtree = QStringLiteral("rtree_%1_%2").arg(table, layout.geomColumn);
    const QString t = quoted(table), g = quoted(layout.geomColumn), fid = quoted(layout.fidColumn),
                  r = quoted(rtree);
    // Dropped and made again: a crash may have left a finished or a half-filled one.
    if (Result<void> e = db.exec(
            QStringLiteral(
                "DROP TABLE IF EXISTS %1; CREATE VIRTUAL TABLE %1 USING rtree(id, minx, maxx, miny, maxy)")
                .arg(r));
        !e)
        return e;
    // The point and the lat/lon columns hold the same position (append writes both): reading
    // the numbers is cheaper than decoding the blobs.
    const int latIndex = layout.columnOf(RecordingLayout::Role::Lat),
              lonIndex = layout.columnOf(RecordingLayout::Role::Lon);
    if (latIndex < 0 || lonIndex < 0)
        return Error(Error::Code::Internal, tr("The recording has points but no lat/lon columns"));
    const QString lat = quoted(layout.columns.at(latIndex).name),
                  lon = quoted(layout.columns.at(lonIndex).name);
    Result<QVariant> points =
        db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL").arg(t, g));
    if (!points)
        return points.error();
    if (points->toLongLong() > bulkIndexLimit) {
        // Bounded memory for very long recordings (see RecordingFile::kBulkIndexLimit).
        const QString fill =
            QStringLiteral(
                "INSERT INTO %1 SELECT %2, %3, %3, %4, %4 FROM %5 WHERE %6 IS NOT NULL ORDER BY %4, %3")
                .arg(r, fid, lon, lat, t, g);
        if (Result<void> e = db.exec(fill); !e)
            return e;
    } else {
        std::vector<RTreeBulkLoad::Entry> entries;
        entries.reserve(size_t(points->toLongLong()));
        Result<Statement> rows = db.prepare(
            QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE %5 IS NOT NULL").arg(fid, lon, lat, t, g));
        if (!rows)
            return rows.error();
        if (Result<void> e = rows->forEachRow([&](const Statement &s) {
                entries.push_back({s.int64(0), s.real(1), s.real(1), s.real(2), s.real(2)});
            });
            !e)
            return e;
        if (Result<void> e = RTreeBulkLoad::load(db, rtree, std::move(entries)); !e)
            return e;
    }
    // GDAL's triggers, so a GDAL that later edits a copy keeps the index right.
    const QString values =
        QStringLiteral("VALUES (NEW.%1,ST_MinX(NEW.%2), ST_MaxX(NEW.%2),ST_MinY(NEW.%2), ST_MaxY(NEW.%2))")
            .arg(fid, g);
    const QString name = quoted(rtree + QStringLiteral("_%1"));
    QStringList sql{
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER INSERT ON %2 WHEN (new.%3 NOT NULL AND NOT "
                       "ST_IsEmpty(NEW.%3)) BEGIN INSERT OR REPLACE INTO %4 %5; END")
            .arg(name.arg(QStringLiteral("insert")), t, g, r, values),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER UPDATE OF %3 ON %2 WHEN OLD.%6 = NEW.%6 AND "
                       "(NEW.%3 NOTNULL AND NOT ST_IsEmpty(NEW.%3)) BEGIN INSERT OR REPLACE INTO %4 %5; END")
            .arg(name.arg(QStringLiteral("update1")), t, g, r, values, fid),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER UPDATE OF %3 ON %2 WHEN OLD.%5 = NEW.%5 AND "
                       "(NEW.%3 ISNULL OR ST_IsEmpty(NEW.%3)) BEGIN DELETE FROM %4 WHERE id = OLD.%5; END")
            .arg(name.arg(QStringLiteral("update2")), t, g, r, fid),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER UPDATE ON %2 WHEN OLD.%6 != NEW.%6 AND (NEW.%3 "
                       "NOTNULL AND NOT ST_IsEmpty(NEW.%3)) BEGIN DELETE FROM %4 WHERE id = OLD.%6; INSERT "
                       "OR REPLACE INTO %4 %5; END")
            .arg(name.arg(QStringLiteral("update3")), t, g, r, values, fid),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER UPDATE ON %2 WHEN OLD.%5 != NEW.%5 AND (NEW.%3 "
                       "ISNULL OR ST_IsEmpty(NEW.%3)) BEGIN DELETE FROM %4 WHERE id IN (OLD.%5, NEW.%5); END")
            .arg(name.arg(QStringLiteral("update4")), t, g, r, fid),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER DELETE ON %2 WHEN old.%3 NOT NULL BEGIN DELETE "
                       "FROM %4 WHERE id = OLD.%5; END")
            .arg(name.arg(QStringLiteral("delete")), t, g, r, fid),
        QStringLiteral("INSERT OR IGNORE INTO gpkg_extensions VALUES ('%1', '%2', 'gpkg_rtree_index', "
                       "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')")
            .arg(table, layout.geomColumn)};
    for (const QString &s : std::as_const(sql))
        if (Result<void> e = db.exec(s); !e)
            return e;
    return {};
}

Result<void> RecordingSchema::addFeatureCountTriggers(Database &db)
{
    const QString &table = dataTable();
    // GDAL keeps gpkg_ogr_contents right through these; without them it would trust a stale count.
    const QString t = quoted(table);
    for (const char *kind : {"insert", "delete"}) {
        const bool insert = kind[0] == 'i';
        if (Result<void> r = db.exec(
                QStringLiteral(
                    "CREATE TRIGGER IF NOT EXISTS \"trigger_%1_feature_count_%2\" AFTER %3 ON %4 BEGIN "
                    "UPDATE gpkg_ogr_contents SET feature_count = feature_count %5 1 WHERE lower(table_name) "
                    "= lower('%2'); END")
                    .arg(QLatin1String(kind), table,
                         insert ? QStringLiteral("INSERT") : QStringLiteral("DELETE"), t,
                         insert ? QStringLiteral("+") : QStringLiteral("-")));
            !r)
            return r;
    }
    return {};
}

} // namespace urbis
