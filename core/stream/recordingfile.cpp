#include "recordingfile.h"

#include "../util/database.h"
#include "../util/transaction.h"
#include "gpkgpoint.h"
#include "recordingschema.h"
#include "utctext.h"

#include <QFile>

#include <sqlite3.h>

#include <cmath>

namespace urbis {

namespace {

using Role = RecordingLayout::Role;

const QString &kTable = RecordingSchema::dataTable();
const QString &kGaps = RecordingSchema::gapsTable();

QString quoted(const QString &name)
{
    return RecordingSchema::quoted(name);
}

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
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(quoted(kTable), names.join(u','), marks.join(u','))
                                   .toUtf8();
        if (sqlite3_prepare_v3(db.handle(), sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &insert,
                               nullptr) != SQLITE_OK)
            return sqlError(RecordingFile::tr("Cannot prepare the recording's insert"));
        const QByteArray gapSql =
            QStringLiteral("INSERT INTO %1 (\"start\", \"end\") VALUES (?, ?)").arg(quoted(kGaps)).toUtf8();
        if (sqlite3_prepare_v3(db.handle(), gapSql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &gap,
                               nullptr) != SQLITE_OK)
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
        Result<Statement> count =
            db.prepare(QStringLiteral("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?"));
        if (!count)
            return count.error();
        count->bind(1, all.rows).bind(2, kTable);
        if (Result<void> r = count->exec(); !r)
            return r;
        Result<Statement> contents = db.prepare(
            QStringLiteral("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                           "min_x = ?, min_y = ?, max_x = ?, max_y = ? "
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
    if (Result<void> r =
            p->db.exec(QStringLiteral("PRAGMA application_id = 1196444487; PRAGMA user_version = 10200;"
                                      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL"));
        !r)
        return r.error();
    const QString ddl = RecordingSchema::createSql(layout);
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
            const double v =
                c.index >= 0 && size_t(c.index) < s.values.size() ? s.values[size_t(c.index)] : NAN;
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
    const bool placed =
        d->layout.hasGeometry() && s.hasPosition() && std::abs(s.lat) <= 90 && std::abs(s.lon) <= 180;
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
    const QString sql = QStringLiteral("SELECT count(*), min(%1), max(%1) FROM %2")
                            .arg(quoted(d->layout.columns.at(time).name), quoted(kTable));
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
        Result<Statement> box = d->db.prepare(
            QStringLiteral("SELECT min(%1), min(%2), max(%1), max(%2) FROM %3 WHERE %4 IS NOT NULL")
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
            if (Result<void> r = RecordingSchema::buildSpatialIndex(d->db, d->layout, bulkIndexLimit); !r)
                return r;
        if (Result<void> r = RecordingSchema::addFeatureCountTriggers(d->db); !r)
            return r;
        const QString t = quoted(kTable);
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
        Result<Statement> gapCount = d->db.prepare(
            QStringLiteral("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?"));
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
