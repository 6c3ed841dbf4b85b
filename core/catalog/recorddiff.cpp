#include "recorddiff.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace urbis {

namespace {

// The order of the details panel; keys not listed here follow alphabetically.
const QStringList kOrder{QStringLiteral("title"),    QStringLiteral("description"), QStringLiteral("source"),
                         QStringLiteral("publisher"), QStringLiteral("city"),        QStringLiteral("countryCode"),
                         QStringLiteral("domain"),   QStringLiteral("keywords"),    QStringLiteral("license"),
                         QStringLiteral("format"),   QStringLiteral("mediaType"),   QStringLiteral("temporal"),
                         QStringLiteral("bbox"),     QStringLiteral("crs"),         QStringLiteral("featureCount"),
                         QStringLiteral("fields"),   QStringLiteral("byteSize"),    QStringLiteral("sha256"),
                         QStringLiteral("assets"),   QStringLiteral("validation")};

// Differ between any two versions by construction. The footprint is left out too: it is WKB, and
// a change of it shows as a change of the bounding box.
const QStringList kIgnored{QStringLiteral("version"), QStringLiteral("previousVersion"),
                           QStringLiteral("footprintWkb")};

QString scalar(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray() || v.isObject())
        return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QString fieldText(const QJsonObject &f)
{
    QStringList parts;
    for (const char *k : {"type", "unit", "description"}) {
        const QString v = f.value(QLatin1String(k)).toString();
        if (!v.isEmpty())
            parts << v;
    }
    const QString name = f.value(QStringLiteral("name")).toString();
    return parts.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, parts.join(QStringLiteral(", ")));
}

} // namespace

QString RecordDiff::text(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (field == QLatin1String("fields") || field == QLatin1String("assets")) {
        QStringList items;
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject o = v.toObject();
            items << (field == QLatin1String("fields")
                          ? fieldText(o)
                          : QStringLiteral("%1: %2").arg(o.value(QStringLiteral("role")).toString(),
                                                         o.value(QStringLiteral("name")).toString()));
        }
        return items.join(QStringLiteral("; "));
    }
    if (field == QLatin1String("temporal")) {
        const QString start = value[QStringLiteral("start")].toString();
        const QString end = value[QStringLiteral("end")].toString();
        return start.isEmpty() && end.isEmpty() ? QString() : QStringLiteral("%1 – %2").arg(start, end);
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &v : value.toArray())
            items << scalar(v);
        return items.join(QStringLiteral(", "));
    }
    return scalar(value);
}

QList<RecordDiff::Change> RecordDiff::between(const DatasetRecord &older, const DatasetRecord &newer)
{
    const QJsonObject a = older.diffableJson();
    const QJsonObject b = newer.diffableJson();
    QStringList keys = kOrder;
    QStringList rest;
    for (const QJsonObject *o : {&a, &b})
        for (const QString &k : o->keys())
            if (!keys.contains(k) && !rest.contains(k) && !kIgnored.contains(k))
                rest << k;
    rest.sort();
    keys << rest;

    QList<Change> out;
    for (const QString &k : std::as_const(keys)) {
        // Compare as text: a missing key and an empty list or null read the same to a person.
        const QString before = text(k, a.value(k));
        const QString after = text(k, b.value(k));
        if (before != after)
            out << Change{k, before, after};
    }
    return out;
}

} // namespace urbis
