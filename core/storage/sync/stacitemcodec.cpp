#include "stacitemcodec.h"

#include "../../geo/wkb.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>

namespace urbis {

namespace {
const QString kVersionsKey = QStringLiteral("urbis:versions");

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIso(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonValue geometryOf(const Extent &b)
{
    if (!b.isValid())
        return QJsonValue::Null;
    const QJsonArray ring{QJsonArray{b.west, b.south}, QJsonArray{b.east, b.south}, QJsonArray{b.east, b.north},
                          QJsonArray{b.west, b.north}, QJsonArray{b.west, b.south}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), QJsonArray{ring}}};
}

QJsonObject assetJson(const AssetInfo &a, const QString &href, const QString &role)
{
    QJsonObject o{{QStringLiteral("href"), href},
                  {QStringLiteral("roles"), QJsonArray{role}},
                  {QStringLiteral("file:checksum"), QStringLiteral("1220") + a.sha256}};
    if (!a.mediaType.isEmpty())
        o.insert(QStringLiteral("type"), a.mediaType);
    if (a.byteSize > 0)
        o.insert(QStringLiteral("file:size"), a.byteSize);
    if (!a.name.isEmpty())
        o.insert(QStringLiteral("title"), a.name);
    return o;
}

// The data blob as an asset, also for records that keep it only in sha256 / byteSize.
QList<AssetInfo> assetsOf(const DatasetRecord &r)
{
    QList<AssetInfo> out = r.assets;
    const bool hasData = std::any_of(out.cbegin(), out.cend(), [](const AssetInfo &a) { return a.role == QLatin1String("data"); });
    if (!hasData && !r.sha256.isEmpty())
        out.prepend(AssetInfo{QStringLiteral("data"), QString(), r.mediaType, r.sha256, std::max<qint64>(r.byteSize, 0)});
    return out;
}

QString formatOf(const QString &mediaType)
{
    static const std::pair<const char *, const char *> known[] = {
        {"geopackage", "GPKG"}, {"geotiff", "GTiff"}, {"tiff", "GTiff"}, {"geo+json", "GeoJSON"},
        {"csv", "CSV"},         {"json", "JSON"},     {"xml", "XML"},    {"png", "PNG"}, {"jpeg", "JPEG"}};
    for (const auto &[needle, name] : known)
        if (mediaType.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return QLatin1String(name);
    return {};
}
} // namespace

const QString &StacItemCodec::stacVersion()
{
    static const QString v = QStringLiteral("1.0.0");
    return v;
}

QJsonObject StacItemCodec::toItem(const QList<DatasetRecord> &versions, const RemoteLayout &layout)
{
    const DatasetRecord &r = versions.last();
    const QString lineage = versions.first().id;
    const QString key = layout.itemKey(lineage);
    QJsonObject props{{QStringLiteral("title"), r.title},
                      {QStringLiteral("description"), r.description},
                      {QStringLiteral("license"), r.license.isEmpty() ? QStringLiteral("other") : r.license},
                      {QStringLiteral("keywords"), QJsonArray::fromStringList(r.keywords)},
                      {QStringLiteral("created"), iso(r.created)},
                      {QStringLiteral("updated"), iso(r.modified)},
                      {QStringLiteral("version"), QString::number(r.version)},
                      {QStringLiteral("urbis:city"), r.city},
                      {QStringLiteral("urbis:domain"), r.domain}};
    if (r.timeStart.isValid() && r.timeEnd.isValid() && r.timeStart != r.timeEnd) {
        props.insert(QStringLiteral("datetime"), QJsonValue::Null);
        props.insert(QStringLiteral("start_datetime"), iso(r.timeStart));
        props.insert(QStringLiteral("end_datetime"), iso(r.timeEnd));
    } else {
        const QDateTime t = r.timeStart.isValid() ? r.timeStart : r.timeEnd.isValid() ? r.timeEnd : r.created;
        props.insert(QStringLiteral("datetime"), iso(t));
    }
    if (!r.source.isEmpty() || !r.publisher.isEmpty()) {
        QJsonArray providers;
        if (!r.publisher.isEmpty())
            providers.append(QJsonObject{{QStringLiteral("name"), r.publisher}, {QStringLiteral("roles"), QJsonArray{QStringLiteral("host")}}});
        if (!r.source.isEmpty())
            providers.append(QJsonObject{{QStringLiteral("name"), r.source}, {QStringLiteral("roles"), QJsonArray{QStringLiteral("producer")}}});
        props.insert(QStringLiteral("providers"), providers);
    }
    QJsonArray all;
    for (const DatasetRecord &v : versions)
        all.append(v.toJson());
    props.insert(kVersionsKey, all);

    QJsonObject assets;
    for (const AssetInfo &a : assetsOf(r)) {
        QString name = a.role;
        for (int n = 2; assets.contains(name); ++n)
            name = a.role + QString::number(n);
        assets.insert(name, assetJson(a, RemoteLayout::relative(key, layout.blobKey(a.sha256)), a.role));
    }
    const QString parent = RemoteLayout::relative(key, layout.domainCollectionKey(r.city, r.domain));
    const QJsonArray links{
        QJsonObject{{QStringLiteral("rel"), QStringLiteral("root")}, {QStringLiteral("href"), RemoteLayout::relative(key, layout.catalogKey())},
                    {QStringLiteral("type"), QStringLiteral("application/json")}},
        QJsonObject{{QStringLiteral("rel"), QStringLiteral("parent")}, {QStringLiteral("href"), parent},
                    {QStringLiteral("type"), QStringLiteral("application/json")}},
        QJsonObject{{QStringLiteral("rel"), QStringLiteral("collection")}, {QStringLiteral("href"), parent},
                    {QStringLiteral("type"), QStringLiteral("application/json")}}};
    QJsonObject item{{QStringLiteral("type"), QStringLiteral("Feature")},
                     {QStringLiteral("stac_version"), stacVersion()},
                     {QStringLiteral("stac_extensions"),
                      QJsonArray{QStringLiteral("https://stac-extensions.github.io/file/v2.1.0/schema.json"),
                                 QStringLiteral("https://stac-extensions.github.io/version/v1.2.0/schema.json")}},
                     {QStringLiteral("id"), lineage},
                     {QStringLiteral("collection"), RemoteLayout::slug(r.city) + u'-' + RemoteLayout::slug(r.domain)},
                     {QStringLiteral("geometry"), geometryOf(r.bbox)},
                     {QStringLiteral("properties"), props},
                     {QStringLiteral("links"), links},
                     {QStringLiteral("assets"), assets}};
    if (r.bbox.isValid())
        item.insert(QStringLiteral("bbox"), QJsonArray{r.bbox.west, r.bbox.south, r.bbox.east, r.bbox.north});
    return item;
}

Result<RemoteItem> StacItemCodec::fromItem(const QJsonObject &item, const QString &key)
{
    const QString id = item.value(QStringLiteral("id")).toString();
    if (item.value(QStringLiteral("type")).toString() != QLatin1String("Feature") || id.isEmpty())
        return Error(Error::Code::InvalidData, tr("%1 is not a STAC Item (needs \"type\": \"Feature\" and an id)").arg(key));
    const QJsonValue versions = item.value(QStringLiteral("properties")).toObject().value(kVersionsKey);
    if (!versions.isArray())
        return fromForeignItem(item, key);
    RemoteItem out;
    out.lineage = id;
    out.key = key;
    for (const QJsonValue &v : versions.toArray()) {
        Result<DatasetRecord> r = DatasetRecord::fromJson(v.toObject());
        if (!r)
            return Error(Error::Code::InvalidData, tr("%1: a version record is unreadable: %2").arg(key, r.error().message));
        out.versions << *r;
    }
    if (out.versions.isEmpty() || out.versions.first().id != id)
        return Error(Error::Code::InvalidData, tr("%1: the versions do not start with the dataset %2").arg(key, id));
    // Blob keys are the layout's; the Item sits in items/, so its prefix is two levels up.
    const QString prefix = key.left(key.lastIndexOf(QLatin1String("items/")));
    for (const QString &sha : blobsOf(out.versions))
        out.blobKeys.insert(sha, RemoteLayout(prefix).blobKey(sha));
    return out;
}

Result<RemoteItem> StacItemCodec::fromForeignItem(const QJsonObject &item, const QString &key)
{
    const QJsonObject props = item.value(QStringLiteral("properties")).toObject();
    DatasetRecord r;
    r.id = item.value(QStringLiteral("id")).toString();
    r.title = props.value(QStringLiteral("title")).toString(r.id);
    r.description = props.value(QStringLiteral("description")).toString();
    r.license = props.value(QStringLiteral("license")).toString();
    r.city = props.value(QStringLiteral("urbis:city")).toString();
    const QString domain = props.value(QStringLiteral("urbis:domain")).toString();
    r.domain = DatasetRecord::domains().contains(domain) ? domain : QStringLiteral("other");
    for (const QJsonValue &k : props.value(QStringLiteral("keywords")).toArray())
        r.keywords << k.toString();
    const QJsonArray providers = props.value(QStringLiteral("providers")).toArray();
    r.source = providers.isEmpty() ? tr("STAC Item %1").arg(key) : providers.first().toObject().value(QStringLiteral("name")).toString();
    const QDateTime at = parseIso(props.value(QStringLiteral("datetime")));
    r.timeStart = props.contains(QStringLiteral("start_datetime")) ? parseIso(props.value(QStringLiteral("start_datetime"))) : at;
    r.timeEnd = props.contains(QStringLiteral("end_datetime")) ? parseIso(props.value(QStringLiteral("end_datetime"))) : at;
    const QJsonArray bbox = item.value(QStringLiteral("bbox")).toArray();
    if (bbox.size() == 4) {
        r.bbox = Extent(bbox[0].toDouble(), bbox[1].toDouble(), bbox[2].toDouble(), bbox[3].toDouble());
        r.footprint = wkb::polygonFromExtent(r.bbox);
        r.crs = QStringLiteral("EPSG:4326");
    } else if (bbox.size() == 6) {
        r.bbox = Extent(bbox[0].toDouble(), bbox[1].toDouble(), bbox[3].toDouble(), bbox[4].toDouble());
        r.footprint = wkb::polygonFromExtent(r.bbox);
    }
    // A stable `modified` keeps the dataset's fingerprint stable between syncs of the same Item.
    r.created = parseIso(props.value(QStringLiteral("created")));
    r.modified = parseIso(props.value(QStringLiteral("updated")));
    if (!r.created.isValid())
        r.created = at.isValid() ? at : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    if (!r.modified.isValid())
        r.modified = r.created;

    RemoteItem out;
    out.lineage = r.id;
    out.key = key;
    out.foreign = true;
    const QJsonObject assets = item.value(QStringLiteral("assets")).toObject();
    QStringList names = assets.keys();
    // The data asset first: "data" role, else the first asset.
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        auto isData = [&](const QString &n) { return assets.value(n).toObject().value(QStringLiteral("roles")).toArray().contains(QStringLiteral("data")); };
        return isData(a) && !isData(b);
    });
    for (int i = 0; i < names.size(); ++i) {
        const QJsonObject a = assets.value(names.at(i)).toObject();
        const QString objectKey = RemoteLayout::resolve(key, a.value(QStringLiteral("href")).toString());
        if (objectKey.isEmpty())
            continue; // served elsewhere (http): not ours to mirror
        AssetInfo info;
        const QJsonArray roles = a.value(QStringLiteral("roles")).toArray();
        info.role = i == 0 ? QStringLiteral("data") : roles.isEmpty() ? names.at(i) : roles.first().toString();
        info.name = QFileInfo(objectKey).fileName();
        info.mediaType = a.value(QStringLiteral("type")).toString();
        info.byteSize = qint64(a.value(QStringLiteral("file:size")).toDouble());
        const QString checksum = a.value(QStringLiteral("file:checksum")).toString();
        if (checksum.startsWith(QLatin1String("1220")) && checksum.size() == 68)
            info.sha256 = checksum.mid(4).toLower();
        if (info.role == QLatin1String("data")) {
            r.mediaType = info.mediaType;
            r.format = formatOf(info.mediaType);
            if (r.format.isEmpty())
                r.format = QFileInfo(objectKey).suffix().toUpper();
        }
        if (info.sha256.isEmpty())
            out.unresolved << UnresolvedAsset{0, info, objectKey};
        else
            out.blobKeys.insert(info.sha256, objectKey);
        r.assets << info;
    }
    if (!r.assets.isEmpty() && r.assets.first().role == QLatin1String("data")) {
        r.sha256 = r.assets.first().sha256;
        r.byteSize = r.assets.first().byteSize;
    }
    out.versions << r;
    return out;
}

QJsonObject StacItemCodec::summary(const DatasetRecord &latest, const QString &itemKey)
{
    QJsonObject o{{QStringLiteral("key"), itemKey},
                  {QStringLiteral("title"), latest.title},
                  {QStringLiteral("city"), latest.city},
                  {QStringLiteral("domain"), latest.domain}};
    if (latest.bbox.isValid())
        o.insert(QStringLiteral("bbox"), QJsonArray{latest.bbox.west, latest.bbox.south, latest.bbox.east, latest.bbox.north});
    if (latest.timeStart.isValid())
        o.insert(QStringLiteral("start"), iso(latest.timeStart));
    if (latest.timeEnd.isValid())
        o.insert(QStringLiteral("end"), iso(latest.timeEnd));
    return o;
}

QStringList StacItemCodec::blobsOf(const QList<DatasetRecord> &versions)
{
    QStringList out;
    for (const DatasetRecord &r : versions)
        for (const AssetInfo &a : assetsOf(r))
            if (!a.sha256.isEmpty() && !out.contains(a.sha256))
                out << a.sha256;
    return out;
}

QString StacItemCodec::fingerprint(const QList<DatasetRecord> &versions)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const DatasetRecord &r : versions) {
        h.addData(r.id.toUtf8() + '|' + QByteArray::number(r.modified.toMSecsSinceEpoch()) + '|' + r.sha256.toUtf8());
        for (const AssetInfo &a : r.assets)
            h.addData('|' + a.sha256.toUtf8());
        h.addData("\n");
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace urbis
