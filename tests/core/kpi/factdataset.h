#pragma once

// Hand-made fact tables for KPI tests: a minimal GeoPackage (gpkg_contents + one attribute table)
// written with SQLite, moved into the workspace's object store and catalogued, so the engine reads
// it exactly as it reads an imported dataset.

#include "catalog/catalog.h"
#include "storage/localobjectstore.h"
#include "util/database.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace urbis::test {

struct FactTable
{
    QString title;
    QString city;
    QString domain = QStringLiteral("air");
    QList<FieldInfo> fields; ///< name, Table Schema type, unit
    QList<QVariantList> rows;
};

inline QString sqlType(const QString &type)
{
    if (type == QLatin1String("integer") || type == QLatin1String("year"))
        return QStringLiteral("INTEGER");
    if (type == QLatin1String("number"))
        return QStringLiteral("REAL");
    return QStringLiteral("TEXT");
}

/** Writes, stores and catalogues `t`; returns the dataset id (empty on failure, with a QTest message). */
inline QString addFactTable(Workspace &ws, const FactTable &t)
{
    const QString path = ws.workDir() + QStringLiteral("/facts-%1.gpkg").arg(QString::number(qHash(t.title), 16));
    QDir().mkpath(ws.workDir());
    QFile::remove(path);
    {
        Result<Database> db = Database::open(path);
        if (!db) {
            qWarning() << db.error().message;
            return {};
        }
        QStringList cols{QStringLiteral("fid INTEGER PRIMARY KEY AUTOINCREMENT")};
        QStringList marks;
        for (const FieldInfo &f : t.fields) {
            cols << QStringLiteral("\"%1\" %2").arg(f.name, sqlType(f.type));
            marks << QStringLiteral("?");
        }
        Result<void> r = db->exec(QStringLiteral("CREATE TABLE gpkg_contents(table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL);"
                                                 "INSERT INTO gpkg_contents VALUES('data', 'attributes');"
                                                 "CREATE TABLE data(%1); BEGIN;")
                                      .arg(cols.join(QStringLiteral(", "))));
        if (!r) {
            qWarning() << r.error().message << r.error().detail;
            return {};
        }
        QStringList names;
        for (const FieldInfo &f : t.fields)
            names << QLatin1Char('"') + f.name + QLatin1Char('"');
        Result<Statement> ins = db->prepare(QStringLiteral("INSERT INTO data(%1) VALUES(%2)").arg(names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        if (!ins)
            return {};
        for (const QVariantList &row : t.rows) {
            for (qsizetype i = 0; i < row.size(); ++i)
                ins->bind(int(i + 1), row.at(i));
            if (!ins->exec())
                return {};
            ins->reset();
        }
        if (!db->exec(QStringLiteral("COMMIT")))
            return {};
    }
    Result<ObjectInfo> stored = ws.store().moveIn(path);
    if (!stored) {
        qWarning() << stored.error().message;
        return {};
    }
    DatasetRecord rec;
    rec.title = t.title;
    rec.description = QStringLiteral("hand-made facts");
    rec.source = QStringLiteral("test");
    rec.license = QStringLiteral("CC-BY-4.0");
    rec.city = t.city;
    rec.domain = t.domain;
    rec.format = QStringLiteral("GPKG");
    rec.fields = t.fields;
    rec.sha256 = stored->sha256;
    rec.byteSize = stored->size;
    rec.featureCount = t.rows.size();
    Result<DatasetRecord> inserted = ws.catalog().insert(rec);
    if (!inserted) {
        qWarning() << inserted.error().message;
        return {};
    }
    return inserted->id;
}

inline FieldInfo field(const char *name, const char *type, const char *unit = "")
{
    return FieldInfo{QString::fromUtf8(name), QString::fromUtf8(type), QString::fromUtf8(unit), {}};
}

} // namespace urbis::test
