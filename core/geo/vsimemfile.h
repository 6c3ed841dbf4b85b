#pragma once

#include "../util/result.h"

#include <QByteArray>
#include <QString>

namespace urbis::gdal {

/**
 * Puts `bytes` into GDAL's in-memory file system as /vsimem/urbis/<name> (a copy GDAL owns; an
 * existing file of that name is replaced) and returns the path, so data compiled into the binary
 * (Qt resources such as the offline basemap) can be opened by any GDAL reader.
 */
Result<QString> vsimemFile(const QString &name, const QByteArray &bytes);

} // namespace urbis::gdal
