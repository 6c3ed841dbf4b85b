#pragma once

#include <QCoreApplication>
#include "../geo/extent.h"
#include "../util/result.h"
#include "assetinfo.h"
#include "fieldinfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace urbis {

/**
 * The catalog's metadata for one version of one dataset (origin, type, time, place, ...).
 * A plain value; the Catalog reads and writes it. Each version has its own id; versions of the
 * same dataset are chained by previousVersion / supersededBy.
 */
struct DatasetRecord
{
    Q_DECLARE_TR_FUNCTIONS(urbis::DatasetRecord)
public:

    enum class Validation { Unknown, Valid, Warnings, Invalid };

    QString id; ///< UUID without braces; assigned by Catalog::insert when empty
    QString title;
    QString description;
    QString source;    ///< origin: who or what produced the data
    QString publisher; ///< organisation responsible for it
    QString city;
    QString countryCode; ///< ISO 3166-1 alpha-2
    QString domain = QStringLiteral("other");
    QStringList keywords;
    QString license; ///< SPDX id or URL
    QString format;  ///< short name: CSV, GeoJSON, GPKG, GTiff, ...
    QString mediaType;
    QDateTime timeStart; ///< UTC; invalid when unknown
    QDateTime timeEnd;
    Extent bbox;            ///< WGS84
    QByteArray footprint;   ///< WKB polygon in WGS84; empty when unknown
    QString crs;            ///< CRS of the stored data, e.g. "EPSG:4326"
    qint64 featureCount = -1; ///< rows / features / pixels; -1 when unknown
    QList<FieldInfo> fields;
    qint64 byteSize = -1;
    QString sha256; ///< of the stored blob in the ObjectStore (the normalised data)
    QList<AssetInfo> assets; ///< further blobs: the original file, the validation report
    QDateTime created;
    QDateTime modified;
    int version = 1;
    QString previousVersion;
    QString supersededBy;
    Validation validation = Validation::Unknown;

    /** Domains the catalog accepts (energy, mobility, waste, air, water, climate, hazard, other). */
    static const QStringList &domains();
    static QString validationName(Validation v);
    static Validation validationFromName(const QString &name);

    QJsonObject toJson() const;
    /** Reads what toJson() writes; unknown keys are ignored, wrong types give an InvalidData error. */
    static Result<DatasetRecord> fromJson(const QJsonObject &o);
    /** Field name -> value as shown to users; used for history diffs. */
    QJsonObject diffableJson() const;
};

} // namespace urbis
