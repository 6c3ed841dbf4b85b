#include "democity.h"

namespace urbis {

namespace {

// A quadrant is about 3 km by 3 km: a city centre, not the whole municipality.
constexpr double kQuadrantLat = 0.028;
constexpr double kQuadrantLon = 0.036;

} // namespace

const QList<DemoCity> &DemoCity::all()
{
    // District names are real places; populations and everything measured in them are synthetic.
    static const QList<DemoCity> cities{
        {QStringLiteral("Athens"), QStringLiteral("GR"), 37.9838, 23.7275, QStringLiteral("ATH"), QStringLiteral("10557"), 2, 10.2,
         {{QStringLiteral("Kolonos"), 48200}, {QStringLiteral("Kypseli"), 61500},
          {QStringLiteral("Koukaki"), 39800}, {QStringLiteral("Pangrati"), 52300}}},
        {QStringLiteral("Differdange"), QStringLiteral("LU"), 49.5242, 5.8914, QStringLiteral("DIF"), QStringLiteral("4501"), 1, 1.2,
         {{QStringLiteral("Niederkorn"), 7400}, {QStringLiteral("Oberkorn"), 6100},
          {QStringLiteral("Fousbann"), 5200}, {QStringLiteral("Lasauvage"), 700}}},
        {QStringLiteral("Grenoble-Alpes"), QStringLiteral("FR"), 45.1885, 5.7245, QStringLiteral("GRE"), QStringLiteral("38000"), 1, 3.1, {}},
        {QStringLiteral("Sofia"), QStringLiteral("BG"), 42.6977, 23.3219, QStringLiteral("SOF"), QStringLiteral("1000"), 2, -0.8, {}},
        {QStringLiteral("Cascais"), QStringLiteral("PT"), 38.6979, -9.4215, QStringLiteral("CAS"), QStringLiteral("2750-642"), 0, 11.6, {}},
        {QStringLiteral("Ioannina"), QStringLiteral("GR"), 39.6650, 20.8537, QStringLiteral("IOA"), QStringLiteral("45221"), 2, 4.9, {}},
        {QStringLiteral("Maribor"), QStringLiteral("SI"), 46.5547, 15.6459, QStringLiteral("MAR"), QStringLiteral("2000"), 1, 0.3, {}},
        {QStringLiteral("Torino"), QStringLiteral("IT"), 45.0703, 7.6869, QStringLiteral("TOR"), QStringLiteral("10121"), 1, 2.4,
         {{QStringLiteral("Aurora"), 39600}, {QStringLiteral("Vanchiglia"), 35100},
          {QStringLiteral("San Salvario"), 41800}, {QStringLiteral("Crocetta"), 30200}}},
    };
    return cities;
}

const DemoCity *DemoCity::byName(const QString &name)
{
    for (const DemoCity &c : all())
        if (c.name == name)
            return &c;
    return nullptr;
}

Extent DemoCity::area() const
{
    return Extent(lon - 0.1, lat - 0.1, lon + 0.1, lat + 0.1);
}

Extent DemoCity::districtBox(int index) const
{
    const bool east = index % 2 == 1;
    const bool south = index / 2 == 1;
    const double w = east ? lon : lon - kQuadrantLon;
    const double s = south ? lat - kQuadrantLat : lat;
    return Extent(w, s, w + kQuadrantLon, s + kQuadrantLat);
}

QString DemoCity::districtCode(int index) const
{
    return QStringLiteral("%1-D%2").arg(stationPrefix).arg(index + 1);
}

} // namespace urbis
