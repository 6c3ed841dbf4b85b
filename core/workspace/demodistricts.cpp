#include "demodistricts.h"

#include <QTextStream>

namespace urbis {

DemoFile DemoDistricts::generate(const DemoCity &c)
{
    DemoFile file;
    file.fileName = QStringLiteral("%1-districts-%2.geojson").arg(DemoFile::slug(c.name)).arg(kYear);
    file.schema.crs = QStringLiteral("EPSG:4326");
    // In the order of the features' properties: the schema is matched to the layer's fields by position.
    file.schema.fields = {
        DemoFile::field(QStringLiteral("cityName"), QStringLiteral("string"), {}, tr("Name of the city")),
        DemoFile::field(QStringLiteral("district"), QStringLiteral("string"), {}, tr("Name of the district")),
        DemoFile::field(QStringLiteral("locationId"), QStringLiteral("string"), {}, tr("Code of the district")),
        DemoFile::field(QStringLiteral("population"), QStringLiteral("integer"), {}, tr("Residents")),
        DemoFile::field(QStringLiteral("year"), QStringLiteral("year"), {}, tr("Year the residents were counted")),
    };
    file.schema.fields[3].constraints.minimum = 0;

    // Written by hand rather than through QJsonDocument so the key order, and so the bytes, are fixed.
    QTextStream out(&file.bytes);
    out << "{\n\"type\": \"FeatureCollection\",\n\"features\": [\n";
    for (int d = 0; d < c.districts.size(); ++d) {
        const Extent b = c.districtBox(d);
        auto pt = [](double lon, double lat) {
            return QStringLiteral("[%1, %2]").arg(QString::number(lon, 'f', 5), QString::number(lat, 'f', 5));
        };
        // RFC 7946: exterior rings counterclockwise.
        out << "{\"type\": \"Feature\", \"properties\": {\"cityName\": \"" << c.name << "\", \"district\": \""
            << c.districts.at(d).name << "\", \"locationId\": \"" << c.districtCode(d)
            << "\", \"population\": " << c.districts.at(d).population << ", \"year\": " << kYear
            << "}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[" << pt(b.west, b.south) << ", "
            << pt(b.east, b.south) << ", " << pt(b.east, b.north) << ", " << pt(b.west, b.north) << ", "
            << pt(b.west, b.south) << "]]}}" << (d + 1 < c.districts.size() ? ",\n" : "\n");
    }
    out << "]\n}\n";
    out.flush();
    return file;
}

} // namespace urbis
