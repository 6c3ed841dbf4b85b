#include "wkb.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <limits>

namespace urbis::wkb {

QByteArray polygonFromExtent(const Extent &e)
{
    if (!e.isValid())
        return {};
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::DoublePrecision);
    s << quint8(1) << quint32(3) << quint32(1) << quint32(5);
    const double ring[5][2] = {{e.west, e.south}, {e.east, e.south}, {e.east, e.north}, {e.west, e.north}, {e.west, e.south}};
    for (const auto &p : ring)
        s << p[0] << p[1];
    return out;
}

namespace {
// A tiny reader for the geometry types footprints use; it never reads past the buffer.
class Reader
{
public:
    explicit Reader(const QByteArray &b) : m_b(b) {}
    bool ok() const { return m_ok; }
    void fail() { m_ok = false; }
    quint8 byte()
    {
        if (m_pos + 1 > m_b.size()) {
            m_ok = false;
            return 0;
        }
        return quint8(m_b.at(m_pos++));
    }
    quint32 u32(bool le)
    {
        unsigned char c[4];
        if (!raw(c, 4))
            return 0;
        return le ? quint32(c[0]) | quint32(c[1]) << 8 | quint32(c[2]) << 16 | quint32(c[3]) << 24
                  : quint32(c[3]) | quint32(c[2]) << 8 | quint32(c[1]) << 16 | quint32(c[0]) << 24;
    }
    double f64(bool le)
    {
        unsigned char c[8];
        if (!raw(c, 8))
            return 0;
        if (!le)
            std::reverse(c, c + 8);
        double d;
        std::memcpy(&d, c, 8);
        return d;
    }

private:
    bool raw(unsigned char *dst, int n)
    {
        if (!m_ok || m_pos + n > m_b.size()) {
            m_ok = false;
            return false;
        }
        std::memcpy(dst, m_b.constData() + m_pos, size_t(n));
        m_pos += n;
        return true;
    }
    const QByteArray &m_b;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

void readGeometry(Reader &r, Extent &box, int depth)
{
    if (depth > 8 || !r.ok())
        return;
    const bool le = r.byte() == 1;
    const quint32 raw = r.u32(le);
    // ISO Z/M/ZM variants add 1000/2000/3000; EWKB sets high flag bits. Both carry extra ordinates.
    const bool ewkbZ = raw & 0x80000000u, ewkbM = raw & 0x40000000u;
    const quint32 iso = raw & 0x0fffffffu;
    const quint32 type = iso % 1000;
    const int extra = (iso / 1000 == 3 ? 2 : iso / 1000 >= 1 ? 1 : 0) + (ewkbZ ? 1 : 0) + (ewkbM ? 1 : 0);
    if (raw & 0x20000000u)
        r.u32(le); // EWKB SRID
    auto point = [&] {
        const double x = r.f64(le), y = r.f64(le);
        for (int i = 0; i < extra; ++i)
            r.f64(le);
        if (r.ok())
            box.expand(Extent(x, y, x, y));
    };
    switch (type) {
    case 1: point(); break;
    case 2: { const quint32 n = r.u32(le); for (quint32 i = 0; i < n && r.ok(); ++i) point(); break; }
    case 3: {
        const quint32 rings = r.u32(le);
        for (quint32 k = 0; k < rings && r.ok(); ++k) {
            const quint32 n = r.u32(le);
            for (quint32 i = 0; i < n && r.ok(); ++i)
                point();
        }
        break;
    }
    case 4: case 5: case 6: case 7: {
        const quint32 n = r.u32(le);
        for (quint32 i = 0; i < n && r.ok(); ++i)
            readGeometry(r, box, depth + 1);
        break;
    }
    default: r.fail(); break;
    }
}
} // namespace

Extent envelope(const QByteArray &wkb)
{
    Reader r(wkb);
    Extent box;
    readGeometry(r, box, 0);
    return r.ok() ? box : Extent();
}

} // namespace urbis::wkb
