#pragma once

#include <QString>

namespace urbis {

/**
 * Where things live in the bucket, under the remote's prefix:
 *   catalog.json                                   root STAC Catalog
 *   collections/<city>/collection.json             one Collection per city
 *   collections/<city>/<domain>/collection.json    one per domain of that city (the Items' parent)
 *   items/<dataset id>.json                        one STAC Item per dataset
 *   blobs/<sha256>                                 data, original files, reports (content-addressed)
 * Relative hrefs between them keep the catalog valid wherever the bucket is served from.
 */
class RemoteLayout
{
public:
    explicit RemoteLayout(QString prefix);

    QString prefix() const { return m_prefix; }
    QString catalogKey() const;
    QString itemsPrefix() const;
    QString itemKey(const QString &lineage) const;
    QString blobsPrefix() const;
    QString blobKey(const QString &sha256) const;
    QString cityCollectionKey(const QString &city) const;
    QString domainCollectionKey(const QString &city, const QString &domain) const;

    /** A path segment for a city name: lower case ASCII letters, digits and '-', "unassigned" when empty. */
    static QString slug(const QString &name);
    /** The key `href` points at, read relative to the object `fromKey`; empty when it leaves the bucket. */
    static QString resolve(const QString &fromKey, const QString &href);
    /** `toKey` as a href relative to the object `fromKey`. */
    static QString relative(const QString &fromKey, const QString &toKey);

private:
    QString m_prefix; ///< empty or ending in '/'
};

} // namespace urbis
