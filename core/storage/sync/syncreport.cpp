#include "syncreport.h"

#include <QJsonArray>

namespace urbis {

QString SyncAction::kindName(Kind k)
{
    switch (k) {
    case Kind::Push: return QStringLiteral("push");
    case Kind::Pull: return QStringLiteral("pull");
    case Kind::Fetch: return QStringLiteral("fetch");
    case Kind::Conflict: return QStringLiteral("conflict");
    case Kind::Failed: return QStringLiteral("failed");
    }
    return {};
}

QJsonObject SyncAction::toJson() const
{
    QJsonObject o{{QStringLiteral("action"), kindName(kind)},
                  {QStringLiteral("dataset"), lineage},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("versions"), versions},
                  {QStringLiteral("bytes"), bytes}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return o;
}

int SyncReport::count(SyncAction::Kind kind) const
{
    return int(std::count_if(actions.cbegin(), actions.cend(), [kind](const SyncAction &a) { return a.kind == kind; }));
}

QJsonObject SyncReport::toJson() const
{
    QJsonArray list;
    for (const SyncAction &a : actions)
        list.append(a.toJson());
    return QJsonObject{{QStringLiteral("remote"), remote},
                       {QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("pushed"), count(SyncAction::Kind::Push)},
                       {QStringLiteral("pulled"), count(SyncAction::Kind::Pull)},
                       {QStringLiteral("fetched"), count(SyncAction::Kind::Fetch)},
                       {QStringLiteral("conflicts"), count(SyncAction::Kind::Conflict)},
                       {QStringLiteral("failed"), count(SyncAction::Kind::Failed)},
                       {QStringLiteral("blobsUploaded"), blobsUploaded},
                       {QStringLiteral("blobsSkipped"), blobsSkipped},
                       {QStringLiteral("blobsDownloaded"), blobsDownloaded},
                       {QStringLiteral("bytesUp"), bytesUp},
                       {QStringLiteral("bytesDown"), bytesDown},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("actions"), list}};
}

} // namespace urbis
