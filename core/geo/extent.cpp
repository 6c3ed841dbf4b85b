#include "extent.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace urbis {

namespace {
bool lonRangesOverlap(double aw, double ae, double bw, double be)
{
    return aw <= be && bw <= ae;
}
} // namespace

bool Extent::intersects(const Extent &o) const
{
    if (!valid || !o.valid)
        return false;
    if (south > o.north || o.south > north)
        return false;
    // Split antimeridian-crossing boxes into two ordinary longitude ranges.
    auto ranges = [](const Extent &e) {
        return e.west > e.east ? std::pair{std::pair{e.west, 180.0}, std::pair{-180.0, e.east}}
                               : std::pair{std::pair{e.west, e.east}, std::pair{e.west, e.east}};
    };
    const auto [a1, a2] = ranges(*this);
    const auto [b1, b2] = ranges(o);
    for (auto a : {a1, a2})
        for (auto b : {b1, b2})
            if (lonRangesOverlap(a.first, a.second, b.first, b.second))
                return true;
    return false;
}

void Extent::expand(const Extent &o)
{
    if (!o.valid)
        return;
    if (!valid) {
        *this = o;
        return;
    }
    west = std::min(west, o.west);
    south = std::min(south, o.south);
    east = std::max(east, o.east);
    north = std::max(north, o.north);
}

QString Extent::toString() const
{
    if (!valid)
        return {};
    // Shortest text that parses back to the same double.
    const auto num = [](double d) { return QString::number(d, 'g', QLocale::FloatingPointShortest); };
    return num(west) + u',' + num(south) + u',' + num(east) + u',' + num(north);
}

Result<Extent> Extent::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    auto fail = [&](const QString &why) {
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("urbis::Extent", "Invalid bounding box \"%1\": %2").arg(text, why));
    };
    if (parts.size() != 4)
        return fail(QCoreApplication::translate("urbis::Extent", "expected W,S,E,N"));
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i])) // "nan" and "inf" parse as doubles but are no coordinates
            return fail(QCoreApplication::translate("urbis::Extent", "\"%1\" is not a number").arg(parts.at(i)));
    }
    if (v[0] < -180 || v[0] > 180 || v[2] < -180 || v[2] > 180)
        return fail(QCoreApplication::translate("urbis::Extent", "longitude outside -180..180"));
    if (v[1] < -90 || v[1] > 90 || v[3] < -90 || v[3] > 90)
        return fail(QCoreApplication::translate("urbis::Extent", "latitude outside -90..90"));
    if (v[1] > v[3])
        return fail(QCoreApplication::translate("urbis::Extent", "south is greater than north"));
    return Extent(v[0], v[1], v[2], v[3]);
}

} // namespace urbis
