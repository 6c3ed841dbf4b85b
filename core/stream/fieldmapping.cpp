#include "fieldmapping.h"

#include "../ingest/fieldroles.h"
#include "../ingest/quantityunits.h"
#include "sampletime.h"

#include <QJsonArray>

namespace urbis {

namespace {

QString unitFor(const QString &key)
{
    const quantityunits::Quantity *q = quantityunits::forField(key);
    return q ? q->suggested : QString();
}

/** A number, or a number written as text; NaN otherwise. */
double numberOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

/** Scalars as text (null QString when absent or not a scalar). */
QString textOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Integers (ids, zip codes) without a trailing ".0" or an exponent.
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

const char *formatName(FieldMapping::TimeFormat f)
{
    switch (f) {
    case FieldMapping::TimeFormat::EpochSeconds:
        return "epochSeconds";
    case FieldMapping::TimeFormat::EpochMillis:
        return "epochMillis";
    case FieldMapping::TimeFormat::Iso:
        return "iso";
    default:
        return "auto";
    }
}

// Numbers that name rather than measure: kept as text attributes by infer().
bool isCodeNumber(const QString &key)
{
    const QString n = fieldroles::normalized(key);
    return n == u"zip" || n == u"zipcode" || n == u"postcode" || n == u"postalcode" || n == u"plz" ||
           n.endsWith(QLatin1String("code")) || n == u"id" || key.endsWith(QLatin1String("Id")) ||
           key.endsWith(QLatin1String("_id"));
}

QString pickTimeKey(const QJsonObject &first)
{
    static const char *const preferred[] = {"timeRecorded", "time",     "timestamp", "observedAt",
                                            "dateObserved", "datetime", "date"};
    for (const char *k : preferred) {
        const QString key = QString::fromLatin1(k);
        if (first.contains(key) && sampletime::read(first.value(key), FieldMapping::TimeFormat::Auto))
            return key;
    }
    for (auto it = first.begin(); it != first.end(); ++it)
        if (fieldroles::isTime(it.key()) && sampletime::read(it.value(), FieldMapping::TimeFormat::Auto))
            return it.key();
    // An unnamed ISO date-time ("2023-05-17T03:16:00Z") is a time too; bare numbers are not.
    for (auto it = first.begin(); it != first.end(); ++it)
        if (it.value().isString() && it.value().toString().contains(u'T') &&
            sampletime::fromIso(it.value().toString()))
            return it.key();
    return {};
}

QString pickEntityKey(const QJsonObject &first)
{
    auto usable = [&](const QString &key) {
        const QJsonValue v = first.value(key);
        return v.isString() || v.isDouble();
    };
    static const char *const preferred[] = {"station",   "entity",   "id",      "sensor",
                                            "stationId", "sensorId", "deviceId"};
    for (const char *k : preferred)
        if (usable(QString::fromLatin1(k)))
            return QString::fromLatin1(k);
    for (auto it = first.begin(); it != first.end(); ++it)
        if (fieldroles::isStation(it.key()) && usable(it.key()))
            return it.key();
    for (const char *k : {"cityName", "city", "name"})
        if (first.value(QString::fromLatin1(k)).isString())
            return QString::fromLatin1(k);
    return {};
}

} // namespace

FieldMapping FieldMapping::annexB()
{
    FieldMapping m;
    m.timeKey = QStringLiteral("timeRecorded");
    m.entityKey = QStringLiteral("station|cityName");
    m.latKey = QStringLiteral("lat");
    m.lonKey = QStringLiteral("lon");
    for (const char *key :
         {"humidity", "co", "no2", "pressure", "pm10", "pm25", "temperature", "temp_min", "temp_max",
          "windspeed", "windgust", "winddegree", "ozone", "dew", "sulphurDioxide", "visibility"}) {
        const QString k = QString::fromLatin1(key);
        m.measures.append({k, unitFor(k)});
    }
    // The Annex's config spells "dominentpol" (as WAQI does); its description "dominantpol".
    m.attributes = {QStringLiteral("source"),  QStringLiteral("cityName"),    QStringLiteral("countrycode"),
                    QStringLiteral("zipcode"), QStringLiteral("dominentpol"), QStringLiteral("dominantpol")};
    return m;
}

FieldMapping FieldMapping::infer(const QJsonObject &first)
{
    FieldMapping m;
    m.timeKey = pickTimeKey(first);
    m.entityKey = pickEntityKey(first);
    for (auto it = first.begin(); it != first.end(); ++it) {
        const QString &key = it.key();
        if (key == m.timeKey || key == m.entityKey)
            continue;
        const QJsonValue v = it.value();
        if (m.latKey.isEmpty() && fieldroles::isLatitude(key) && std::isfinite(numberOf(v))) {
            m.latKey = key;
        } else if (m.lonKey.isEmpty() && fieldroles::isLongitude(key) && std::isfinite(numberOf(v))) {
            m.lonKey = key;
        } else if (v.isDouble() && !isCodeNumber(key)) {
            m.measures.append({key, unitFor(key)});
        } else if (v.isString() || v.isBool() || v.isDouble()) {
            m.attributes.append(key);
        }
    }
    if (m.isEmpty())
        return {};
    return m;
}

Result<StreamSample> FieldMapping::map(const QJsonObject &record, qint64 receivedMs) const
{
    StreamSample s;
    s.receivedMs = receivedMs;
    s.timeMs = receivedMs;
    if (!timeKey.isEmpty()) {
        const QJsonValue t = record.value(timeKey);
        if (!t.isUndefined() && !t.isNull()) {
            const std::optional<qint64> ms = sampletime::read(t, timeFormat);
            if (!ms)
                return Error(Error::Code::InvalidData,
                             tr("\"%1\" is not a time: %2").arg(timeKey, textOf(t).left(40)));
            s.timeMs = *ms;
        }
    }
    for (const QStringView key : QStringView(entityKey).tokenize(u'|', Qt::SkipEmptyParts)) {
        s.entity = textOf(record.value(key));
        if (!s.entity.isEmpty())
            break;
    }
    if (!latKey.isEmpty())
        s.lat = numberOf(record.value(latKey));
    if (!lonKey.isEmpty())
        s.lon = numberOf(record.value(lonKey));
    bool any = false;
    s.values.resize(size_t(measures.size()));
    for (qsizetype i = 0; i < measures.size(); ++i) {
        s.values[size_t(i)] = numberOf(record.value(measures[i].key));
        any = any || std::isfinite(s.values[size_t(i)]);
    }
    if (!attributes.isEmpty()) {
        s.attributes.reserve(attributes.size());
        for (const QString &key : attributes) {
            s.attributes.append(textOf(record.value(key)));
            any = any || !s.attributes.constLast().isNull();
        }
    }
    if (!any)
        return Error(Error::Code::InvalidData,
                     tr("The record has none of the mapped measures or attributes"));
    return s;
}

int FieldMapping::measureIndex(const QString &key) const
{
    for (qsizetype i = 0; i < measures.size(); ++i)
        if (measures[i].key == key)
            return int(i);
    return -1;
}

QJsonObject FieldMapping::toJson() const
{
    QJsonArray ms;
    for (const Measure &m : measures) {
        QJsonObject o{{QStringLiteral("key"), m.key}};
        if (!m.unit.isEmpty())
            o.insert(QStringLiteral("unit"), m.unit);
        ms.append(o);
    }
    return QJsonObject{{QStringLiteral("timeKey"), timeKey},
                       {QStringLiteral("timeFormat"), QString::fromLatin1(formatName(timeFormat))},
                       {QStringLiteral("entityKey"), entityKey},
                       {QStringLiteral("latKey"), latKey},
                       {QStringLiteral("lonKey"), lonKey},
                       {QStringLiteral("measures"), ms},
                       {QStringLiteral("attributes"), QJsonArray::fromStringList(attributes)}};
}

Result<FieldMapping> FieldMapping::fromJson(const QJsonObject &o)
{
    auto bad = [](const char *key, const QString &expected) {
        return Error(Error::Code::InvalidData,
                     tr("Field mapping: \"%1\" must be %2").arg(QString::fromLatin1(key), expected));
    };
    FieldMapping m;
    QString *texts[] = {&m.timeKey, &m.entityKey, &m.latKey, &m.lonKey};
    const char *textKeys[] = {"timeKey", "entityKey", "latKey", "lonKey"};
    for (int i = 0; i < 4; ++i) {
        const QJsonValue v = o.value(QLatin1String(textKeys[i]));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return bad(textKeys[i], tr("text"));
        *texts[i] = v.toString();
    }
    const QJsonValue format = o.value(QLatin1String("timeFormat"));
    if (!format.isUndefined()) {
        bool known = false;
        for (TimeFormat f :
             {TimeFormat::Auto, TimeFormat::EpochSeconds, TimeFormat::EpochMillis, TimeFormat::Iso})
            if (format.toString() == QLatin1String(formatName(f))) {
                m.timeFormat = f;
                known = true;
            }
        if (!known)
            return bad("timeFormat", tr("one of auto, epochSeconds, epochMillis, iso"));
    }
    const QJsonValue measures = o.value(QLatin1String("measures"));
    if (!measures.isUndefined() && !measures.isArray())
        return bad("measures", tr("a list"));
    for (const QJsonValue &v : measures.toArray()) {
        // {"key": "pm10", "unit": "ug/m3"} or just "pm10".
        const Measure measure = v.isString() ? Measure{v.toString(), {}}
                                             : Measure{v.toObject().value(QLatin1String("key")).toString(),
                                                       v.toObject().value(QLatin1String("unit")).toString()};
        if (measure.key.isEmpty())
            return bad("measures", tr("a list of keys or {\"key\", \"unit\"} objects"));
        m.measures.append(measure);
    }
    const QJsonValue attributes = o.value(QLatin1String("attributes"));
    if (!attributes.isUndefined() && !attributes.isArray())
        return bad("attributes", tr("a list of keys"));
    for (const QJsonValue &v : attributes.toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return bad("attributes", tr("a list of keys"));
        m.attributes.append(v.toString());
    }
    return m;
}

} // namespace urbis
