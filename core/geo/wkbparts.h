#pragma once

#include "mercatorfeature.h"

#include <QByteArray>

namespace urbis::wkb {

/**
 * The parts of any WKB geometry (points, lines, polygon rings), in the WKB's own coordinates
 * (lon/lat for catalog footprints). Empty when the WKB cannot be read.
 */
MercatorFeature parts(const QByteArray &wkb);

} // namespace urbis::wkb
