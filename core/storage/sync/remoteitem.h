#pragma once

#include "../../catalog/datasetrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace urbis {

/** An asset of a foreign Item whose content hash is not known yet (no file:checksum). */
struct UnresolvedAsset
{
    int version = 0; ///< index into RemoteItem::versions
    AssetInfo asset; ///< sha256 empty until resolved
    QString key;     ///< where the object is in the bucket
};

/**
 * A dataset as its STAC Item in the bucket describes it: its versions (oldest first) and where
 * each blob is. Items Urbis wrote carry every version's full record; Items other tools wrote
 * ("foreign") become one version made from the standard STAC fields.
 */
struct RemoteItem
{
    QString lineage; ///< the Item id
    QString key;     ///< the Item's object key
    QString etag;
    QList<DatasetRecord> versions;
    QHash<QString, QString> blobKeys; ///< sha256 -> object key
    QList<UnresolvedAsset> unresolved;
    bool foreign = false;

    const DatasetRecord &latest() const { return versions.last(); }
};

} // namespace urbis
