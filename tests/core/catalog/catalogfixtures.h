#pragma once

#include "catalog/datasetrecord.h"
#include "geo/wkb.h"

namespace urbis::fixtures {

/** A complete, valid record; tests change what they need. */
inline DatasetRecord record(const QString &title, const QString &city = QStringLiteral("Athens"),
                            const QString &domain = QStringLiteral("air"))
{
    DatasetRecord r;
    r.title = title;
    r.description = QStringLiteral("Hourly measurements of %1").arg(title);
    r.source = QStringLiteral("Test sensors");
    r.publisher = QStringLiteral("City of %1").arg(city);
    r.city = city;
    r.countryCode = QStringLiteral("GR");
    r.domain = domain;
    r.keywords = {QStringLiteral("pm10"), QStringLiteral("air quality")};
    r.license = QStringLiteral("CC-BY-4.0");
    r.format = QStringLiteral("CSV");
    r.mediaType = QStringLiteral("text/csv");
    r.timeStart = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
    r.timeEnd = QDateTime(QDate(2023, 1, 31), QTime(23, 0), Qt::UTC);
    r.bbox = Extent(23.6, 37.9, 23.8, 38.1);
    r.footprint = wkb::polygonFromExtent(r.bbox);
    r.crs = QStringLiteral("EPSG:4326");
    r.featureCount = 1488;
    r.fields = {{QStringLiteral("timeRecorded"), QStringLiteral("datetime"), {}, {}},
                {QStringLiteral("pm10"), QStringLiteral("number"), QStringLiteral("ug/m3"), QStringLiteral("PM10")}};
    r.byteSize = 4096;
    r.sha256 = QString(64, QLatin1Char('a'));
    return r;
}

} // namespace urbis::fixtures
