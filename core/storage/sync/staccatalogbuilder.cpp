#include "staccatalogbuilder.h"

#include "stacitemcodec.h"

#include <QJsonArray>

namespace urbis {

namespace {
QJsonObject link(const QString &rel, const QString &href, const QString &title = {})
{
    QJsonObject o{{QStringLiteral("rel"), rel}, {QStringLiteral("href"), href}, {QStringLiteral("type"), QStringLiteral("application/json")}};
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    return o;
}
} // namespace

StacCatalogBuilder::StacCatalogBuilder(RemoteLayout layout, QString title) : m_layout(std::move(layout)), m_title(std::move(title))
{
    if (m_title.isEmpty())
        m_title = QStringLiteral("Urbis catalog");
}

QJsonObject StacCatalogBuilder::collection(const QString &id, const QString &title, const QString &description,
                                           const QList<QJsonObject> &summaries)
{
    double w = 180, s = 90, e = -180, n = -90;
    bool anyBox = false;
    QString start, end;
    bool openStart = false, openEnd = false;
    for (const QJsonObject &x : summaries) {
        const QJsonArray b = x.value(QStringLiteral("bbox")).toArray();
        if (b.size() == 4) {
            anyBox = true;
            w = std::min(w, b[0].toDouble());
            s = std::min(s, b[1].toDouble());
            e = std::max(e, b[2].toDouble());
            n = std::max(n, b[3].toDouble());
        }
        const QString a = x.value(QStringLiteral("start")).toString(), z = x.value(QStringLiteral("end")).toString();
        openStart |= a.isEmpty();
        openEnd |= z.isEmpty();
        if (!a.isEmpty() && (start.isEmpty() || a < start)) // ISO 8601 UTC strings sort as times
            start = a;
        if (!z.isEmpty() && (end.isEmpty() || z > end))
            end = z;
    }
    const QJsonArray bbox = anyBox ? QJsonArray{w, s, e, n} : QJsonArray{-180, -90, 180, 90};
    const QJsonValue from = openStart || start.isEmpty() ? QJsonValue::Null : QJsonValue(start);
    const QJsonValue to = openEnd || end.isEmpty() ? QJsonValue::Null : QJsonValue(end);
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Collection")},
                       {QStringLiteral("stac_version"), StacItemCodec::stacVersion()},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("license"), QStringLiteral("various")},
                       {QStringLiteral("extent"),
                        QJsonObject{{QStringLiteral("spatial"), QJsonObject{{QStringLiteral("bbox"), QJsonArray{bbox}}}},
                                    {QStringLiteral("temporal"), QJsonObject{{QStringLiteral("interval"), QJsonArray{QJsonArray{from, to}}}}}}}};
}

QList<std::pair<QString, QJsonObject>> StacCatalogBuilder::documents(const QMap<QString, QJsonObject> &summaries) const
{
    // city -> domain -> summaries (sorted maps: the same input always gives the same bytes)
    QMap<QString, QMap<QString, QList<QJsonObject>>> tree;
    QMap<QString, QString> cityNames;
    for (const QJsonObject &x : summaries) {
        const QString city = x.value(QStringLiteral("city")).toString();
        const QString slug = RemoteLayout::slug(city);
        cityNames.insert(slug, city.isEmpty() ? QStringLiteral("Unassigned") : city);
        tree[slug][RemoteLayout::slug(x.value(QStringLiteral("domain")).toString())] << x;
    }
    QList<std::pair<QString, QJsonObject>> out;
    const QString rootKey = m_layout.catalogKey();
    QJsonArray rootLinks{link(QStringLiteral("root"), QStringLiteral("./catalog.json")), link(QStringLiteral("self"), QStringLiteral("./catalog.json"))};
    for (auto city = tree.cbegin(); city != tree.cend(); ++city) {
        const QString cityName = cityNames.value(city.key());
        const QString cityKey = m_layout.cityCollectionKey(cityName);
        QList<QJsonObject> allOfCity;
        QJsonArray cityLinks{link(QStringLiteral("root"), RemoteLayout::relative(cityKey, rootKey)),
                             link(QStringLiteral("parent"), RemoteLayout::relative(cityKey, rootKey))};
        for (auto domain = city.value().cbegin(); domain != city.value().cend(); ++domain) {
            const QString domainKey = m_layout.domainCollectionKey(cityName, domain.key());
            QJsonObject c = collection(city.key() + u'-' + domain.key(), QStringLiteral("%1 — %2").arg(cityName, domain.key()),
                                       QStringLiteral("Datasets of %1 in the %2 domain").arg(cityName, domain.key()), domain.value());
            QJsonArray links{link(QStringLiteral("root"), RemoteLayout::relative(domainKey, rootKey)),
                             link(QStringLiteral("parent"), RemoteLayout::relative(domainKey, cityKey))};
            for (const QJsonObject &x : domain.value())
                links.append(link(QStringLiteral("item"), RemoteLayout::relative(domainKey, x.value(QStringLiteral("key")).toString()),
                                  x.value(QStringLiteral("title")).toString()));
            c.insert(QStringLiteral("links"), links);
            out.append({domainKey, c});
            cityLinks.append(link(QStringLiteral("child"), RemoteLayout::relative(cityKey, domainKey), domain.key()));
            allOfCity += domain.value();
        }
        QJsonObject c = collection(city.key(), cityName, QStringLiteral("Datasets of %1").arg(cityName), allOfCity);
        c.insert(QStringLiteral("links"), cityLinks);
        out.append({cityKey, c});
        rootLinks.append(link(QStringLiteral("child"), RemoteLayout::relative(rootKey, cityKey), cityName));
    }
    out.append({rootKey, QJsonObject{{QStringLiteral("type"), QStringLiteral("Catalog")},
                                     {QStringLiteral("stac_version"), StacItemCodec::stacVersion()},
                                     {QStringLiteral("id"), QStringLiteral("urbis")},
                                     {QStringLiteral("title"), m_title},
                                     {QStringLiteral("description"), QStringLiteral("City datasets shared through Urbis")},
                                     {QStringLiteral("links"), rootLinks}}});
    return out;
}

} // namespace urbis
