#include "datasetassets.h"

#include "../storage/localobjectstore.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace urbis {

const QString &DatasetAssets::geoPackageMediaType()
{
    static const QString t = QStringLiteral("application/geopackage+sqlite3");
    return t;
}

std::optional<AssetInfo> DatasetAssets::find(const DatasetRecord &record, const QString &role)
{
    for (const AssetInfo &a : record.assets)
        if (a.role == role)
            return a;
    if (role == QLatin1String("data") && !record.sha256.isEmpty())
        return AssetInfo{role, QString(), record.mediaType, record.sha256, std::max<qint64>(record.byteSize, 0)};
    return std::nullopt;
}

bool DatasetAssets::hasTable(const DatasetRecord &record)
{
    const std::optional<AssetInfo> data = find(record, QStringLiteral("data"));
    return data && data->mediaType == geoPackageMediaType();
}

Result<QString> DatasetAssets::tablePath(const DatasetRecord &record, const ObjectStore &store)
{
    const std::optional<AssetInfo> data = find(record, QStringLiteral("data"));
    if (!data)
        return Error(Error::Code::Unsupported, tr("This dataset has no stored data to preview."));
    if (data->mediaType != geoPackageMediaType()) {
        const bool raster = data->mediaType.startsWith(QLatin1String("image/"));
        return Error(Error::Code::Unsupported,
                     raster ? tr("This dataset is a raster (%1): it has no table of rows to preview.").arg(record.format)
                            : tr("This dataset has no table to preview (its data is %1).").arg(data->mediaType));
    }
    // GDAL needs a file; the content-addressed blob is one, and reading it in place avoids a copy.
    const auto *local = dynamic_cast<const LocalObjectStore *>(&store);
    if (!local)
        return Error(Error::Code::Unsupported, tr("The data of this dataset is not stored on this computer."));
    if (!local->contains(data->sha256))
        return Error(Error::Code::NotFound, tr("The stored data of this dataset is missing (%1).").arg(data->sha256));
    return local->pathFor(data->sha256);
}

QString DatasetAssets::exportFileName(const DatasetRecord &record, const AssetInfo &asset)
{
    if (!asset.name.isEmpty())
        return asset.name;
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"));
    QString base = record.title.trimmed();
    base.replace(unsafe, QStringLiteral("_"));
    if (base.isEmpty())
        base = QStringLiteral("dataset");
    if (asset.mediaType == geoPackageMediaType())
        return base + QStringLiteral(".gpkg");
    if (asset.mediaType.startsWith(QLatin1String("image/tiff")))
        return base + QStringLiteral(".tif");
    if (asset.mediaType == QLatin1String("application/json"))
        return base + QStringLiteral(".json");
    return base;
}

} // namespace urbis
