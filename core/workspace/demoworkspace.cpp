#include "demoworkspace.h"

#include "../geo/wkb.h"
#include "democity.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <cmath>

namespace urbis {

namespace {


struct Table
{
    QByteArray csv;
    qint64 rows = 0;
};

const QDateTime kStart(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
const QString kSource = QStringLiteral("Urbis demo generator (synthetic data)");

// Hourly readings for January 2023 at two stations, in the flat Annex B air-quality shape.
Table airQuality(const DemoCity &c, QRandomGenerator &rng)
{
    Table t;
    QTextStream out(&t.csv);
    out << "source,cityName,countrycode,station,lat,lon,timeRecorded,pm10,pm25,no2,ozone,temperature,humidity\n";
    for (int s = 1; s <= 2; ++s) {
        const double lat = c.lat + 0.01 * s, lon = c.lon - 0.01 * s;
        for (int h = 0; h < 31 * 24; ++h) {
            const double daily = std::sin((h % 24 - 6) * M_PI / 12.0);
            const double pm10 = std::max(2.0, 25 + 12 * daily + rng.bounded(10.0) + 3 * s);
            out << "Urbis demo generator," << c.name << ',' << c.countryCode << ',' << c.stationPrefix << "-0" << s << ','
                << QString::number(lat, 'f', 5) << ',' << QString::number(lon, 'f', 5) << ','
                << kStart.addSecs(3600LL * h).toString(Qt::ISODate) << ',' << QString::number(pm10, 'f', 1) << ','
                << QString::number(pm10 * 0.6, 'f', 1) << ',' << QString::number(30 + 15 * daily + rng.bounded(8.0), 'f', 1)
                << ',' << QString::number(40 - 10 * daily + rng.bounded(6.0), 'f', 1) << ','
                << QString::number(8 + 5 * daily + rng.bounded(2.0), 'f', 1) << ','
                << QString::number(60 + rng.bounded(30.0), 'f', 0) << '\n';
            ++t.rows;
        }
    }
    return t;
}

// Monthly values for 2019-2023 of one measure per district.
Table monthly(const DemoCity &c, const char *header, double base, double trendPerYear, QRandomGenerator &rng)
{
    Table t;
    QTextStream out(&t.csv);
    out << "cityName,district,month," << header << '\n';
    for (int d = 1; d <= 3; ++d) {
        for (int m = 0; m < 60; ++m) {
            const double season = 1 + 0.15 * std::cos(2 * M_PI * (m % 12) / 12.0);
            const double v = base * d / 2.0 * season * (1 + trendPerYear * m / 12.0) * (0.95 + rng.bounded(0.1));
            out << c.name << ",District " << d << ',' << QDate(2019 + m / 12, m % 12 + 1, 1).toString(QStringLiteral("yyyy-MM"))
                << ',' << QString::number(v, 'f', 2) << '\n';
            ++t.rows;
        }
    }
    return t;
}

struct Spec
{
    QString title, description, domain;
    QStringList keywords;
    QList<FieldInfo> fields;
    QDateTime end;
    Table table;
};

} // namespace

Result<DemoWorkspace::Summary> DemoWorkspace::create(Workspace &ws, Feedback *feedback)
{
    QRandomGenerator rng(20230101);
    QList<std::pair<const DemoCity *, Spec>> specs;
    const QList<FieldInfo> airFields{
        {QStringLiteral("source"), QStringLiteral("string"), {}, {}},
        {QStringLiteral("cityName"), QStringLiteral("string"), {}, {}},
        {QStringLiteral("countrycode"), QStringLiteral("string"), {}, {}},
        {QStringLiteral("station"), QStringLiteral("string"), {}, {}},
        {QStringLiteral("lat"), QStringLiteral("number"), QStringLiteral("deg"), {}},
        {QStringLiteral("lon"), QStringLiteral("number"), QStringLiteral("deg"), {}},
        {QStringLiteral("timeRecorded"), QStringLiteral("datetime"), {}, {}},
        {QStringLiteral("pm10"), QStringLiteral("number"), QStringLiteral("ug/m3"), {}},
        {QStringLiteral("pm25"), QStringLiteral("number"), QStringLiteral("ug/m3"), {}},
        {QStringLiteral("no2"), QStringLiteral("number"), QStringLiteral("ug/m3"), {}},
        {QStringLiteral("ozone"), QStringLiteral("number"), QStringLiteral("ug/m3"), {}},
        {QStringLiteral("temperature"), QStringLiteral("number"), QStringLiteral("Cel"), {}},
        {QStringLiteral("humidity"), QStringLiteral("number"), QStringLiteral("%"), {}},
    };
    auto monthlyFields = [](const QString &name, const QString &unit) {
        return QList<FieldInfo>{{QStringLiteral("cityName"), QStringLiteral("string"), {}, {}},
                                {QStringLiteral("district"), QStringLiteral("string"), {}, {}},
                                {QStringLiteral("month"), QStringLiteral("yearmonth"), {}, {}},
                                {name, QStringLiteral("number"), unit, {}}};
    };
    for (const DemoCity &c : DemoCity::all()) {
        specs.append({&c, Spec{DemoWorkspace::tr("%1 air quality, January 2023").arg(c.name),
                               DemoWorkspace::tr("Hourly PM10, PM2.5, NO2, ozone, temperature and humidity at two stations in %1 "
                                  "(synthetic demo data in the CLIMABOROUGH Annex B shape).").arg(c.name),
                               QStringLiteral("air"),
                               {QStringLiteral("air quality"), QStringLiteral("pm10"), QStringLiteral("no2"), QStringLiteral("demo")},
                               airFields, kStart.addDays(31).addSecs(-3600), airQuality(c, rng)}});
    }
    const QDateTime fiveYears(QDate(2023, 12, 1), QTime(0, 0), Qt::UTC);
    const DemoCity &athens = DemoCity::all().at(0);
    const DemoCity &sofia = DemoCity::all().at(3);
    const DemoCity &torino = DemoCity::all().at(7);
    const DemoCity &differdange = DemoCity::all().at(1);
    specs.append({&athens, Spec{DemoWorkspace::tr("Athens building energy consumption 2019-2023"),
                                DemoWorkspace::tr("Monthly electricity consumption of municipal buildings per district (synthetic)."),
                                QStringLiteral("energy"), {QStringLiteral("energy"), QStringLiteral("buildings"), QStringLiteral("demo")},
                                monthlyFields(QStringLiteral("consumption"), QStringLiteral("MWh")), fiveYears,
                                monthly(athens, "consumption", 1200, -0.03, rng)}});
    specs.append({&sofia, Spec{DemoWorkspace::tr("Sofia city-centre traffic counts 2019-2023"),
                               DemoWorkspace::tr("Monthly mean daily vehicle counts per district of the city centre (synthetic)."),
                               QStringLiteral("mobility"), {QStringLiteral("traffic"), QStringLiteral("parking"), QStringLiteral("demo")},
                               monthlyFields(QStringLiteral("vehicles"), QStringLiteral("1/d")), fiveYears,
                               monthly(sofia, "vehicles", 18000, -0.02, rng)}});
    specs.append({&torino, Spec{DemoWorkspace::tr("Torino WEEE and textile waste collection 2019-2023"),
                                DemoWorkspace::tr("Monthly collected small WEEE and textile waste per district (synthetic)."),
                                QStringLiteral("waste"), {QStringLiteral("waste"), QStringLiteral("WEEE"), QStringLiteral("circularity"), QStringLiteral("demo")},
                                monthlyFields(QStringLiteral("collected"), QStringLiteral("t")), fiveYears,
                                monthly(torino, "collected", 85, 0.04, rng)}});
    specs.append({&differdange, Spec{DemoWorkspace::tr("Differdange CO2 emissions 2019-2023"),
                                     DemoWorkspace::tr("Monthly CO2 emissions estimated per district (synthetic)."),
                                     QStringLiteral("climate"), {QStringLiteral("emissions"), QStringLiteral("co2"), QStringLiteral("demo")},
                                     monthlyFields(QStringLiteral("co2"), QStringLiteral("t")), fiveYears,
                                     monthly(differdange, "co2", 2100, -0.05, rng)}});

    Summary summary;
    for (int i = 0; i < specs.size(); ++i) {
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, DemoWorkspace::tr("Demo workspace creation cancelled"));
        const DemoCity &city = *specs.at(i).first;
        const Spec &s = specs.at(i).second;
        // Titles are translated, so "already there" is decided by what does not change with the
        // language: the generator as source, the city and the domain (one demo dataset each).
        CatalogQuery q;
        q.cities = {city.name};
        q.domains = {s.domain};
        q.limit = 0;
        q.withFacets = false;
        Result<SearchResult> found = ws.catalog().search(q);
        if (!found)
            return found.error();
        auto same = std::find_if(found->records.cbegin(), found->records.cend(),
                                 [&](const DatasetRecord &r) { return r.source == kSource; });
        if (same != found->records.cend()) {
            summary.existing << same->id;
            continue;
        }
        Result<ObjectInfo> blob = ws.store().putData(s.table.csv);
        if (!blob)
            return blob.error();
        DatasetRecord r;
        r.title = s.title;
        r.description = s.description;
        r.source = kSource;
        r.publisher = DemoWorkspace::tr("City of %1").arg(city.name);
        r.city = city.name;
        r.countryCode = city.countryCode;
        r.domain = s.domain;
        r.keywords = s.keywords;
        r.license = QStringLiteral("CC-BY-4.0");
        r.format = QStringLiteral("CSV");
        r.mediaType = QStringLiteral("text/csv");
        r.timeStart = s.domain == QLatin1String("air") ? kStart : QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC);
        r.timeEnd = s.end;
        r.bbox = Extent(city.lon - 0.08, city.lat - 0.06, city.lon + 0.08, city.lat + 0.06);
        r.footprint = wkb::polygonFromExtent(r.bbox);
        r.crs = QStringLiteral("EPSG:4326");
        r.featureCount = s.table.rows;
        r.fields = s.fields;
        r.byteSize = blob->size;
        r.sha256 = blob->sha256;
        r.validation = DatasetRecord::Validation::Valid;
        Result<DatasetRecord> stored = ws.catalog().insert(r);
        if (!stored)
            return stored.error();
        summary.created << stored->id;
        if (feedback)
            feedback->setProgress(100.0 * (i + 1) / specs.size());
    }
    return summary;
}

} // namespace urbis
