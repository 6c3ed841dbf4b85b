#pragma once

#include "../../util/result.h"
#include "remotelayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace urbis {

class Feedback;
namespace s3 {
class S3Client;
}

/**
 * What is in the bucket under a remote's prefix, from one paged listing: Item keys with their
 * ETags and the blobs there. Items are the ones under items/ plus any other Item that
 * catalog.json reaches through child/item links (catalogs written by other STAC tools).
 */
struct RemoteScan
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RemoteScan)

public:
    QHash<QString, QString> items; ///< Item key -> ETag
    QSet<QString> objects;         ///< every key under the prefix
    QHash<QString, QString> etags; ///< every key -> ETag
    bool hasCatalog = false;

    static Result<RemoteScan> read(s3::S3Client &client, const RemoteLayout &layout, bool followCatalog, Feedback *feedback);
};

} // namespace urbis
