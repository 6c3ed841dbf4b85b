#include "fieldroles.h"

namespace urbis::fieldroles {

namespace {

bool inSet(const QString &n, std::initializer_list<const char *> names)
{
    for (const char *candidate : names)
        if (n == QLatin1String(candidate))
            return true;
    return false;
}

bool endsWithAny(const QString &n, std::initializer_list<const char *> suffixes)
{
    for (const char *s : suffixes)
        if (n.endsWith(QLatin1String(s)))
            return true;
    return false;
}

bool startsWithAny(const QString &n, std::initializer_list<const char *> prefixes)
{
    for (const char *p : prefixes)
        if (n.startsWith(QLatin1String(p)))
            return true;
    return false;
}

// "id" as a word of the original name: "station_id", "sensorId", "ID". Normalising first would also
// catch "humid" or "fluid".
bool hasIdWord(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0)
        return true;
    if (trimmed.size() < 3)
        return false;
    const QStringView tail = QStringView(trimmed).right(2);
    const QChar before = trimmed.at(trimmed.size() - 3);
    if (tail == u"Id" || tail == u"ID")
        return true;
    return tail.compare(u"id", Qt::CaseInsensitive) == 0 && !before.isLetterOrNumber();
}

} // namespace

QString normalized(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    return out;
}

bool isLatitude(const QString &name)
{
    const QString n = normalized(name);
    return inSet(n, {"lat", "latitude", "gpslat", "geolat", "wgs84lat", "latwgs84", "latdeg", "ylat",
                     "latdd"}) ||
           n.endsWith(QLatin1String("latitude"));
}

bool isLongitude(const QString &name)
{
    const QString n = normalized(name);
    return inSet(n, {"lon", "lng", "long", "longitude", "gpslon", "gpslng", "geolon", "geolng", "wgs84lon",
                     "lonwgs84", "londeg", "xlon", "londd"}) ||
           n.endsWith(QLatin1String("longitude"));
}

bool isPlanarX(const QString &name)
{
    return inSet(normalized(name), {"x", "xcoord", "xcoordinate", "coordx", "easting"});
}

bool isPlanarY(const QString &name)
{
    return inSet(normalized(name), {"y", "ycoord", "ycoordinate", "coordy", "northing"});
}

bool isStation(const QString &name)
{
    const QString n = normalized(name);
    return inSet(n, {"station", "stationid", "stationcode", "stationname", "stationref", "sensor", "sensorid",
                     "sensorcode", "entityid", "device", "deviceid", "site", "siteid", "sitecode",
                     "locationid", "thingid", "meterid", "gaugeid", "monitorid",
                     // Monthly tables per district are one series per district, like a station's.
                     "district", "districtid", "districtcode", "zone", "zoneid"});
}

bool isTime(const QString &name)
{
    const QString n = normalized(name);
    return inSet(n, {"time", "timestamp", "datetime", "date", "ts", "observedat", "measuredat", "recordedat",
                     "dateobserved", "observationtime", "timerecorded", "timeinstant", "validfrom"}) ||
           endsWithAny(n, {"time", "timestamp", "datetime"}) || n.startsWith(QLatin1String("date"));
}

bool isYear(const QString &name)
{
    const QString n = normalized(name);
    return inSet(n, {"year", "yr", "jahr", "anno", "annee", "ano", "fiscalyear"}) ||
           n.endsWith(QLatin1String("year")) || n.startsWith(QLatin1String("year"));
}

bool isUnitless(const QString &name)
{
    if (hasIdWord(name) || isLatitude(name) || isLongitude(name) || isPlanarX(name) || isPlanarY(name) ||
        isStation(name) || isTime(name) || isYear(name))
        return true;
    const QString n = normalized(name);
    return inSet(n, {"fid",        "gid",        "oid",     "objectid",  "code",      "number",   "no",
                     "nr",         "num",        "index",   "idx",       "rank",      "zip",      "zipcode",
                     "postcode",   "postalcode", "plz",     "month",     "day",       "hour",     "minute",
                     "second",     "week",       "weekday", "dayofweek", "dayofyear", "doy",      "quarter",
                     "population", "version",    "level",   "floor",     "priority",  "category", "class",
                     "flag",       "status",     "quality"}) ||
           endsWithAny(n, {"count", "cnt", "code", "number", "index", "flag", "rank"}) ||
           startsWithAny(n, {"numberof", "nof", "countof"}) ||
           (name.startsWith(QLatin1String("n_")) || name.startsWith(QLatin1String("num_")));
}

} // namespace urbis::fieldroles
