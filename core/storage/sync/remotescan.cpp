#include "remotescan.h"

#include "../../util/feedback.h"
#include "../s3/s3client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace urbis {

Result<RemoteScan> RemoteScan::read(s3::S3Client &client, const RemoteLayout &layout, bool followCatalog, Feedback *feedback)
{
    RemoteScan scan;
    Result<QList<s3::S3ObjectInfo>> list = client.listObjects(layout.prefix(), 1000, feedback);
    if (!list)
        return list.error();
    for (const s3::S3ObjectInfo &o : *list) {
        scan.objects.insert(o.key);
        scan.etags.insert(o.key, o.etag);
        if (o.key.startsWith(layout.itemsPrefix()) && o.key.endsWith(QLatin1String(".json")))
            scan.items.insert(o.key, o.etag);
    }
    scan.hasCatalog = scan.objects.contains(layout.catalogKey());
    if (!followCatalog || !scan.hasCatalog)
        return scan;
    // Breadth-first through child links; bounded, and every document is read once.
    QStringList queue{layout.catalogKey()};
    QSet<QString> seen{layout.catalogKey()};
    for (int n = 0; n < queue.size() && n < 2000; ++n) {
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, tr("Sync cancelled"));
        Result<QByteArray> body = client.getObject(queue.at(n));
        if (!body) {
            if (body.error().code == Error::Code::NotFound)
                continue; // a dangling link in someone else's catalog is theirs to fix
            return body.error();
        }
        const QJsonObject doc = QJsonDocument::fromJson(*body).object();
        for (const QJsonValue &l : doc.value(QStringLiteral("links")).toArray()) {
            const QJsonObject link = l.toObject();
            const QString rel = link.value(QStringLiteral("rel")).toString();
            if (rel != QLatin1String("child") && rel != QLatin1String("item"))
                continue;
            const QString key = RemoteLayout::resolve(queue.at(n), link.value(QStringLiteral("href")).toString());
            if (key.isEmpty() || seen.contains(key) || !scan.objects.contains(key))
                continue;
            seen.insert(key);
            if (rel == QLatin1String("item"))
                scan.items.insert(key, scan.etags.value(key));
            else
                queue << key;
        }
    }
    return scan;
}

} // namespace urbis
