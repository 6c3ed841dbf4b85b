#include "demoairquality.h"

#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace urbis {

namespace {

struct Station
{
    double dLat, dLon;
    double traffic; ///< how much of the street's traffic reaches it: kerbside > background > suburban
};

constexpr Station kSites[DemoAirQuality::kStations] = {{0.006, -0.004, 1.35}, {-0.012, 0.015, 1.0}, {0.021, 0.024, 0.7}};

double bump(double hour, double peak, double width)
{
    return std::exp(-(hour - peak) * (hour - peak) / width);
}

QString num(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

struct DayWeather
{
    double temperatureAnomaly; ///< Cel against the January mean
    double wind;               ///< m/s, the day's mean
    double pressure;           ///< hPa
};

QList<DayWeather> weather(QRandomGenerator &rng)
{
    // Pressure follows passing highs and lows (about a week apart); wind is stronger when it is low.
    const double phase = rng.bounded(2 * M_PI);
    QList<DayWeather> days;
    for (int d = 0; d < DemoAirQuality::kDays; ++d) {
        const double p = 1015 + 9 * std::sin(2 * M_PI * d / 7.5 + phase) + rng.bounded(3.0);
        days.append({rng.bounded(6.0) - 3, std::max(0.6, 2.5 - (p - 1015) / 5 + rng.bounded(2.0)), p});
    }
    return days;
}

} // namespace

const QDateTime &DemoAirQuality::start()
{
    static const QDateTime t(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
    return t;
}

TableSchema DemoAirQuality::schema()
{
    auto measure = [](const QString &name, const QString &unit, const QString &description, double max = -1) {
        TableField f = DemoFile::field(name, QStringLiteral("number"), unit, description);
        f.constraints.minimum = 0;
        if (max > 0)
            f.constraints.maximum = max;
        return f;
    };
    TableSchema s;
    s.crs = QStringLiteral("EPSG:4326");
    TableField pollutant = DemoFile::field(QStringLiteral("dominentpol"), QStringLiteral("string"), {},
                                           tr("Dominant pollutant of the hour"));
    pollutant.constraints.enumValues = {QStringLiteral("pm25"), QStringLiteral("pm10"), QStringLiteral("no2")};
    s.fields = {
        DemoFile::field(QStringLiteral("source"), QStringLiteral("string"), {}, tr("Source of the data provider")),
        DemoFile::field(QStringLiteral("cityName"), QStringLiteral("string"), {}, tr("Name of the city")),
        DemoFile::field(QStringLiteral("countrycode"), QStringLiteral("string"), {}, tr("Two letter country code")),
        DemoFile::field(QStringLiteral("zipcode"), QStringLiteral("string"), {}, tr("Postal code of the city centre")),
        DemoFile::field(QStringLiteral("lat"), QStringLiteral("number"), QStringLiteral("deg"), tr("Latitude of the station")),
        DemoFile::field(QStringLiteral("lon"), QStringLiteral("number"), QStringLiteral("deg"), tr("Longitude of the station")),
        pollutant,
        measure(QStringLiteral("humidity"), QStringLiteral("%"), tr("Relative humidity"), 100),
        measure(QStringLiteral("co"), QStringLiteral("mg/m3"), tr("Carbon monoxide")),
        measure(QStringLiteral("no2"), QStringLiteral("ug/m3"), tr("Nitrogen dioxide")),
        measure(QStringLiteral("pressure"), QStringLiteral("hPa"), tr("Air pressure at sea level")),
        measure(QStringLiteral("pm10"), QStringLiteral("ug/m3"), tr("Particulate matter up to 10 um")),
        measure(QStringLiteral("pm25"), QStringLiteral("ug/m3"), tr("Particulate matter up to 2.5 um")),
        DemoFile::field(QStringLiteral("temperature"), QStringLiteral("number"), QStringLiteral("Cel"), tr("Air temperature")),
        measure(QStringLiteral("windspeed"), QStringLiteral("m/s"), tr("Wind speed")),
        DemoFile::field(QStringLiteral("timeRecorded"), QStringLiteral("datetime"), {}, tr("Start of the hour the values are means of (UTC)")),
        DemoFile::field(QStringLiteral("station"), QStringLiteral("string"), {}, tr("Measuring station")),
    };
    return s;
}

DemoFile DemoAirQuality::generate(const DemoCity &c)
{
    DemoFile file;
    file.fileName = QStringLiteral("%1-air-quality-2023-01.csv").arg(DemoFile::slug(c.name));
    file.schema = schema();
    QRandomGenerator rng(DemoFile::seedFor(file.fileName));
    const QList<DayWeather> days = weather(rng);
    const QString fixed = QStringLiteral("Urbis demo generator,%1,%2,%3,").arg(c.name, c.countryCode, c.zipcode);

    QTextStream out(&file.bytes);
    out << "source,cityName,countrycode,zipcode,lat,lon,dominentpol,humidity,co,no2,pressure,pm10,pm25,"
           "temperature,windspeed,timeRecorded,station\n";
    for (int h = 0; h < kDays * 24; ++h) {
        const QDateTime t = start().addSecs(3600LL * h);
        const DayWeather &day = days.at(h / 24);
        const double local = (h + c.utcOffset) % 24;
        const bool weekend = t.addSecs(3600LL * c.utcOffset).date().dayOfWeek() >= 6;
        const double temperature = c.januaryTemperature + day.temperatureAnomaly + 4 * std::sin(2 * M_PI * (local - 9) / 24);
        const double wind = day.wind * (0.8 + 0.3 * std::sin(2 * M_PI * (local - 9) / 24));
        const double traffic = (0.25 + bump(local, 8, 3) + 0.85 * bump(local, 18.5, 4)) * (weekend ? 0.6 : 1.0);
        const double heating = std::max(0.0, 14 - temperature) / 10 * (0.6 + bump(local, 21, 6));
        for (int s = 0; s < kStations; ++s) {
            const Station &st = kSites[s];
            const double windspeed = wind * (0.9 + rng.bounded(0.2));
            const double dilution = 0.6 + windspeed / 2.5;
            const double no2 = (12 + 48 * traffic * st.traffic) / dilution + rng.bounded(6.0);
            const double co = 0.15 + (0.55 * traffic * st.traffic + 0.15 * heating) / dilution + rng.bounded(0.05);
            const double pm10 = (10 + 14 * traffic * st.traffic + 18 * heating) / dilution + rng.bounded(5.0);
            const double pm25 = pm10 * (0.55 + rng.bounded(0.15));
            const double temp = temperature + rng.bounded(0.6) - 0.3;
            const double humidity = std::clamp(78 - 2.8 * (temp - c.januaryTemperature) + rng.bounded(6.0), 25.0, 100.0);
            // The pollutant closest to its limit (hourly guide values: PM2.5 25, PM10 50, NO2 200 ug/m3).
            const double ratios[] = {pm25 / 25, pm10 / 50, no2 / 200};
            static const char *const names[] = {"pm25", "pm10", "no2"};
            const char *dominant = names[std::max_element(std::begin(ratios), std::end(ratios)) - std::begin(ratios)];
            out << fixed << num(c.lat + st.dLat, 5) << ',' << num(c.lon + st.dLon, 5) << ',' << dominant << ','
                << num(humidity, 0) << ',' << num(co, 2) << ',' << num(no2, 1) << ',' << num(day.pressure + rng.bounded(0.4), 1)
                << ',' << num(pm10, 1) << ',' << num(pm25, 1) << ',' << num(temp, 1) << ',' << num(windspeed, 1) << ','
                << t.toString(Qt::ISODate) << ',' << c.stationPrefix << "-0" << (s + 1) << '\n';
        }
    }
    out.flush();
    return file;
}

} // namespace urbis
