#pragma once

#include "datasetrecord.h"

#include <QCoreApplication>

#include <optional>

namespace urbis {

class ObjectStore;

/**
 * Finds the stored blobs of a dataset version by role and says what can be done with them: the
 * normalised data ("data": a GeoPackage for tables and vectors, a GeoTIFF for rasters), the
 * original file ("source") and the validation report ("report"). Stateless; any thread.
 */
class DatasetAssets
{
    Q_DECLARE_TR_FUNCTIONS(urbis::DatasetAssets)
public:
    static const QString &geoPackageMediaType();

    /**
     * The asset of `role`. For "data", records written before assets existed (only `sha256`)
     * get one made from the record itself.
     */
    static std::optional<AssetInfo> find(const DatasetRecord &record, const QString &role);
    /** True when the data asset is a GeoPackage, i.e. there are rows to preview. */
    static bool hasTable(const DatasetRecord &record);
    /**
     * The local file of the data GeoPackage, for reading in place (never written). Unsupported with
     * a message the user can read when the dataset has no table (rasters) or the store is not local;
     * NotFound when the blob is missing.
     */
    static Result<QString> tablePath(const DatasetRecord &record, const ObjectStore &store);
    /** A file name for exporting `asset` (its name, else the dataset title plus a suffix). */
    static QString exportFileName(const DatasetRecord &record, const AssetInfo &asset);
};

} // namespace urbis
