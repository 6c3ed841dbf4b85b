#pragma once

#include "../util/task.h"
#include "assetinfo.h"

#include <QCoreApplication>

#include <memory>

namespace urbis {

class ObjectStore;

/**
 * Exports a stored asset (the data GeoPackage / GeoTIFF, the original file, the report) to a file
 * the user chose, as a Task with progress and cancel: ObjectStore::copyTo verifies the hash on the
 * way and writes atomically, so a cancelled or failed export leaves no half file behind.
 */
class AssetExport
{
    Q_DECLARE_TR_FUNCTIONS(urbis::AssetExport)
public:
    /** The task shares ownership of `store`, so it may outlive whoever started it. Not yet submitted. */
    static Task *makeTask(std::shared_ptr<const ObjectStore> store, const AssetInfo &asset, const QString &path);
};

} // namespace urbis
