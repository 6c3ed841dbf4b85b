#include "syncrun.h"

#include "blobtransfers.h"
#include "staccatalogbuilder.h"
#include "stacitemcodec.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace urbis {

Q_LOGGING_CATEGORY(lcSync, "urbis.sync")

bool sameVersions(const QList<DatasetRecord> &a, const QList<DatasetRecord> &b)
{
    return StacItemCodec::fingerprint(a) == StacItemCodec::fingerprint(b);
}

Result<QList<SyncStep>> SyncEngine::Run::plan()
{
    Result<QList<SyncConflict>> open = ledger->conflicts();
    if (!open)
        return open.error();
    QSet<QString> conflicted;
    for (const SyncConflict &c : *open)
        conflicted.insert(c.lineage);

    QHash<QString, QString> lineageOfKey; // Item key -> dataset
    for (auto it = base.cbegin(); it != base.cend(); ++it)
        lineageOfKey.insert(it->summary.value(QStringLiteral("key")).toString(), it.key());

    // Remote side: Items that are new or changed since the last agreement.
    QHash<QString, RemoteItem> remote;
    QHash<QString, QString> remoteEtag; // lineage -> ETag of every Item we know is there
    for (auto it = scan.items.cbegin(); it != scan.items.cend(); ++it) {
        if (cancelled())
            return cancelError();
        QString lineage = lineageOfKey.value(it.key());
        if (lineage.isEmpty() && it.key().startsWith(layout.itemsPrefix()))
            lineage = QFileInfo(it.key()).completeBaseName();
        if (!lineage.isEmpty())
            remoteEtag.insert(lineage, it.value());
        const bool changed = lineage.isEmpty() || !base.contains(lineage) || base.value(lineage).remoteEtag != it.value()
                             || conflicted.contains(lineage);
        if (!changed)
            continue;
        if (!e.m_options.pull && !parentOf.contains(lineage) && !conflicted.contains(lineage))
            continue; // push only: someone else's new dataset is not ours to read now
        Result<RemoteItem> item = readItem(it.key());
        if (!item) {
            qCWarning(lcSync) << "skipping unreadable item" << it.key() << item.error().message;
            report.actions << SyncAction{SyncAction::Kind::Failed, lineage, it.key(), 0, 0, item.error().message};
            continue;
        }
        remoteEtag.insert(item->lineage, it.value());
        remote.insert(item->lineage, std::move(*item));
    }

    // Local side: datasets changed since the outbox was last handled, and those never synced.
    Result<QSet<QString>> changedIds = ledger->changedSinceDone();
    if (!changedIds)
        return changedIds.error();
    QSet<QString> candidates;
    for (const QString &id : *changedIds)
        if (parentOf.contains(id))
            candidates.insert(lineageOf(id));
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it)
        if (it.value().isEmpty() && !base.contains(it.key()))
            candidates.insert(it.key());
    for (auto it = remote.cbegin(); it != remote.cend(); ++it)
        candidates.insert(it.key());
    candidates += conflicted;

    QList<SyncStep> steps;
    QStringList ordered(candidates.cbegin(), candidates.cend());
    ordered.sort();
    for (const QString &lineage : ordered) {
        SyncStep s;
        s.lineage = lineage;
        Result<QList<DatasetRecord>> local = localVersions(lineage);
        if (!local)
            return local.error();
        s.local = *local;
        if (remote.contains(lineage))
            s.remote = remote.value(lineage);
        s.expectedEtag = remoteEtag.value(lineage);
        const bool hasBase = base.contains(lineage);
        const LedgerEntry b = base.value(lineage);
        const bool onRemote = !s.expectedEtag.isEmpty();
        const bool localChanged = !s.local.isEmpty() && (!hasBase || StacItemCodec::fingerprint(s.local) != b.localFingerprint);
        const bool remoteChanged = onRemote && (!hasBase || b.remoteEtag != s.expectedEtag);
        s.title = !s.local.isEmpty() ? s.local.last().title : s.remote ? s.remote->latest().title : lineage;
        if (conflicted.contains(lineage) && s.remote && !s.local.isEmpty() && !sameVersions(s.local, s.remote->versions)) {
            s.kind = SyncAction::Kind::Conflict;
            s.detail = SyncEngine::tr("Still unresolved: changed here and on %1").arg(e.m_remote.name);
        } else if (!s.local.isEmpty() && s.remote && sameVersions(s.local, s.remote->versions)) {
            s.kind = SyncAction::Kind::Fetch; // same on both sides: only the ledger (and wanted data) to update
        } else if (!s.local.isEmpty() && (!onRemote || (localChanged && !remoteChanged))) {
            if (!e.m_options.push)
                continue;
            s.kind = SyncAction::Kind::Push;
            s.bytes = missingRemoteBytes(s.local);
        } else if (s.remote && (s.local.isEmpty() || (remoteChanged && !localChanged))) {
            if (!e.m_options.pull)
                continue;
            s.kind = SyncAction::Kind::Pull;
            s.bytes = missingLocalBytes(*s.remote);
        } else if (s.remote && localChanged && remoteChanged) {
            s.kind = SyncAction::Kind::Conflict;
            s.detail = SyncEngine::tr("Changed here (%1 version(s), last edit %2) and on %3 (%4 version(s), last edit %5)")
                           .arg(s.local.size())
                           .arg(s.local.last().modified.toString(Qt::ISODate), e.m_remote.name)
                           .arg(s.remote->versions.size())
                           .arg(s.remote->latest().modified.toString(Qt::ISODate));
        } else {
            continue; // nothing moved on either side (an outbox entry undone, a no-op edit)
        }
        steps << s;
    }
    return steps;
}

void SyncEngine::Run::fail(const SyncStep &s, const Error &err)
{
    qCWarning(lcSync) << "dataset" << s.lineage << "failed:" << err.message << err.detail;
    report.actions << SyncAction{SyncAction::Kind::Failed, s.lineage, s.title, int(s.local.size()), 0, err.message};
}

Result<LedgerEntry> SyncEngine::Run::agreed(const QString &lineage, const QString &etag, const QJsonObject &summary)
{
    Result<QList<DatasetRecord>> now = localVersions(lineage);
    if (!now)
        return now.error();
    return LedgerEntry{StacItemCodec::fingerprint(*now), etag, summary};
}

Result<void> SyncEngine::Run::push(SyncStep &s)
{
    for (const QString &sha : StacItemCodec::blobsOf(s.local)) {
        const QString key = layout.blobKey(sha);
        if (scan.objects.contains(key)) {
            ++report.blobsSkipped;
            continue;
        }
        BlobTransfers transfers(e.endpoint(), e.m_credentials, e.m_options, ws->store(),
                                QDir(e.m_dataDir).filePath(QStringLiteral("sync/uploads/") + RemoteLayout::slug(e.m_remote.name)),
                                meter.get());
        Result<qint64> sent = transfers.upload(sha, key, s.title, feedback);
        if (!sent)
            return sent.error();
        scan.objects.insert(key);
        ++report.blobsUploaded;
        report.bytesUp += *sent;
    }
    // The Item last: only now are all its assets there. Check it was not replaced since we looked.
    const QString itemKey = layout.itemKey(s.lineage);
    Result<s3::S3ObjectInfo> head = client->headObject(itemKey);
    const QString current = head ? head->etag : QString();
    if (!head && head.error().code != Error::Code::NotFound)
        return head.error();
    if (current != s.expectedEtag) {
        s.kind = SyncAction::Kind::Conflict;
        s.detail = SyncEngine::tr("Changed on %1 while this sync ran").arg(e.m_remote.name);
        return ledger->addConflict(s.lineage, s.title, current, s.detail);
    }
    const QByteArray body = QJsonDocument(StacItemCodec::toItem(s.local, layout)).toJson(QJsonDocument::Indented);
    Result<s3::S3ObjectInfo> put = client->putObject(itemKey, body, {{QStringLiteral("urbis-dataset"), s.lineage}});
    if (!put)
        return put.error();
    report.bytesUp += body.size();
    scan.items.insert(itemKey, put->etag);
    Result<LedgerEntry> entry = agreed(s.lineage, put->etag, StacItemCodec::summary(s.local.last(), itemKey));
    if (!entry)
        return entry.error();
    if (Result<void> r = ledger->put(s.lineage, *entry); !r)
        return r;
    return ledger->removeConflict(s.lineage);
}

Result<void> SyncEngine::Run::resolveForeignAssets(RemoteItem &item)
{
    // Items written by other tools may not say what their bytes hash to: a HEAD may (an object
    // written by Urbis or with x-amz-meta-sha256), else the object is brought here and hashed.
    for (const UnresolvedAsset &u : std::as_const(item.unresolved)) {
        QString sha;
        if (Result<s3::S3ObjectInfo> head = client->headObject(u.key); head)
            sha = head->metadata.value(QStringLiteral("sha256")).toLower();
        if (sha.size() != 64) {
            BlobTransfers transfers(e.endpoint(), e.m_credentials, e.m_options, ws->store(), QString(), meter.get());
            Result<QString> got = transfers.download(u.key, QString(), u.asset.byteSize, item.latest().title, feedback);
            if (!got)
                return got.error();
            sha = *got;
            ++report.blobsDownloaded;
            report.bytesDown += QFileInfo(ws->store().pathFor(sha)).size();
        }
        DatasetRecord &r = item.versions[u.version];
        for (AssetInfo &a : r.assets)
            if (a.role == u.asset.role && a.name == u.asset.name && a.sha256.isEmpty()) {
                a.sha256 = sha;
                if (a.byteSize <= 0)
                    a.byteSize = QFileInfo(ws->store().pathFor(sha)).size();
            }
        if (u.asset.role == QLatin1String("data")) {
            r.sha256 = sha;
            r.byteSize = r.assets.isEmpty() ? r.byteSize : r.assets.first().byteSize;
        }
        item.blobKeys.insert(sha, u.key);
    }
    item.unresolved.clear();
    return {};
}

Result<void> SyncEngine::Run::fetchBlobs(const DatasetRecord &r, const QHash<QString, QString> &blobKeys)
{
    QList<AssetInfo> wanted = r.assets;
    if (!r.sha256.isEmpty() && std::none_of(wanted.cbegin(), wanted.cend(), [&](const AssetInfo &a) { return a.sha256 == r.sha256; }))
        wanted.prepend(AssetInfo{QStringLiteral("data"), QString(), r.mediaType, r.sha256, r.byteSize});
    for (const AssetInfo &a : wanted) {
        if (a.sha256.isEmpty() || ws->store().contains(a.sha256))
            continue;
        if (cancelled())
            return cancelError();
        const QString key = blobKeys.value(a.sha256, layout.blobKey(a.sha256));
        BlobTransfers transfers(e.endpoint(), e.m_credentials, e.m_options, ws->store(), QString(), meter.get());
        Result<QString> got = transfers.download(key, a.sha256, a.byteSize, r.title, feedback);
        if (!got)
            return got.error();
        ++report.blobsDownloaded;
        report.bytesDown += std::max<qint64>(a.byteSize, 0);
    }
    return {};
}

Result<void> SyncEngine::Run::pull(SyncStep &s)
{
    RemoteItem &item = *s.remote;
    if (Result<void> r = resolveForeignAssets(item); !r)
        return r;
    if (Result<void> r = ws->catalog().adoptVersions(item.versions); !r)
        return r;
    for (const DatasetRecord &v : item.versions)
        parentOf.insert(v.id, v.previousVersion);
    if (wantsData(item.latest()))
        if (Result<void> r = fetchBlobs(item.latest(), item.blobKeys); !r)
            return r;
    QJsonObject summary = StacItemCodec::summary(item.latest(), item.key);
    if (item.foreign) { // their blobs are not at our keys: remember where they are for fetch()
        QJsonObject keys;
        for (auto it = item.blobKeys.cbegin(); it != item.blobKeys.cend(); ++it)
            keys.insert(it.key(), it.value());
        summary.insert(QStringLiteral("blobs"), keys);
    }
    Result<LedgerEntry> entry = agreed(s.lineage, item.etag, summary);
    if (!entry)
        return entry.error();
    if (Result<void> r = ledger->put(s.lineage, *entry); !r)
        return r;
    return ledger->removeConflict(s.lineage);
}

Result<void> SyncEngine::Run::publishCatalog()
{
    Result<QHash<QString, LedgerEntry>> all = ledger->entries();
    if (!all)
        return all.error();
    QMap<QString, QJsonObject> summaries;
    for (auto it = all->cbegin(); it != all->cend(); ++it)
        if (scan.items.contains(it->summary.value(QStringLiteral("key")).toString()))
            summaries.insert(it.key(), it->summary);
    if (feedback)
        feedback->setStatus(SyncEngine::tr("Writing the STAC catalog of %1…").arg(e.m_remote.name));
    for (const auto &[key, doc] : StacCatalogBuilder(layout).documents(summaries)) {
        if (cancelled())
            return cancelError();
        const QByteArray body = QJsonDocument(doc).toJson(QJsonDocument::Indented);
        Result<s3::S3ObjectInfo> put = client->putObject(key, body);
        if (!put)
            return put.error();
        report.bytesUp += body.size();
    }
    return {};
}

} // namespace urbis
