#include "demotrafficcounts.h"

#include "demoairquality.h"

#include <QRandomGenerator>
#include <QTextStream>

#include <cmath>

namespace urbis {

namespace {

double bump(double hour, double peak, double width)
{
    return std::exp(-(hour - peak) * (hour - peak) / width);
}

// Stations on the four approaches (north, east, south, west), 1.5 to 2.5 km out.
constexpr double kOffsets[4][2] = {{0.018, 0.002}, {0.003, 0.026}, {-0.015, -0.004}, {0.001, -0.024}};
constexpr double kCapacity[4] = {1650, 1200, 1450, 900}; // vehicles per hour at the weekday peak

} // namespace

DemoFile DemoTrafficCounts::generate(const DemoCity &c, const QStringList &roads)
{
    DemoFile file;
    file.fileName = QStringLiteral("%1-traffic-counts-2023-01.csv").arg(DemoFile::slug(c.name));
    file.schema.crs = QStringLiteral("EPSG:4326");
    file.schema.fields = {
        DemoFile::field(QStringLiteral("station"), QStringLiteral("string"), {}, tr("Counting station")),
        DemoFile::field(QStringLiteral("road"), QStringLiteral("string"), {}, tr("Road the station counts on")),
        DemoFile::field(QStringLiteral("lat"), QStringLiteral("number"), QStringLiteral("deg"), tr("Latitude of the station")),
        DemoFile::field(QStringLiteral("lon"), QStringLiteral("number"), QStringLiteral("deg"), tr("Longitude of the station")),
        DemoFile::field(QStringLiteral("time"), QStringLiteral("datetime"), {}, tr("Start of the hour (UTC)")),
        DemoFile::field(QStringLiteral("vehicles"), QStringLiteral("integer"), QStringLiteral("1/h"), tr("Vehicles counted in the hour, both directions")),
        DemoFile::field(QStringLiteral("heavyVehicles"), QStringLiteral("integer"), QStringLiteral("1/h"), tr("Lorries and buses among them")),
    };
    for (int i : {5, 6})
        file.schema.fields[i].constraints.minimum = 0;

    QRandomGenerator rng(DemoFile::seedFor(file.fileName));
    QTextStream out(&file.bytes);
    out << "station,road,lat,lon,time,vehicles,heavyVehicles\n";
    for (int h = 0; h < kDays * 24; ++h) {
        const QDateTime t = DemoAirQuality::start().addSecs(3600LL * h);
        const double local = (h + c.utcOffset) % 24;
        const bool weekend = t.addSecs(3600LL * c.utcOffset).date().dayOfWeek() >= 6;
        const double profile = weekend ? 0.08 + 0.55 * bump(local, 14, 18)
                                       : 0.06 + bump(local, 8, 2.5) + 0.9 * bump(local, 18, 4) + 0.45 * bump(local, 13, 10);
        for (int s = 0; s < 4; ++s) {
            const int vehicles = int(std::lround(kCapacity[s] * profile * (0.92 + rng.bounded(0.16))));
            const int heavy = int(std::lround(vehicles * (weekend ? 0.03 : 0.07) * (0.8 + rng.bounded(0.4))));
            out << c.stationPrefix << "-T0" << (s + 1) << ',' << roads.value(s) << ','
                << QString::number(c.lat + kOffsets[s][0], 'f', 5) << ',' << QString::number(c.lon + kOffsets[s][1], 'f', 5)
                << ',' << t.toString(Qt::ISODate) << ',' << vehicles << ',' << heavy << '\n';
        }
    }
    out.flush();
    return file;
}

} // namespace urbis
