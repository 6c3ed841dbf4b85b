#include "gpkgpoint.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace urbis::gpkgpoint {

void encode(double x, double y, int srsId, char *out)
{
    out[0] = 'G';
    out[1] = 'P';
    out[2] = 0;    // version 1
    out[3] = 0x01; // little-endian, no envelope, not empty
    qToLittleEndian<qint32>(srsId, out + 4);
    out[8] = 0x01;                        // WKB little-endian
    qToLittleEndian<quint32>(1, out + 9); // Point
    qToLittleEndian<double>(x, out + 13);
    qToLittleEndian<double>(y, out + 21);
}

QByteArray blob(double x, double y, int srsId)
{
    QByteArray out(kBlobSize, Qt::Uninitialized);
    encode(x, y, srsId, out.data());
    return out;
}

std::optional<Point> decode(QByteArrayView b)
{
    if (b.size() < 8 || b[0] != 'G' || b[1] != 'P')
        return std::nullopt;
    const quint8 flags = quint8(b[3]);
    if (flags & 0x10) // empty geometry
        return std::nullopt;
    static constexpr int kEnvelopeBytes[8] = {0, 32, 48, 48, 64, -1, -1, -1};
    const int envelope = kEnvelopeBytes[(flags >> 1) & 0x07];
    if (envelope < 0)
        return std::nullopt;
    const qsizetype at = 8 + envelope;
    if (b.size() < at + 21)
        return std::nullopt;
    const char *wkb = b.data() + at;
    const bool little = wkb[0] == 0x01;
    const quint32 type = little ? qFromLittleEndian<quint32>(wkb + 1) : qFromBigEndian<quint32>(wkb + 1);
    // 1 Point; 1001/2001/3001 the ISO Z, M, ZM points; 0x80000001 the old 2.5D flag. x, y come first in all.
    if (type % 1000 != 1 && (type & 0x7fffffff) != 1)
        return std::nullopt;
    const double x = little ? qFromLittleEndian<double>(wkb + 5) : qFromBigEndian<double>(wkb + 5);
    const double y = little ? qFromLittleEndian<double>(wkb + 13) : qFromBigEndian<double>(wkb + 13);
    if (std::isnan(x) || std::isnan(y)) // WKB's empty point
        return std::nullopt;
    return Point{x, y};
}

} // namespace urbis::gpkgpoint
