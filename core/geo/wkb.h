#pragma once

#include "extent.h"

#include <QByteArray>

namespace urbis::wkb {

/** Little-endian OGC WKB polygon with the extent's four corners (closed ring). */
QByteArray polygonFromExtent(const Extent &extent);
/** Bounding box of a WKB polygon / multipolygon / point; invalid Extent when it cannot be read. */
Extent envelope(const QByteArray &wkb);

} // namespace urbis::wkb
