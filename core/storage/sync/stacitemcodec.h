#pragma once

#include "../../util/result.h"
#include "remoteitem.h"
#include "remotelayout.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace urbis {

/**
 * DatasetRecord versions <-> STAC 1.0 Item (with the file and version extensions). The Item's
 * standard fields describe the latest version for any STAC tool; `urbis:versions` keeps every
 * version's full record so another Urbis gets the dataset back exactly. Stateless.
 */
class StacItemCodec
{
    Q_DECLARE_TR_FUNCTIONS(urbis::StacItemCodec)

public:
    static const QString &stacVersion();
    /** The Item for `versions` (oldest first, at least one). */
    static QJsonObject toItem(const QList<DatasetRecord> &versions, const RemoteLayout &layout);
    /** Reads an Item stored at `key`; InvalidData naming the key when it is not a usable Item. */
    static Result<RemoteItem> fromItem(const QJsonObject &item, const QString &key);
    /** What Collections need to know about a dataset, kept in the ledger between syncs. */
    static QJsonObject summary(const DatasetRecord &latest, const QString &itemKey);
    /** Every blob hash the versions refer to (data and assets). */
    static QStringList blobsOf(const QList<DatasetRecord> &versions);
    /** Canonical "same content" fingerprint of versions (ids, links, modified times, blob hashes). */
    static QString fingerprint(const QList<DatasetRecord> &versions);

private:
    static Result<RemoteItem> fromForeignItem(const QJsonObject &item, const QString &key);
};

} // namespace urbis
