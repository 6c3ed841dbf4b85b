#pragma once

#include <QJsonObject>
#include <QString>

namespace urbis {

/**
 * A blob that belongs to a dataset version besides its main data (DatasetRecord::sha256): the
 * original file as imported ("source"), the validation report ("report"), ... Roles follow STAC
 * asset roles so a sync can publish them as they are.
 */
struct AssetInfo
{
    QString role;
    QString name;      ///< file name shown to users and used on export
    QString mediaType;
    QString sha256;    ///< key in the ObjectStore
    qint64 byteSize = 0;

    QJsonObject toJson() const;
    static AssetInfo fromJson(const QJsonObject &o);
    bool operator==(const AssetInfo &) const = default;
};

} // namespace urbis
