#include "remotelayout.h"

#include <QStringList>
#include <QUrl>

namespace urbis {

RemoteLayout::RemoteLayout(QString prefix) : m_prefix(std::move(prefix))
{
    while (m_prefix.startsWith(u'/'))
        m_prefix.remove(0, 1);
    if (!m_prefix.isEmpty() && !m_prefix.endsWith(u'/'))
        m_prefix += u'/';
}

QString RemoteLayout::catalogKey() const { return m_prefix + QStringLiteral("catalog.json"); }
QString RemoteLayout::itemsPrefix() const { return m_prefix + QStringLiteral("items/"); }
QString RemoteLayout::itemKey(const QString &lineage) const { return itemsPrefix() + lineage + QStringLiteral(".json"); }
QString RemoteLayout::blobsPrefix() const { return m_prefix + QStringLiteral("blobs/"); }
QString RemoteLayout::blobKey(const QString &sha256) const { return blobsPrefix() + sha256; }

QString RemoteLayout::cityCollectionKey(const QString &city) const
{
    return m_prefix + QStringLiteral("collections/%1/collection.json").arg(slug(city));
}

QString RemoteLayout::domainCollectionKey(const QString &city, const QString &domain) const
{
    return m_prefix + QStringLiteral("collections/%1/%2/collection.json").arg(slug(city), slug(domain));
}

QString RemoteLayout::slug(const QString &name)
{
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if ((c.isSpace() || c == u'-' || c == u'_') && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("unassigned") : out;
}

QString RemoteLayout::resolve(const QString &fromKey, const QString &href)
{
    const QUrl url(href);
    if (url.scheme() == QLatin1String("s3")) // s3://bucket/key: the key, whatever the bucket
        return url.path().mid(1);
    if (!url.scheme().isEmpty())
        return {};
    QStringList parts = fromKey.split(u'/');
    parts.removeLast();
    if (href.startsWith(u'/'))
        parts.clear();
    for (const QString &p : href.split(u'/', Qt::SkipEmptyParts)) {
        if (p == QLatin1String("."))
            continue;
        if (p == QLatin1String("..")) {
            if (parts.isEmpty())
                return {};
            parts.removeLast();
        } else {
            parts << p;
        }
    }
    return parts.join(u'/');
}

QString RemoteLayout::relative(const QString &fromKey, const QString &toKey)
{
    QStringList from = fromKey.split(u'/');
    from.removeLast();
    const QStringList to = toKey.split(u'/');
    int common = 0;
    while (common < from.size() && common < to.size() - 1 && from.at(common) == to.at(common))
        ++common;
    QStringList out;
    for (int i = common; i < from.size(); ++i)
        out << QStringLiteral("..");
    if (out.isEmpty())
        out << QStringLiteral(".");
    out += to.mid(common);
    return out.join(u'/');
}

} // namespace urbis
