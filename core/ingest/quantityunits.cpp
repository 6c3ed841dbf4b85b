#include "quantityunits.h"

#include "fieldroles.h"

#include <QHash>

namespace urbis::quantityunits {

namespace {

QString canonicalUnit(const QString &unit)
{
    QString u = unit.trimmed().toLower();
    u.replace(QChar(0x00B5), u'u').replace(QChar(0x03BC), u'u').replace(QChar(0x00B3), u'3');
    u.remove(u'^');
    return u;
}

Quantity make(const char *name, const char *suggested, std::initializer_list<const char *> accepted)
{
    Quantity q{name, QString::fromUtf8(suggested), {}};
    for (const char *a : accepted)
        q.accepted << canonicalUnit(QString::fromUtf8(a));
    return q;
}

// GQ / GP / 59 / 61 ... are UN/CEFACT Rec. 20 common codes (microgram / milligram per cubic metre,
// ppm, ppb); the bracketed ones are UCUM's arbitrary units.
const Quantity &particulates()
{
    static const Quantity q = make("mass concentration", "ug/m3", {"ug/m3", "mg/m3", "ng/m3", "GQ", "GP"});
    return q;
}
const Quantity &gas(const char *suggested)
{
    static const std::initializer_list<const char *> units{"ug/m3", "mg/m3", "ng/m3", "GQ", "GP", "[ppb]",
                                                           "ppb",   "[ppm]", "ppm",   "59", "61"};
    static const Quantity micro = make("gas concentration", "ug/m3", units);
    static const Quantity milli = make("gas concentration", "mg/m3", units);
    static const Quantity ppm = make("gas concentration", "[ppm]", units);
    const QLatin1String s(suggested);
    return s == QLatin1String("mg/m3") ? milli : s == QLatin1String("[ppm]") ? ppm : micro;
}

const QHash<QString, const Quantity *> &table()
{
    static const Quantity temperature =
        make("temperature", "Cel", {"Cel", "°C", "degC", "CEL", "K", "KEL", "[degF]", "°F", "FAH"});
    static const Quantity humidity = make("relative humidity", "%", {"%", "P1", "%RH"});
    static const Quantity pressure = make(
        "pressure", "hPa", {"hPa", "Pa", "kPa", "mbar", "bar", "mm[Hg]", "A97", "PAL", "KPA", "MBR", "BAR"});
    static const Quantity speed =
        make("speed", "m/s", {"m/s", "km/h", "[kn_i]", "kn", "[mi_i]/h", "mph", "MTS", "KMH", "KNT", "HM"});
    static const Quantity noise = make("sound level", "dB", {"dB", "dB(A)", "dBA", "2N"});
    static const Quantity length = make("length", "m", {"m", "km", "MTR", "KMT"});
    static const Quantity rain = make("precipitation", "mm", {"mm", "MMT", "mm/h", "kg/m2"});
    static const QHash<QString, const Quantity *> t{
        {QStringLiteral("pm1"), &particulates()},
        {QStringLiteral("pm10"), &particulates()},
        {QStringLiteral("pm25"), &particulates()},
        {QStringLiteral("no2"), &gas("ug/m3")},
        {QStringLiteral("nitrogendioxide"), &gas("ug/m3")},
        {QStringLiteral("nox"), &gas("ug/m3")},
        {QStringLiteral("o3"), &gas("ug/m3")},
        {QStringLiteral("ozone"), &gas("ug/m3")},
        {QStringLiteral("so2"), &gas("ug/m3")},
        {QStringLiteral("sulphurdioxide"), &gas("ug/m3")},
        {QStringLiteral("sulfurdioxide"), &gas("ug/m3")},
        {QStringLiteral("nh3"), &gas("ug/m3")},
        {QStringLiteral("benzene"), &gas("ug/m3")},
        {QStringLiteral("co"), &gas("mg/m3")},
        {QStringLiteral("carbonmonoxide"), &gas("mg/m3")},
        // No "co2": city data means a concentration (ppm) as often as emissions (t CO2e), so the
        // name alone cannot say which unit is wrong.
        {QStringLiteral("temperature"), &temperature},
        {QStringLiteral("temp"), &temperature},
        {QStringLiteral("tempmin"), &temperature},
        {QStringLiteral("tempmax"), &temperature},
        {QStringLiteral("airtemperature"), &temperature},
        {QStringLiteral("dew"), &temperature},
        {QStringLiteral("dewpoint"), &temperature},
        {QStringLiteral("feelslike"), &temperature},
        {QStringLiteral("humidity"), &humidity},
        {QStringLiteral("relativehumidity"), &humidity},
        {QStringLiteral("pressure"), &pressure},
        {QStringLiteral("airpressure"), &pressure},
        {QStringLiteral("atmosphericpressure"), &pressure},
        {QStringLiteral("windspeed"), &speed},
        {QStringLiteral("windgust"), &speed},
        {QStringLiteral("winddirection"), &angle()},
        {QStringLiteral("winddegree"), &angle()},
        {QStringLiteral("winddeg"), &angle()},
        {QStringLiteral("winddir"), &angle()},
        {QStringLiteral("noise"), &noise},
        {QStringLiteral("noiselevel"), &noise},
        {QStringLiteral("soundlevel"), &noise},
        {QStringLiteral("visibility"), &length},
        {QStringLiteral("precipitation"), &rain},
        {QStringLiteral("rainfall"), &rain},
    };
    return t;
}

} // namespace

const Quantity &angle()
{
    static const Quantity q = make("plane angle", "deg", {"deg", "DD", "°", "degree", "degrees"});
    return q;
}

const Quantity *forField(const QString &fieldName)
{
    return table().value(fieldroles::normalized(fieldName), nullptr);
}

bool accepts(const Quantity &quantity, const QString &unit)
{
    return quantity.accepted.contains(canonicalUnit(unit));
}

} // namespace urbis::quantityunits
