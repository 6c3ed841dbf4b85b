#include "catalogschema.h"

#include "../util/logging.h"
#include "../util/transaction.h"

#include <QCoreApplication>

namespace urbis {

namespace {

// Append only: a released migration never changes, a fix is a new migration.
const char *const kMigrations[] = {
    // 1: datasets, fields, history, full-text and spatial indexes
    R"SQL(
CREATE TABLE datasets(
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL CHECK(length(trim(title)) > 0),
  description TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  publisher TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  country_code TEXT NOT NULL DEFAULT '',
  domain TEXT NOT NULL DEFAULT 'other'
    CHECK(domain IN ('energy','mobility','waste','air','water','climate','hazard','other')),
  keywords TEXT NOT NULL DEFAULT '',
  license TEXT NOT NULL DEFAULT '',
  format TEXT NOT NULL DEFAULT '',
  media_type TEXT NOT NULL DEFAULT '',
  time_start INTEGER,
  time_end INTEGER,
  year INTEGER,
  west REAL, south REAL, east REAL, north REAL,
  footprint BLOB,
  crs TEXT NOT NULL DEFAULT '',
  feature_count INTEGER,
  byte_size INTEGER,
  sha256 TEXT,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  previous_version TEXT REFERENCES datasets(id) ON DELETE SET NULL,
  superseded_by TEXT,
  validation TEXT NOT NULL DEFAULT 'unknown'
);
CREATE INDEX datasets_superseded ON datasets(superseded_by) WHERE superseded_by IS NOT NULL;
CREATE INDEX datasets_prev ON datasets(previous_version) WHERE previous_version IS NOT NULL;

CREATE TABLE dataset_fields(
  dataset_pk INTEGER NOT NULL REFERENCES datasets(pk) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL DEFAULT 'any',
  unit TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(dataset_pk, position)
) WITHOUT ROWID;

-- Kept when a dataset is deleted: the audit trail outlives the record.
CREATE TABLE history(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  dataset_id TEXT NOT NULL,
  at TEXT NOT NULL,
  profile TEXT NOT NULL,
  action TEXT NOT NULL,
  changes TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX history_dataset ON history(dataset_id, seq);

CREATE VIRTUAL TABLE datasets_fts USING fts5(
  title, description, keywords, source, city,
  content='datasets', content_rowid='pk',
  tokenize='unicode61 remove_diacritics 2');
-- No insert trigger: FTS5 flushes its pending terms at every statement boundary, so row-by-row
-- inserts would write one tiny segment each. Catalog indexes new rows in one statement per
-- transaction instead (Catalog::indexNewRows).
CREATE TRIGGER datasets_fts_ad AFTER DELETE ON datasets BEGIN
  INSERT INTO datasets_fts(datasets_fts, rowid, title, description, keywords, source, city)
  VALUES ('delete', old.pk, old.title, old.description, old.keywords, old.source, old.city);
END;
CREATE TRIGGER datasets_fts_au AFTER UPDATE OF title, description, keywords, source, city ON datasets BEGIN
  INSERT INTO datasets_fts(datasets_fts, rowid, title, description, keywords, source, city)
  VALUES ('delete', old.pk, old.title, old.description, old.keywords, old.source, old.city);
  INSERT INTO datasets_fts(rowid, title, description, keywords, source, city)
  VALUES (new.pk, new.title, new.description, new.keywords, new.source, new.city);
END;

-- Narrow copy of what searches filter, count and sort on: a search touches thousands of these
-- small rows instead of the wide records (kept in step by triggers). A dataset with a start and
-- no end is searched as an instant.
CREATE TABLE dataset_facts(
  pk INTEGER PRIMARY KEY,
  latest INTEGER NOT NULL,
  time_start INTEGER, time_end INTEGER, year INTEGER,
  city TEXT NOT NULL, domain TEXT NOT NULL, format TEXT NOT NULL, license TEXT NOT NULL,
  west REAL, south REAL, east REAL, north REAL,
  created INTEGER NOT NULL, modified INTEGER NOT NULL,
  title TEXT NOT NULL
);
CREATE TRIGGER dataset_facts_ai AFTER INSERT ON datasets BEGIN
  INSERT INTO dataset_facts VALUES (new.pk, new.superseded_by IS NULL, new.time_start,
    coalesce(new.time_end, new.time_start), new.year,
    new.city, new.domain, new.format, new.license, new.west, new.south, new.east, new.north,
    CAST(round((julianday(new.created) - 2440587.5) * 86400000.0) AS INTEGER), CAST(round((julianday(new.modified) - 2440587.5) * 86400000.0) AS INTEGER),
    new.title);
END;
CREATE TRIGGER dataset_facts_au AFTER UPDATE ON datasets BEGIN
  UPDATE dataset_facts SET latest = new.superseded_by IS NULL, time_start = new.time_start,
    time_end = coalesce(new.time_end, new.time_start), year = new.year, city = new.city, domain = new.domain, format = new.format,
    license = new.license, west = new.west, south = new.south, east = new.east, north = new.north,
    created = CAST(round((julianday(new.created) - 2440587.5) * 86400000.0) AS INTEGER),
    modified = CAST(round((julianday(new.modified) - 2440587.5) * 86400000.0) AS INTEGER), title = new.title
  WHERE pk = new.pk;
END;
CREATE TRIGGER dataset_facts_ad AFTER DELETE ON datasets BEGIN
  DELETE FROM dataset_facts WHERE pk = old.pk;
END;

-- A box crossing the antimeridian (west > east) is indexed as the full longitude range;
-- SearchSql refines those few candidates against the real west/east columns.
CREATE VIRTUAL TABLE datasets_rtree USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER datasets_rtree_ai AFTER INSERT ON datasets WHEN new.west IS NOT NULL BEGIN
  INSERT INTO datasets_rtree VALUES (new.pk,
    CASE WHEN new.west > new.east THEN -180 ELSE new.west END,
    CASE WHEN new.west > new.east THEN 180 ELSE new.east END, new.south, new.north);
END;
CREATE TRIGGER datasets_rtree_ad AFTER DELETE ON datasets BEGIN
  DELETE FROM datasets_rtree WHERE id = old.pk;
END;
CREATE TRIGGER datasets_rtree_au AFTER UPDATE OF west, south, east, north ON datasets BEGIN
  DELETE FROM datasets_rtree WHERE id = old.pk;
  INSERT INTO datasets_rtree SELECT new.pk,
    CASE WHEN new.west > new.east THEN -180 ELSE new.west END,
    CASE WHEN new.west > new.east THEN 180 ELSE new.east END, new.south, new.north
  WHERE new.west IS NOT NULL;
END;
)SQL",
    // 2: blobs besides the main one (original file, validation report), findable by hash for re-import detection
    R"SQL(
CREATE TABLE dataset_assets(
  dataset_pk INTEGER NOT NULL REFERENCES datasets(pk) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  role TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  media_type TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL,
  byte_size INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(dataset_pk, position)
) WITHOUT ROWID;
CREATE INDEX dataset_assets_sha256 ON dataset_assets(sha256);
)SQL",
    // 3: remote sync. Every change to `datasets` lands in the outbox in the same transaction as the
    // change itself (triggers), so a sync can never miss an edit made while it ran or while offline.
    R"SQL(
CREATE TABLE sync_outbox(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  dataset_id TEXT NOT NULL,
  change TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
INSERT INTO sync_outbox(dataset_id, change) SELECT id, 'insert' FROM datasets ORDER BY pk;
CREATE TRIGGER sync_outbox_ai AFTER INSERT ON datasets BEGIN
  INSERT INTO sync_outbox(dataset_id, change) VALUES (new.id, 'insert');
END;
CREATE TRIGGER sync_outbox_au AFTER UPDATE ON datasets BEGIN
  INSERT INTO sync_outbox(dataset_id, change) VALUES (new.id, 'update');
END;
CREATE TRIGGER sync_outbox_ad AFTER DELETE ON datasets BEGIN
  INSERT INTO sync_outbox(dataset_id, change) VALUES (old.id, 'delete');
END;
CREATE TABLE sync_remotes(
  remote TEXT PRIMARY KEY,
  outbox_done INTEGER NOT NULL DEFAULT 0,
  last_sync TEXT,
  last_error TEXT
) WITHOUT ROWID;
CREATE TABLE sync_state(
  remote TEXT NOT NULL,
  lineage TEXT NOT NULL,
  local_fp TEXT NOT NULL,
  remote_etag TEXT NOT NULL,
  summary TEXT NOT NULL,
  synced_at TEXT NOT NULL,
  PRIMARY KEY(remote, lineage)
) WITHOUT ROWID;
CREATE TABLE sync_conflicts(
  remote TEXT NOT NULL,
  lineage TEXT NOT NULL,
  title TEXT NOT NULL,
  remote_etag TEXT NOT NULL,
  detail TEXT NOT NULL,
  detected_at TEXT NOT NULL,
  PRIMARY KEY(remote, lineage)
) WITHOUT ROWID;
)SQL",
};

} // namespace

int CatalogSchema::latestVersion()
{
    return int(std::size(kMigrations));
}

Result<int> CatalogSchema::currentVersion(Database &db)
{
    Result<QVariant> v = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<void> CatalogSchema::migrate(Database &db)
{
    return migrateTo(db, latestVersion());
}

Result<void> CatalogSchema::migrateTo(Database &db, int target)
{
    Result<int> current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return Error(Error::Code::Unsupported,
                     QCoreApplication::translate("urbis::CatalogSchema",
                                                 "The catalog %1 was written by a newer Urbis (schema %2, this build knows %3)")
                         .arg(db.path())
                         .arg(*current)
                         .arg(latestVersion()));
    }
    for (int v = *current; v < target; ++v) {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun().error();
        // Another process may have migrated while we waited for the write lock.
        Result<int> now = currentVersion(db);
        if (!now)
            return now.error();
        if (*now > v)
            continue;
        if (Result<void> r = db.exec(QString::fromUtf8(kMigrations[v])); !r)
            return Error(Error::Code::Database, QStringLiteral("Catalog migration %1 failed").arg(v + 1), r.error().detail);
        if (Result<void> r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)); !r)
            return r.error();
        if (Result<void> r = tx.commit(); !r)
            return r.error();
        qCInfo(lcCatalog) << "catalog migrated to schema" << v + 1;
    }
    return {};
}

} // namespace urbis
