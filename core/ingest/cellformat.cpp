#include "cellformat.h"

#include "cellparse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace urbis::cellformat {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return isDigit(c) || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool dnsLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    for (QChar c : label)
        if (!c.isLetterOrNumber() && c != u'-')
            return false;
    return true;
}

std::optional<QPointF> lonLat(double lon, double lat)
{
    // NaN compares false everywhere, so it fails the range check as Decimal('NaN') does in Python.
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90))
        return std::nullopt;
    return QPointF(lon, lat);
}

std::optional<double> coordinate(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString())
        return cellparse::number(v.toString());
    return std::nullopt;
}

} // namespace

bool email(QStringView t)
{
    const qsizetype at = t.lastIndexOf(u'@');
    if (at <= 0 || at > 64 || at == t.size() - 1)
        return false;
    for (QChar c : t.left(at))
        if (c.isSpace() || c == u'@' || c.category() == QChar::Other_Control)
            return false;
    const QStringView domain = t.mid(at + 1);
    qsizetype labels = 0;
    for (QStringView label : domain.tokenize(u'.')) {
        if (!dnsLabel(label))
            return false;
        ++labels;
    }
    return labels >= 2;
}

bool uri(QStringView t)
{
    const qsizetype colon = t.indexOf(u':');
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = t[i];
        const bool alpha = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (!alpha && (i == 0 || !(isDigit(c) || c == u'+' || c == u'-' || c == u'.')))
            return false;
    }
    for (QChar c : t)
        if (c.isSpace())
            return false;
    return true;
}

bool uuid(QStringView t)
{
    if (t.size() != 36)
        return false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? t[i] != u'-' : !isHex(t[i]))
            return false;
    }
    return true;
}

bool base64(QStringView t)
{
    // Python's b64decode without validate=True drops characters outside the alphabet, then needs
    // whole groups of four (padding included).
    qsizetype data = 0, padding = 0;
    for (QChar c : t) {
        const char16_t u = c.unicode();
        const bool alphabet =
            (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || isDigit(c) || u == u'+' || u == u'/';
        if (alphabet && padding > 0)
            return false;
        if (alphabet)
            ++data;
        else if (u == u'=')
            ++padding;
    }
    return data % 4 != 1 && (data + padding) % 4 == 0;
}

std::optional<QPointF> geopoint(QStringView text, QStringView format)
{
    if (format == u"default") {
        const qsizetype comma = text.indexOf(u',');
        if (comma < 0 || text.indexOf(u',', comma + 1) >= 0)
            return std::nullopt;
        const std::optional<double> lon = cellparse::number(text.left(comma)),
                                    lat = cellparse::number(text.mid(comma + 1));
        if (!lon || !lat)
            return std::nullopt;
        return lonLat(*lon, *lat);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (!doc.isArray() && !doc.isObject())
        return std::nullopt;
    return geopointJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), format);
}

std::optional<QPointF> geopointJson(const QJsonValue &value, QStringView format)
{
    if (value.isString())
        return geopoint(value.toString(), format);
    std::optional<double> lon, lat;
    if (format == u"object" && value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.size() != 2)
            return std::nullopt;
        lon = coordinate(o.value(QLatin1String("lon")));
        lat = coordinate(o.value(QLatin1String("lat")));
    } else if (format != u"object" && value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.size() != 2)
            return std::nullopt;
        lon = coordinate(a.at(0));
        lat = coordinate(a.at(1));
    }
    if (!lon || !lat)
        return std::nullopt;
    return lonLat(*lon, *lat);
}

bool geojson(const QJsonObject &o, QStringView format)
{
    const QString type = o.value(QLatin1String("type")).toString();
    if (format == u"topojson")
        return type == QLatin1String("Topology") && o.value(QLatin1String("objects")).isObject();
    static const QStringList geometries{QStringLiteral("Point"),      QStringLiteral("MultiPoint"),
                                        QStringLiteral("LineString"), QStringLiteral("MultiLineString"),
                                        QStringLiteral("Polygon"),    QStringLiteral("MultiPolygon")};
    if (geometries.contains(type))
        return o.value(QLatin1String("coordinates")).isArray();
    if (type == QLatin1String("GeometryCollection"))
        return o.value(QLatin1String("geometries")).isArray();
    if (type == QLatin1String("Feature")) {
        const QJsonValue g = o.value(QLatin1String("geometry")), p = o.value(QLatin1String("properties"));
        return (g.isObject() || g.isNull()) && (p.isObject() || p.isNull());
    }
    if (type == QLatin1String("FeatureCollection"))
        return o.value(QLatin1String("features")).isArray();
    return false;
}

} // namespace urbis::cellformat
