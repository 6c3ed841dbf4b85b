#include "aircsv.h"

#include <QFile>
#include <QRandomGenerator>

namespace aircsv {

bool write(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("source,cityName,countrycode,zipcode,lat,lon,dominentpol,humidity,co,no2,pressure,pm10,pm25,"
            "temperature,windspeed,timeRecorded,station\n");
    QRandomGenerator rng(1);
    QByteArray line;
    for (qint64 i = 0; i < rows; ++i) {
        line.clear();
        line += "oup,Athens,GR,10552,";
        line += QByteArray::number(37.9 + rng.bounded(0.2), 'f', 5) + ',' + QByteArray::number(23.6 + rng.bounded(0.2), 'f', 5);
        line += ",pm10," + QByteArray::number(rng.bounded(100.0), 'f', 1) + ',' + QByteArray::number(rng.bounded(2.0), 'f', 3);
        line += ',' + QByteArray::number(rng.bounded(80.0), 'f', 1) + ',' + QByteArray::number(990 + rng.bounded(40.0), 'f', 1);
        line += ',' + QByteArray::number(rng.bounded(90.0), 'f', 1) + ',' + QByteArray::number(rng.bounded(60.0), 'f', 1);
        line += ',' + QByteArray::number(rng.bounded(40.0) - 5, 'f', 1) + ',' + QByteArray::number(rng.bounded(20.0), 'f', 1);
        // Each station's readings move forward in time (hourly), as a real feed's do.
        const qint64 hour = i / 40;
        // Months of 28 days keep every date valid; 10 million rows span 1990..2021 (nothing in the future).
        line += ',' + QByteArray::number(1990 + hour / 24 / 336) + '-' +
                QByteArray::number(1 + (hour / 24 / 28) % 12).rightJustified(2, '0') + '-' +
                QByteArray::number(1 + (hour / 24) % 28).rightJustified(2, '0') + 'T' +
                QByteArray::number(hour % 24).rightJustified(2, '0') + ":00:00Z,ATH-" + QByteArray::number(i % 40) + '\n';
        if (f.write(line) != line.size())
            return false;
    }
    return true;
}

} // namespace aircsv
