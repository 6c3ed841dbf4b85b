#include "syncengine.h"

#include "../../util/feedback.h"
#include "../../util/logging.h"
#include "../../workspace/workspace.h"
#include "../s3/s3client.h"
#include "blobtransfers.h"
#include "remotescan.h"
#include "staccatalogbuilder.h"
#include "stacitemcodec.h"
#include "syncledger.h"
#include "transfermeter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

#include <optional>

namespace urbis {

namespace {
Q_LOGGING_CATEGORY(lcSync, "urbis.sync")

// What the plan decided for one dataset.
struct Step
{
    SyncAction::Kind kind = SyncAction::Kind::Push;
    QString lineage;
    QString title;
    QList<DatasetRecord> local;
    std::optional<RemoteItem> remote;
    QString expectedEtag; ///< the Item's ETag a push may replace; empty = there must be none
    qint64 bytes = 0;
    QString detail;
};

bool sameVersions(const QList<DatasetRecord> &a, const QList<DatasetRecord> &b)
{
    return StacItemCodec::fingerprint(a) == StacItemCodec::fingerprint(b);
}
} // namespace

struct SyncEngine::Run
{
    SyncEngine &e;
    Feedback *feedback;
    RemoteLayout layout;
    std::optional<Workspace> ws;
    std::optional<SyncLedger> ledger;
    std::unique_ptr<s3::S3Client> client;
    RemoteScan scan;
    QHash<QString, LedgerEntry> base;
    QHash<QString, QString> parentOf; // dataset id -> previous version id
    SyncReport report;
    std::unique_ptr<TransferMeter> meter;
    QElapsedTimer clock;

    Run(SyncEngine &engine, Feedback *fb) : e(engine), feedback(fb), layout(engine.m_remote.prefix) { clock.start(); }

    bool cancelled() const { return feedback && feedback->isCancelled(); }
    Error cancelError() const { return Error(Error::Code::Cancelled, SyncEngine::tr("Sync cancelled")); }

    Result<void> open(bool needScan)
    {
        Result<Workspace> w = Workspace::open(e.m_dataDir);
        if (!w)
            return w.error();
        ws.emplace(std::move(*w));
        ledger.emplace(ws->catalog().database(), e.m_remote.name);
        report.remote = e.m_remote.name;
        report.dryRun = e.m_options.dryRun;
        client = std::make_unique<s3::S3Client>(e.endpoint(), e.m_credentials);
        client->setFeedback(feedback);
        Result<QHash<QString, LedgerEntry>> b = ledger->entries();
        if (!b)
            return b.error();
        base = *b;
        Result<Statement> st = ws->catalog().database().prepare(QStringLiteral("SELECT id, previous_version FROM datasets"));
        if (!st)
            return st.error();
        if (Result<void> r = st->forEachRow([&](const Statement &row) { parentOf.insert(row.text(0), row.text(1)); }); !r)
            return r;
        if (!needScan)
            return {};
        if (feedback)
            feedback->setStatus(SyncEngine::tr("Reading the remote catalog of %1…").arg(e.m_remote.name));
        Result<RemoteScan> s = RemoteScan::read(*client, layout, e.m_options.pull, feedback);
        if (!s)
            return s.error();
        scan = std::move(*s);
        return {};
    }

    QString lineageOf(QString id) const
    {
        for (int guard = 0; guard < 100000 && !parentOf.value(id).isEmpty() && parentOf.contains(parentOf.value(id)); ++guard)
            id = parentOf.value(id);
        return id;
    }

    Result<QList<DatasetRecord>> localVersions(const QString &lineage)
    {
        if (!parentOf.contains(lineage))
            return QList<DatasetRecord>{};
        return ws->catalog().versions(lineage);
    }

    Result<RemoteItem> readItem(const QString &key)
    {
        Result<QByteArray> body = client->getObject(key);
        if (!body)
            return body.error();
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(*body, &pe);
        if (!doc.isObject())
            return Error(Error::Code::InvalidData, SyncEngine::tr("%1 is not JSON: %2").arg(key, pe.errorString()));
        Result<RemoteItem> item = StacItemCodec::fromItem(doc.object(), key);
        if (item)
            item->etag = scan.items.value(key);
        return item;
    }

    qint64 missingRemoteBytes(const QList<DatasetRecord> &versions) const
    {
        qint64 n = 0;
        for (const QString &sha : StacItemCodec::blobsOf(versions))
            if (!scan.objects.contains(layout.blobKey(sha)))
                n += QFileInfo(ws->sharedStore()->pathFor(sha)).size();
        return n;
    }

    bool wantsData(const DatasetRecord &r) const { return e.m_options.wantsData(r.bbox, r.timeStart, r.timeEnd); }

    qint64 missingLocalBytes(const RemoteItem &item) const
    {
        qint64 n = 0;
        const DatasetRecord &r = item.latest();
        if (wantsData(r))
            for (const AssetInfo &a : r.assets)
                if (!a.sha256.isEmpty() && !ws->sharedStore()->contains(a.sha256))
                    n += a.byteSize;
        for (const UnresolvedAsset &u : item.unresolved)
            n += u.asset.byteSize;
        return n;
    }

    Result<QList<Step>> plan();
    Result<void> push(Step &s);
    Result<void> pull(Step &s);
    Result<void> resolveForeignAssets(RemoteItem &item);
    Result<void> fetchBlobs(const DatasetRecord &r, const QHash<QString, QString> &blobKeys);
    Result<void> publishCatalog();
    Result<LedgerEntry> agreed(const QString &lineage, const QString &etag, const QJsonObject &summary);
    void fail(const Step &s, const Error &err);
};

Result<QList<Step>> SyncEngine::Run::plan()
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

    QList<Step> steps;
    QStringList ordered(candidates.cbegin(), candidates.cend());
    ordered.sort();
    for (const QString &lineage : ordered) {
        Step s;
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

void SyncEngine::Run::fail(const Step &s, const Error &err)
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

Result<void> SyncEngine::Run::push(Step &s)
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

Result<void> SyncEngine::Run::pull(Step &s)
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

SyncEngine::SyncEngine(QString dataDir, RemoteProfile remote, s3::Credentials credentials, SyncOptions options)
    : m_dataDir(std::move(dataDir)), m_remote(std::move(remote)), m_credentials(std::move(credentials)), m_options(options)
{
}

s3::S3Endpoint SyncEngine::endpoint() const
{
    s3::S3Endpoint e = m_remote.s3Endpoint();
    if (m_options.timeoutMs > 0)
        e.timeoutMs = m_options.timeoutMs;
    if (m_options.retryBaseDelayMs > 0) {
        e.retryBaseDelayMs = m_options.retryBaseDelayMs;
        e.retryMaxDelayMs = std::max(e.retryBaseDelayMs, std::min(e.retryMaxDelayMs, 10 * m_options.retryBaseDelayMs));
    }
    return e;
}

Result<SyncReport> SyncEngine::run(Feedback *feedback)
{
    Run run(*this, feedback);
    if (Result<void> r = run.open(true); !r) {
        if (run.ledger)
            (void)run.ledger->finish(r.error().message);
        return r.error();
    }
    Result<qint64> head = run.ledger->outboxHead();
    if (!head)
        return head.error();
    Result<QList<Step>> steps = run.plan();
    if (!steps) {
        (void)run.ledger->finish(steps.error().message);
        return steps.error();
    }
    qint64 total = 0;
    for (const Step &s : *steps)
        total += s.bytes;
    run.meter = std::make_unique<TransferMeter>(feedback, total);
    if (m_options.dryRun) {
        for (const Step &s : *steps)
            if (s.kind != SyncAction::Kind::Fetch)
                run.report.actions << SyncAction{s.kind, s.lineage, s.title, int(std::max(s.local.size(), s.remote ? s.remote->versions.size() : 0)),
                                                 s.bytes, s.detail};
        run.report.seconds = run.clock.elapsed() / 1000.0;
        return run.report;
    }
    bool pushed = !run.scan.hasCatalog && m_options.push && !run.base.isEmpty();
    bool allPushesOk = true;
    for (Step &s : *steps) {
        if (run.cancelled())
            break;
        Result<void> r;
        switch (s.kind) {
        case SyncAction::Kind::Push: r = run.push(s); pushed = true; break;
        case SyncAction::Kind::Pull: r = run.pull(s); break;
        case SyncAction::Kind::Conflict: r = run.ledger->addConflict(s.lineage, s.title, s.expectedEtag, s.detail); break;
        case SyncAction::Kind::Fetch: {
            const QString key = s.remote->key;
            Result<LedgerEntry> entry = run.agreed(s.lineage, s.remote->etag, StacItemCodec::summary(s.local.last(), key));
            r = entry ? run.ledger->put(s.lineage, *entry) : Result<void>(entry.error());
            if (r)
                r = run.ledger->removeConflict(s.lineage);
            if (r && run.wantsData(s.local.last()))
                r = run.fetchBlobs(s.local.last(), s.remote->blobKeys);
            break;
        }
        case SyncAction::Kind::Failed: break;
        }
        if (!r) {
            if (r.error().code == Error::Code::Cancelled)
                break;
            run.fail(s, r.error());
            allPushesOk &= s.kind != SyncAction::Kind::Push;
            continue;
        }
        if (s.kind != SyncAction::Kind::Fetch)
            run.report.actions << SyncAction{s.kind, s.lineage, s.title, int(s.remote && s.kind == SyncAction::Kind::Pull ? s.remote->versions.size() : s.local.size()),
                                             s.bytes, s.detail};
        run.meter->step(s.title);
    }
    if (pushed && !run.cancelled())
        if (Result<void> r = run.publishCatalog(); !r && r.error().code != Error::Code::Cancelled)
            run.report.actions << SyncAction{SyncAction::Kind::Failed, QString(), QStringLiteral("catalog.json"), 0, 0, r.error().message};
    run.report.seconds = run.clock.elapsed() / 1000.0;
    if (run.cancelled()) {
        (void)run.ledger->finish(tr("Cancelled"));
        return run.cancelError();
    }
    if (allPushesOk)
        if (Result<void> r = run.ledger->setOutboxDone(*head); !r)
            return r.error();
    const int failed = run.report.count(SyncAction::Kind::Failed);
    (void)run.ledger->finish(failed ? tr("%n dataset(s) could not be synced; the next sync tries again", nullptr, failed) : QString());
    return run.report;
}

Result<SyncReport> SyncEngine::resolve(const QString &lineage, ConflictResolution how, Feedback *feedback)
{
    Run run(*this, feedback);
    if (Result<void> r = run.open(true); !r)
        return r.error();
    const QString key = run.layout.itemKey(lineage);
    Result<RemoteItem> item = run.readItem(key);
    if (!item)
        return item.error();
    Result<QList<DatasetRecord>> local = run.localVersions(lineage);
    if (!local)
        return local.error();
    Step s;
    s.lineage = lineage;
    s.local = *local;
    s.remote = *item;
    s.expectedEtag = item->etag;
    s.title = s.local.isEmpty() ? item->latest().title : s.local.last().title;
    run.meter = std::make_unique<TransferMeter>(feedback, 0);
    if (how == ConflictResolution::KeepTheirs || s.local.isEmpty()) {
        s.kind = SyncAction::Kind::Pull;
        if (Result<void> r = run.pull(s); !r)
            return r.error();
    } else {
        if (how == ConflictResolution::KeepBoth) {
            // Their versions become ours; every local version they lack or hold differently goes on top.
            QHash<QString, QString> theirs;
            for (const DatasetRecord &r : item->versions)
                theirs.insert(r.id, StacItemCodec::fingerprint({r}));
            QList<DatasetRecord> extra;
            for (const DatasetRecord &r : std::as_const(s.local))
                if (theirs.value(r.id) != StacItemCodec::fingerprint({r}))
                    extra << r;
            if (Result<void> r = run.resolveForeignAssets(*s.remote); !r)
                return r.error();
            if (Result<void> r = run.ws->catalog().adoptVersions(s.remote->versions); !r)
                return r.error();
            QString latest = s.remote->latest().id;
            for (const DatasetRecord &r : std::as_const(extra)) {
                Result<DatasetRecord> added = run.ws->catalog().addVersion(latest, r);
                if (!added)
                    return added.error();
                latest = added->id;
            }
            Result<QList<DatasetRecord>> merged = run.ws->catalog().versions(lineage);
            if (!merged)
                return merged.error();
            s.local = *merged;
        }
        s.kind = SyncAction::Kind::Push;
        if (Result<void> r = run.push(s); !r)
            return r.error();
        if (s.kind == SyncAction::Kind::Conflict)
            return Error(Error::Code::Conflict, tr("\"%1\" changed on %2 again; look at it once more").arg(s.title, m_remote.name));
        if (Result<void> r = run.publishCatalog(); !r)
            return r.error();
    }
    run.report.actions << SyncAction{s.kind, lineage, s.title, int(s.local.size()), 0, {}};
    run.report.seconds = run.clock.elapsed() / 1000.0;
    return run.report;
}

Result<SyncReport> SyncEngine::fetch(const QString &datasetId, Feedback *feedback)
{
    Run run(*this, feedback);
    if (Result<void> r = run.open(false); !r)
        return r.error();
    Result<DatasetRecord> record = run.ws->catalog().get(datasetId);
    if (!record)
        return record.error();
    QHash<QString, QString> keys;
    const QJsonObject blobs = run.base.value(run.lineageOf(record->id)).summary.value(QStringLiteral("blobs")).toObject();
    for (auto it = blobs.begin(); it != blobs.end(); ++it)
        keys.insert(it.key(), it.value().toString());
    qint64 total = 0;
    for (const AssetInfo &a : record->assets)
        if (!run.ws->store().contains(a.sha256))
            total += a.byteSize;
    run.meter = std::make_unique<TransferMeter>(feedback, total);
    if (Result<void> r = run.fetchBlobs(*record, keys); !r)
        return r.error();
    run.report.actions << SyncAction{SyncAction::Kind::Fetch, record->id, record->title, 1, run.report.bytesDown, {}};
    run.report.seconds = run.clock.elapsed() / 1000.0;
    return run.report;
}

Result<QString> SyncEngine::remoteOf(const QString &dataDir, const QString &datasetId)
{
    Result<Catalog> catalog = Catalog::open(QDir(dataDir).filePath(QStringLiteral("catalog.sqlite")));
    if (!catalog)
        return catalog.error();
    Result<QList<DatasetRecord>> versions = catalog->versions(datasetId);
    if (!versions)
        return versions.error();
    Result<Statement> st = catalog->database().prepare(
        QStringLiteral("SELECT remote FROM sync_state WHERE lineage = ? ORDER BY synced_at DESC LIMIT 1"));
    if (!st)
        return st.error();
    st->bind(1, versions->first().id);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(Error::Code::NotFound, tr("\"%1\" was never synced with a remote: its data is not available").arg(versions->last().title));
    return st->text(0);
}

Result<SyncStatus> SyncEngine::status(const QString &dataDir, const QString &remote)
{
    Result<Catalog> catalog = Catalog::open(QDir(dataDir).filePath(QStringLiteral("catalog.sqlite")));
    if (!catalog)
        return catalog.error();
    SyncLedger ledger(catalog->database(), remote);
    Result<SyncStatus> s = ledger.status();
    if (!s)
        return s;
    // Pending = datasets whose outbox entries still differ from what was agreed (pulls write the
    // outbox too, and they are not pending).
    Result<QSet<QString>> changed = ledger.changedSinceDone();
    Result<QHash<QString, LedgerEntry>> base = ledger.entries();
    if (!changed || !base)
        return s;
    QSet<QString> lineages;
    for (const QString &id : *changed) {
        Result<QList<DatasetRecord>> v = catalog->versions(id);
        if (!v || lineages.contains(v->first().id))
            continue;
        if (StacItemCodec::fingerprint(*v) != base->value(v->first().id).localFingerprint)
            lineages.insert(v->first().id);
    }
    s->pending = int(lineages.size());
    return s;
}

} // namespace urbis
