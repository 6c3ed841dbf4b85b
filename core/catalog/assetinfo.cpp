#include "assetinfo.h"

namespace urbis {

QJsonObject AssetInfo::toJson() const
{
    return {{QStringLiteral("role"), role},
            {QStringLiteral("name"), name},
            {QStringLiteral("mediaType"), mediaType},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("byteSize"), byteSize}};
}

AssetInfo AssetInfo::fromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("role")).toString(), o.value(QStringLiteral("name")).toString(),
            o.value(QStringLiteral("mediaType")).toString(), o.value(QStringLiteral("sha256")).toString(),
            qint64(o.value(QStringLiteral("byteSize")).toDouble())};
}

} // namespace urbis
