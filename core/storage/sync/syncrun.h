// SyncEngine's working state for one call (private to core/storage/sync).
#pragma once

#include "../../util/feedback.h"
#include "../../workspace/workspace.h"
#include "../s3/s3client.h"
#include "remoteitem.h"
#include "remotescan.h"
#include "stacitemcodec.h"
#include "syncengine.h"
#include "syncledger.h"
#include "transfermeter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <memory>
#include <optional>

namespace urbis {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

/** What the plan decided for one dataset. */
// What the plan decided for one dataset.
struct SyncStep
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


/** Same versions (ids, modified times, blobs) on both sides. */
bool sameVersions(const QList<DatasetRecord> &a, const QList<DatasetRecord> &b);

/** The connections, ledger, remote listing and report of one SyncEngine call; one thread. */
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

    Result<QList<SyncStep>> plan();
    Result<void> push(SyncStep &s);
    Result<void> pull(SyncStep &s);
    Result<void> resolveForeignAssets(RemoteItem &item);
    Result<void> fetchBlobs(const DatasetRecord &r, const QHash<QString, QString> &blobKeys);
    Result<void> publishCatalog();
    Result<LedgerEntry> agreed(const QString &lineage, const QString &etag, const QJsonObject &summary);
    void fail(const SyncStep &s, const Error &err);
};


} // namespace urbis
