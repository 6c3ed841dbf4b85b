#include "messageparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace urbis {

namespace {

bool isNgsiAttribute(const QJsonValue &v)
{
    if (!v.isObject())
        return false;
    const QJsonValue type = v.toObject().value(QLatin1String("type"));
    return type == QLatin1String("Property") || type == QLatin1String("GeoProperty") ||
           type == QLatin1String("Relationship") || type == QLatin1String("LanguageProperty");
}

bool isEntity(const QJsonObject &o)
{
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString() || !o.value(QLatin1String("type")).isString())
        return false;
    if (id.toString().startsWith(QLatin1String("urn:")) || o.contains(QLatin1String("@context")))
        return true;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (isNgsiAttribute(it.value()))
            return true;
    return false;
}

/** Sets lat/lon from a GeoJSON Point ([lon, lat]); false for anything else. */
bool takePoint(const QJsonValue &geometry, QJsonObject &out)
{
    const QJsonObject g = geometry.toObject();
    if (g.value(QLatin1String("type")) != QLatin1String("Point"))
        return false;
    const QJsonArray c = g.value(QLatin1String("coordinates")).toArray();
    if (c.size() < 2 || !c.at(0).isDouble() || !c.at(1).isDouble())
        return false;
    out.insert(QLatin1String("lon"), c.at(0));
    out.insert(QLatin1String("lat"), c.at(1));
    return true;
}

QJsonObject flatten(const QJsonObject &entity)
{
    QJsonObject out;
    QJsonValue observedAt(QJsonValue::Undefined);
    bool havePoint = false;
    for (auto it = entity.begin(); it != entity.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("id")) {
            out.insert(QLatin1String("entity"), v);
        } else if (key.startsWith(u'@')) {
            continue; // @context and other JSON-LD keywords
        } else if (v.isObject()) {
            const QJsonObject a = v.toObject();
            const QJsonValue type = a.value(QLatin1String("type"));
            if (type == QLatin1String("GeoProperty") || type == QLatin1String("Point")) {
                // "location" wins over other geometries (observationSpace, operationSpace).
                const QJsonValue geometry =
                    type == QLatin1String("Point") ? v : a.value(QLatin1String("value"));
                if (!havePoint || key == QLatin1String("location"))
                    havePoint = takePoint(geometry, out) || havePoint;
            } else if (type == QLatin1String("Relationship")) {
                if (a.value(QLatin1String("object")).isString())
                    out.insert(key, a.value(QLatin1String("object")));
            } else if (a.contains(QLatin1String("value"))) {
                QJsonValue value = a.value(QLatin1String("value"));
                if (value.isObject() && value.toObject().contains(QLatin1String("@value")))
                    value = value.toObject().value(QLatin1String("@value")); // {"@type": "DateTime", ...}
                if (!value.isObject() && !value.isArray())
                    out.insert(key, value);
                if (observedAt.isUndefined() && a.value(QLatin1String("observedAt")).isString())
                    observedAt = a.value(QLatin1String("observedAt"));
            }
        } else if (!v.isArray()) {
            out.insert(key, v); // keyValues, or top-level scalars such as "type"
        }
    }
    if (!observedAt.isUndefined() && !out.contains(QLatin1String("observedAt")))
        out.insert(QLatin1String("observedAt"), observedAt);
    return out;
}

} // namespace

Result<QList<QJsonObject>> MessageParser::parse(QByteArrayView message, qint64 maxBytes)
{
    if (message.size() > maxBytes)
        return Error(
            Error::Code::Unsupported,
            tr("The message has %1 bytes, more than the limit of %2").arg(message.size()).arg(maxBytes));
    QJsonParseError error;
    // fromRawData: no copy; the document does not outlive this call's view.
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(message.data(), message.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return Error(Error::Code::InvalidData,
                     tr("Malformed JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    QList<QJsonObject> records;
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.value(QLatin1String("type")) == QLatin1String("Notification")) {
            const QJsonValue data = o.value(QLatin1String("data"));
            if (!data.isArray())
                return Error(Error::Code::InvalidData, tr("An NGSI-LD notification without a \"data\" list"));
            const QJsonArray entities = data.toArray();
            records.reserve(entities.size());
            for (qsizetype i = 0; i < entities.size(); ++i) {
                if (!entities.at(i).isObject())
                    return Error(Error::Code::InvalidData,
                                 tr("Entity %1 of the notification is not an object").arg(i + 1));
                records.append(flatten(entities.at(i).toObject()));
            }
            return records;
        }
        records.append(isEntity(o) ? flatten(o) : o);
        return records;
    }
    if (doc.isArray()) {
        const QJsonArray items = doc.array();
        records.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject())
                return Error(Error::Code::InvalidData, tr("Item %1 of the list is not an object").arg(i + 1));
            const QJsonObject o = items.at(i).toObject();
            records.append(isEntity(o) ? flatten(o) : o);
        }
        return records;
    }
    return Error(Error::Code::InvalidData,
                 tr("The message is JSON but neither an object nor a list of objects"));
}

} // namespace urbis
