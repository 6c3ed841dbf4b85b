#pragma once

#include <QList>
#include <QString>

namespace urbis {

/** One of the eight CLIMABOROUGH cities the demo workspace ships data for. */
struct DemoCity
{
    QString name;
    QString countryCode;
    double lat = 0;
    double lon = 0;
    QString stationPrefix;

    static const QList<DemoCity> &all();
};

} // namespace urbis
