#include "demomonthlytable.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTextStream>

#include <cmath>

namespace urbis {

DemoFile DemoMonthlyTable::generate(const DemoCity &c, const QString &fileName, const QList<TableField> &measures,
                                    int decimals, const Values &values)
{
    DemoFile file;
    file.fileName = fileName;
    file.schema.crs = QStringLiteral("EPSG:4326");
    // locationId is what the checks know as a station: times must increase per district, not per table.
    file.schema.fields = {
        DemoFile::field(QStringLiteral("cityName"), QStringLiteral("string"), {}, tr("Name of the city")),
        DemoFile::field(QStringLiteral("district"), QStringLiteral("string"), {}, tr("Name of the district")),
        DemoFile::field(QStringLiteral("locationId"), QStringLiteral("string"), {}, tr("Code of the district")),
        DemoFile::field(QStringLiteral("lat"), QStringLiteral("number"), QStringLiteral("deg"), tr("Latitude of the district centre")),
        DemoFile::field(QStringLiteral("lon"), QStringLiteral("number"), QStringLiteral("deg"), tr("Longitude of the district centre")),
        DemoFile::field(QStringLiteral("month"), QStringLiteral("date"), {}, tr("First day of the month")),
    };
    file.schema.fields += measures;

    QRandomGenerator rng(DemoFile::seedFor(fileName));
    QTextStream out(&file.bytes);
    out << "cityName,district,locationId,lat,lon,month";
    for (const TableField &m : measures)
        out << ',' << m.name;
    out << '\n';
    for (int m = 0; m < kMonths; ++m) {
        const QString month = QDate(2019 + m / 12, m % 12 + 1, 1).toString(Qt::ISODate);
        for (int d = 0; d < c.districts.size(); ++d) {
            const Extent box = c.districtBox(d);
            out << c.name << ',' << c.districts.at(d).name << ',' << c.districtCode(d) << ','
                << QString::number((box.south + box.north) / 2, 'f', 5) << ','
                << QString::number((box.west + box.east) / 2, 'f', 5) << ',' << month;
            for (double v : values(d, m, rng))
                out << ',' << QString::number(v, 'f', decimals);
            out << '\n';
        }
    }
    out.flush();
    return file;
}

double DemoMonthlyTable::trend(int month, double perYear)
{
    return 1 + perYear * month / 12.0;
}

double DemoMonthlyTable::winter(int month, double amplitude)
{
    return 1 + amplitude * std::cos(2 * M_PI * (month % 12) / 12.0);
}

} // namespace urbis
