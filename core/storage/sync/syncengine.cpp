#include "syncengine.h"

#include "stacitemcodec.h"
#include "syncrun.h"

#include <QDir>

namespace urbis {

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
    Result<QList<SyncStep>> steps = run.plan();
    if (!steps) {
        (void)run.ledger->finish(steps.error().message);
        return steps.error();
    }
    qint64 total = 0;
    for (const SyncStep &s : *steps)
        total += s.bytes;
    run.meter = std::make_unique<TransferMeter>(feedback, total);
    if (m_options.dryRun) {
        for (const SyncStep &s : *steps)
            if (s.kind != SyncAction::Kind::Fetch)
                run.report.actions << SyncAction{s.kind, s.lineage, s.title, int(std::max(s.local.size(), s.remote ? s.remote->versions.size() : 0)),
                                                 s.bytes, s.detail};
        run.report.seconds = run.clock.elapsed() / 1000.0;
        return run.report;
    }
    bool pushed = !run.scan.hasCatalog && m_options.push && !run.base.isEmpty();
    bool allPushesOk = true;
    for (SyncStep &s : *steps) {
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
    SyncStep s;
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
