#include "recordingfile.h"

#include "../ingest/rtreebulkload.h"
#include "../util/database.h"
#include "../util/transaction.h"
#include "gpkgpoint.h"
#include "utctext.h"

#include <QFile>

#include <sqlite3.h>

#include <cmath>
#include <vector>

namespace urbis {

namespace {

using Role = RecordingLayout::Role;

const QString kTable = QStringLiteral("data");
const QString kGaps = QStringLiteral("gaps");

QString quoted(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString sqlTypeOf(Role role)
{
    switch (role) {
    case Role::Time:
    case Role::Received: return QStringLiteral("DATETIME");
    case Role::Entity:
    case Role::Attribute: return QStringLiteral("TEXT");
    case Role::Lat:
    case Role::Lon:
    case Role::Measure: return QStringLiteral("REAL");
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

struct RecordingFile::Private
{
    Database db;
    RecordingLayout layout;
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *gap = nullptr;
    bool inTransaction = false;
    bool finalized = false;
    RecordingStats pending;
    RecordingStats committed;
    // Bound with SQLITE_STATIC: they must outlive the step, and every append rebinds them.
    char timeText[utctext::kMillisLength];
    char receivedText[utctext::kMillisLength];
    char geometry[gpkgpoint::kBlobSize];

    ~Private() { finalizeStatements(); }

    void finalizeStatements()
    {
        sqlite3_finalize(insert);
        sqlite3_finalize(gap);
        insert = gap = nullptr;
    }

    Error sqlError(const QString &what) const
    {
        return Error(Error::Code::Database, what, QString::fromUtf8(sqlite3_errmsg(db.handle())));
    }

    Result<void> prepare()
    {
        QStringList names, marks;
        for (const RecordingLayout::Column &c : std::as_const(layout.columns)) {
            names << quoted(c.name);
            marks << QStringLiteral("?");
        }
        if (layout.hasGeometry()) {
            names << quoted(layout.geomColumn);
            marks << QStringLiteral("?");
        }
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(quoted(kTable), names.join(u','), marks.join(u',')).toUtf8();
        if (sqlite3_prepare_v3(db.handle(), sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &insert, nullptr) != SQLITE_OK)
            return sqlError(RecordingFile::tr("Cannot prepare the recording's insert"));
        const QByteArray gapSql = QStringLiteral("INSERT INTO %1 (\"start\", \"end\") VALUES (?, ?)").arg(quoted(kGaps)).toUtf8();
        if (sqlite3_prepare_v3(db.handle(), gapSql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &gap, nullptr) != SQLITE_OK)
            return sqlError(RecordingFile::tr("Cannot prepare the recording's insert"));
        return {};
    }

    Result<void> begin()
    {
        if (finalized)
            return Error(Error::Code::Internal, RecordingFile::tr("The recording is closed already"));
        if (inTransaction)
            return {};
        if (Result<void> r = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
            return r;
        inTransaction = true;
        return {};
    }

    /** Feature count and extent in the GeoPackage's own tables, inside the transaction being committed. */
    Result<void> writeContents(const RecordingStats &all)
    {
        Result<Statement> count = db.prepare(QStringLiteral("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?"));
        if (!count)
            return count.error();
        count->bind(1, all.rows).bind(2, kTable);
        if (Result<void> r = count->exec(); !r)
            return r;
        Result<Statement> contents = db.prepare(QStringLiteral(
            "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), min_x = ?, min_y = ?, max_x = ?, max_y = ? "
            "WHERE table_name = ?"));
        if (!contents)
            return contents.error();
        if (all.hasExtent() && layout.hasGeometry())
            contents->bind(1, all.west).bind(2, all.south).bind(3, all.east).bind(4, all.north);
        else
            contents->bindNull(1).bindNull(2).bindNull(3).bindNull(4);
        contents->bind(5, kTable);
        return contents->exec();
    }

    Result<void> buildSpatialIndex(qint64 bulkIndexLimit)
    {
        const QString rtree = QStringLiteral("rtree_%1_%2").arg(kTable, layout.geomColumn);
        const QString t = quoted(kTable), g = quoted(layout.geomColumn), fid = quoted(layout.fidColumn), r = quoted(rtree);
        // Dropped and made again: a crash may have left a finished or a half-filled one.
        if (Result<void> e = db.exec(QStringLiteral("DROP TABLE IF EXISTS %1; CREATE VIRTUAL TABLE %1 USING rtree(id, minx, maxx, miny, maxy)").arg(r)); !e)
            return e;
        // The point and the lat/lon columns hold the same position (append writes both): reading
        // the numbers is cheaper than decoding the blobs.
        const int latIndex = layout.columnOf(Role::Lat), lonIndex = layout.columnOf(Role::Lon);
        if (latIndex < 0 || lonIndex < 0)
            return Error(Error::Code::Internal, RecordingFile::tr("The recording has points but no lat/lon columns"));
        const QString lat = quoted(layout.columns.at(latIndex).name), lon = quoted(layout.columns.at(lonIndex).name);
        Result<QVariant> points = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL").arg(t, g));
        if (!points)
            return points.error();
        if (points->toLongLong() > bulkIndexLimit) {
            // Bounded memory for very long recordings (see kBulkIndexLimit).
            const QString fill = QStringLiteral("INSERT INTO %1 SELECT %2, %3, %3, %4, %4 FROM %5 WHERE %6 IS NOT NULL ORDER BY %4, %3")
                                     .arg(r, fid, lon, lat, t, g);
            if (Result<void> e = db.exec(fill); !e)
                return e;
        } else {
            std::vector<RTreeBulkLoad::Entry> entries;
            entries.reserve(size_t(points->toLongLong()));
            Result<Statement> rows = db.prepare(QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE %5 IS NOT NULL").arg(fid, lon, lat, t, g));
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
        const QString values = QStringLiteral("VALUES (NEW.%1,ST_MinX(NEW.%2), ST_MaxX(NEW.%2),ST_MinY(NEW.%2), ST_MaxY(NEW.%2))").arg(fid, g);
        const QString name = quoted(rtree + QStringLiteral("_%1"));
        QStringList sql{
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER INSERT ON %2 WHEN (new.%3 NOT NULL AND NOT ST_IsEmpty(NEW.%3)) BEGIN INSERT OR REPLACE INTO %4 %5; END")
                .arg(name.arg(QStringLiteral("insert")), t, g, r, values),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER UPDATE OF %3 ON %2 WHEN OLD.%6 = NEW.%6 AND (NEW.%3 NOTNULL AND NOT ST_IsEmpty(NEW.%3)) BEGIN INSERT OR REPLACE INTO %4 %5; END")
                .arg(name.arg(QStringLiteral("update1")), t, g, r, values, fid),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER UPDATE OF %3 ON %2 WHEN OLD.%5 = NEW.%5 AND (NEW.%3 ISNULL OR ST_IsEmpty(NEW.%3)) BEGIN DELETE FROM %4 WHERE id = OLD.%5; END")
                .arg(name.arg(QStringLiteral("update2")), t, g, r, fid),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER UPDATE ON %2 WHEN OLD.%6 != NEW.%6 AND (NEW.%3 NOTNULL AND NOT ST_IsEmpty(NEW.%3)) BEGIN DELETE FROM %4 WHERE id = OLD.%6; INSERT OR REPLACE INTO %4 %5; END")
                .arg(name.arg(QStringLiteral("update3")), t, g, r, values, fid),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER UPDATE ON %2 WHEN OLD.%5 != NEW.%5 AND (NEW.%3 ISNULL OR ST_IsEmpty(NEW.%3)) BEGIN DELETE FROM %4 WHERE id IN (OLD.%5, NEW.%5); END")
                .arg(name.arg(QStringLiteral("update4")), t, g, r, fid),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER DELETE ON %2 WHEN old.%3 NOT NULL BEGIN DELETE FROM %4 WHERE id = OLD.%5; END")
                .arg(name.arg(QStringLiteral("delete")), t, g, r, fid),
            QStringLiteral("INSERT OR IGNORE INTO gpkg_extensions VALUES ('%1', '%2', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')")
                .arg(kTable, layout.geomColumn)};
        for (const QString &s : std::as_const(sql))
            if (Result<void> e = db.exec(s); !e)
                return e;
        return {};
    }
};

RecordingFile::RecordingFile(std::unique_ptr<Private> p) : d(std::move(p)) {}
RecordingFile::RecordingFile(RecordingFile &&) noexcept = default;
RecordingFile &RecordingFile::operator=(RecordingFile &&) noexcept = default;
RecordingFile::~RecordingFile() = default;

Result<RecordingFile> RecordingFile::create(const QString &path, const RecordingLayout &layout)
{
    if (QFile::exists(path))
        return Error(Error::Code::InvalidArgument, tr("The recording %1 exists already").arg(path));
    auto p = std::make_unique<Private>();
    p->layout = layout;
    Result<Database> db = Database::open(path);
    if (!db)
        return db.error();
    p->db = std::move(*db);
    // WAL: a commit appends to the log without rewriting pages, and a killed process leaves the
    // last committed state for the next open. NORMAL: commits survive a killed process (the
    // kernel has them); only a power cut could lose the last ones, never the file's consistency.
    if (Result<void> r = p->db.exec(QStringLiteral("PRAGMA application_id = 1196444487; PRAGMA user_version = 10200;"
                                                   "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL"));
        !r)
        return r.error();
    QStringList columns{QStringLiteral("%1 INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL").arg(quoted(layout.fidColumn))};
    if (layout.hasGeometry())
        columns << QStringLiteral("%1 POINT").arg(quoted(layout.geomColumn));
    for (const RecordingLayout::Column &c : layout.columns)
        columns << quoted(c.name) + QLatin1Char(' ') + sqlTypeOf(c.role);
    QString ddl = QString::fromLatin1(kSkeleton);
    ddl += QStringLiteral("CREATE TABLE %1 (%2);").arg(quoted(kTable), columns.join(u','));
    ddl += QStringLiteral("CREATE TABLE %1 (\"fid\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, \"start\" DATETIME, \"end\" DATETIME);").arg(quoted(kGaps));
    if (layout.hasGeometry()) {
        ddl += QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('%1', 'features', '%1', 4326);"
                              "INSERT INTO gpkg_geometry_columns VALUES ('%1', '%2', 'POINT', 4326, 0, 0);")
                   .arg(kTable, QString(layout.geomColumn).replace(QLatin1Char('\''), QStringLiteral("''")));
    } else {
        ddl += QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('%1', 'attributes', '%1');").arg(kTable);
    }
    ddl += QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('%1', 'attributes', '%1', '%2');"
                          "INSERT INTO gpkg_ogr_contents VALUES ('%3', 0), ('%1', 0);")
               .arg(kGaps, tr("Times the stream was down").replace(QLatin1Char('\''), QStringLiteral("''")), kTable);
    {
        Transaction tx(p->db);
        if (!tx.begun())
            return tx.begun().error();
        if (Result<void> r = p->db.exec(ddl); !r)
            return r.error();
        if (Result<void> r = tx.commit(); !r)
            return r.error();
    }
    if (Result<void> r = p->prepare(); !r)
        return r.error();
    return RecordingFile(std::move(p));
}

Result<RecordingFile> RecordingFile::open(const QString &path, const RecordingLayout &layout)
{
    if (!QFile::exists(path))
        return Error(Error::Code::NotFound, tr("The recording %1 is missing").arg(path));
    auto p = std::make_unique<Private>();
    p->layout = layout;
    Result<Database> db = Database::open(path);
    if (!db)
        return db.error();
    p->db = std::move(*db);
    if (Result<void> r = p->prepare(); !r)
        return r.error();
    return RecordingFile(std::move(p));
}

Result<void> RecordingFile::append(const StreamSample &s)
{
    if (Result<void> r = d->begin(); !r)
        return r;
    sqlite3_stmt *st = d->insert;
    int p = 1;
    for (const RecordingLayout::Column &c : std::as_const(d->layout.columns)) {
        switch (c.role) {
        case Role::Time:
            utctext::formatMillis(s.timeMs, d->timeText);
            sqlite3_bind_text(st, p, d->timeText, utctext::kMillisLength, SQLITE_STATIC);
            break;
        case Role::Received:
            utctext::formatMillis(s.receivedMs, d->receivedText);
            sqlite3_bind_text(st, p, d->receivedText, utctext::kMillisLength, SQLITE_STATIC);
            break;
        case Role::Entity:
            if (s.entity.isEmpty())
                sqlite3_bind_null(st, p);
            else
                sqlite3_bind_text16(st, p, s.entity.utf16(), int(s.entity.size() * 2), SQLITE_STATIC);
            break;
        case Role::Lat:
        case Role::Lon: {
            const double v = c.role == Role::Lat ? s.lat : s.lon;
            if (std::isfinite(v))
                sqlite3_bind_double(st, p, v);
            else
                sqlite3_bind_null(st, p);
            break;
        }
        case Role::Measure: {
            const double v = c.index >= 0 && size_t(c.index) < s.values.size() ? s.values[size_t(c.index)] : NAN;
            if (std::isfinite(v))
                sqlite3_bind_double(st, p, v);
            else
                sqlite3_bind_null(st, p); // absent from this message; JSON has no NaN or infinity either
            break;
        }
        case Role::Attribute:
            if (c.index >= 0 && c.index < s.attributes.size() && !s.attributes.at(c.index).isNull()) {
                const QString &a = s.attributes.at(c.index);
                sqlite3_bind_text16(st, p, a.utf16(), int(a.size() * 2), SQLITE_STATIC);
            } else {
                sqlite3_bind_null(st, p);
            }
            break;
        }
        ++p;
    }
    // Only positions on the globe become points: the catalog refuses an extent beyond it.
    const bool placed = d->layout.hasGeometry() && s.hasPosition() && std::abs(s.lat) <= 90 && std::abs(s.lon) <= 180;
    if (d->layout.hasGeometry()) {
        if (placed) {
            gpkgpoint::encode(s.lon, s.lat, 4326, d->geometry);
            sqlite3_bind_blob(st, p, d->geometry, gpkgpoint::kBlobSize, SQLITE_STATIC);
        } else {
            sqlite3_bind_null(st, p);
        }
    }
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return d->sqlError(tr("Cannot write a row of the recording"));
    ++d->pending.rows;
    d->pending.addTime(s.timeMs);
    if (placed)
        d->pending.addPosition(s.lon, s.lat);
    return {};
}

Result<void> RecordingFile::appendGap(qint64 fromMs, qint64 toMs)
{
    if (Result<void> r = d->begin(); !r)
        return r;
    const QByteArray from = utctext::millis(fromMs), to = utctext::millis(toMs);
    sqlite3_bind_text(d->gap, 1, from.constData(), int(from.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(d->gap, 2, to.constData(), int(to.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(d->gap);
    sqlite3_reset(d->gap);
    if (rc != SQLITE_DONE)
        return d->sqlError(tr("Cannot write a gap of the recording"));
    return {};
}

Result<void> RecordingFile::commit()
{
    if (!d->inTransaction)
        return {};
    RecordingStats all = d->committed;
    all.merge(d->pending);
    if (Result<void> r = d->writeContents(all); !r)
        return r;
    if (Result<void> r = d->db.exec(QStringLiteral("COMMIT")); !r)
        return r;
    d->inTransaction = false;
    d->committed = all;
    d->pending = RecordingStats();
    return {};
}

qint64 RecordingFile::pendingRows() const
{
    return d->pending.rows;
}

const RecordingStats &RecordingFile::committed() const
{
    return d->committed;
}

Result<RecordingStats> RecordingFile::scan()
{
    RecordingStats s;
    const int time = d->layout.columnOf(Role::Time);
    const QString sql = QStringLiteral("SELECT count(*), min(%1), max(%1) FROM %2").arg(quoted(d->layout.columns.at(time).name), quoted(kTable));
    Result<Statement> st = d->db.prepare(sql);
    if (!st)
        return st.error();
    if (Result<bool> row = st->step(); !row)
        return row.error();
    s.rows = st->int64(0);
    if (const std::optional<qint64> lo = utctext::parse(st->text(1).toUtf8()))
        s.addTime(*lo);
    if (const std::optional<qint64> hi = utctext::parse(st->text(2).toUtf8()))
        s.addTime(*hi);
    const int lat = d->layout.columnOf(Role::Lat), lon = d->layout.columnOf(Role::Lon);
    if (d->layout.hasGeometry() && lat >= 0 && lon >= 0) {
        // The point and the lat/lon columns hold the same position (append writes both).
        Result<Statement> box = d->db.prepare(QStringLiteral("SELECT min(%1), min(%2), max(%1), max(%2) FROM %3 WHERE %4 IS NOT NULL")
                                                  .arg(quoted(d->layout.columns.at(lon).name), quoted(d->layout.columns.at(lat).name),
                                                       quoted(kTable), quoted(d->layout.geomColumn)));
        if (!box)
            return box.error();
        if (Result<bool> row = box->step(); !row)
            return row.error();
        if (!box->isNull(0)) {
            s.addPosition(box->real(0), box->real(1));
            s.addPosition(box->real(2), box->real(3));
        }
    }
    d->committed = s;
    return s;
}

Result<void> RecordingFile::finalize(qint64 bulkIndexLimit)
{
    if (Result<void> r = commit(); !r)
        return r;
    {
        Transaction tx(d->db);
        if (!tx.begun())
            return tx.begun().error();
        if (d->layout.hasGeometry())
            if (Result<void> r = d->buildSpatialIndex(bulkIndexLimit); !r)
                return r;
        // GDAL keeps gpkg_ogr_contents right through these; without them it would trust a stale count.
        const QString t = quoted(kTable);
        for (const char *kind : {"insert", "delete"}) {
            const bool insert = kind[0] == 'i';
            if (Result<void> r = d->db.exec(QStringLiteral("CREATE TRIGGER IF NOT EXISTS \"trigger_%1_feature_count_%2\" AFTER %3 ON %4 BEGIN "
                                                           "UPDATE gpkg_ogr_contents SET feature_count = feature_count %5 1 WHERE lower(table_name) = lower('%2'); END")
                                                .arg(QLatin1String(kind), kTable, insert ? QStringLiteral("INSERT") : QStringLiteral("DELETE"), t,
                                                     insert ? QStringLiteral("+") : QStringLiteral("-")));
                !r)
                return r;
        }
        Result<QVariant> rows = d->db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(t));
        if (!rows)
            return rows.error();
        RecordingStats all = d->committed;
        all.rows = rows->toLongLong();
        if (Result<void> r = d->writeContents(all); !r)
            return r;
        Result<QVariant> gaps = d->db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(kGaps)));
        if (!gaps)
            return gaps.error();
        Result<Statement> gapCount = d->db.prepare(QStringLiteral("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?"));
        if (!gapCount)
            return gapCount.error();
        gapCount->bind(1, gaps->toLongLong()).bind(2, kGaps);
        if (Result<void> r = gapCount->exec(); !r)
            return r;
        if (Result<void> r = tx.commit(); !r)
            return r;
    }
    d->finalizeStatements();
    // One self-contained file for the object store: the log is checkpointed into it and removed.
    if (Result<void> r = d->db.exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !r)
        return r;
    d->db = Database();
    d->finalized = true;
    return {};
}

} // namespace urbis
