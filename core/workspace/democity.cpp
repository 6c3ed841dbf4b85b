#include "democity.h"

namespace urbis {

const QList<DemoCity> &DemoCity::all()
{
    static const QList<DemoCity> cities{
        {QStringLiteral("Athens"), QStringLiteral("GR"), 37.9838, 23.7275, QStringLiteral("ATH")},
        {QStringLiteral("Differdange"), QStringLiteral("LU"), 49.5242, 5.8914, QStringLiteral("DIF")},
        {QStringLiteral("Grenoble-Alpes"), QStringLiteral("FR"), 45.1885, 5.7245, QStringLiteral("GRE")},
        {QStringLiteral("Sofia"), QStringLiteral("BG"), 42.6977, 23.3219, QStringLiteral("SOF")},
        {QStringLiteral("Cascais"), QStringLiteral("PT"), 38.6979, -9.4215, QStringLiteral("CAS")},
        {QStringLiteral("Ioannina"), QStringLiteral("GR"), 39.6650, 20.8537, QStringLiteral("IOA")},
        {QStringLiteral("Maribor"), QStringLiteral("SI"), 46.5547, 15.6459, QStringLiteral("MAR")},
        {QStringLiteral("Torino"), QStringLiteral("IT"), 45.0703, 7.6869, QStringLiteral("TOR")},
    };
    return cities;
}

} // namespace urbis
