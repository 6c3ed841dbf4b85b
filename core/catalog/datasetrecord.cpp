#include "datasetrecord.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace urbis {

namespace {
QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime parseTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay(Qt::UTC);
    }
    return t.isValid() ? t.toUTC() : QDateTime();
}
} // namespace

const QStringList &DatasetRecord::domains()
{
    static const QStringList d{QStringLiteral("energy"), QStringLiteral("mobility"), QStringLiteral("waste"),
                               QStringLiteral("air"),    QStringLiteral("water"),    QStringLiteral("climate"),
                               QStringLiteral("hazard"), QStringLiteral("other")};
    return d;
}

QString DatasetRecord::validationName(Validation v)
{
    switch (v) {
    case Validation::Valid: return QStringLiteral("valid");
    case Validation::Warnings: return QStringLiteral("warnings");
    case Validation::Invalid: return QStringLiteral("invalid");
    case Validation::Unknown: break;
    }
    return QStringLiteral("unknown");
}

DatasetRecord::Validation DatasetRecord::validationFromName(const QString &name)
{
    if (name == QLatin1String("valid"))
        return Validation::Valid;
    if (name == QLatin1String("warnings"))
        return Validation::Warnings;
    if (name == QLatin1String("invalid"))
        return Validation::Invalid;
    return Validation::Unknown;
}

QJsonObject DatasetRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("publisher"), publisher);
    o.insert(QStringLiteral("city"), city);
    o.insert(QStringLiteral("countryCode"), countryCode);
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(keywords));
    o.insert(QStringLiteral("license"), license);
    o.insert(QStringLiteral("format"), format);
    o.insert(QStringLiteral("mediaType"), mediaType);
    o.insert(QStringLiteral("temporal"),
             QJsonObject{{QStringLiteral("start"), timeStart.isValid() ? QJsonValue(isoUtc(timeStart)) : QJsonValue()},
                         {QStringLiteral("end"), timeEnd.isValid() ? QJsonValue(isoUtc(timeEnd)) : QJsonValue()}});
    o.insert(QStringLiteral("bbox"), bbox.isValid() ? QJsonValue(QJsonArray{bbox.west, bbox.south, bbox.east, bbox.north})
                                                    : QJsonValue());
    o.insert(QStringLiteral("footprintWkb"), footprint.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(footprint.toHex())));
    o.insert(QStringLiteral("crs"), crs);
    o.insert(QStringLiteral("featureCount"), featureCount >= 0 ? QJsonValue(featureCount) : QJsonValue());
    QJsonArray f;
    for (const FieldInfo &fi : fields)
        f.append(fi.toJson());
    o.insert(QStringLiteral("fields"), f);
    o.insert(QStringLiteral("byteSize"), byteSize >= 0 ? QJsonValue(byteSize) : QJsonValue());
    o.insert(QStringLiteral("sha256"), sha256.isEmpty() ? QJsonValue() : QJsonValue(sha256));
    if (!assets.isEmpty()) {
        QJsonArray a;
        for (const AssetInfo &ai : assets)
            a.append(ai.toJson());
        o.insert(QStringLiteral("assets"), a);
    }
    o.insert(QStringLiteral("created"), isoUtc(created));
    o.insert(QStringLiteral("modified"), isoUtc(modified));
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("previousVersion"), previousVersion.isEmpty() ? QJsonValue() : QJsonValue(previousVersion));
    o.insert(QStringLiteral("supersededBy"), supersededBy.isEmpty() ? QJsonValue() : QJsonValue(supersededBy));
    o.insert(QStringLiteral("validation"), validationName(validation));
    return o;
}

Result<DatasetRecord> DatasetRecord::fromJson(const QJsonObject &o)
{
    DatasetRecord r;
    auto str = [&](const char *key, QString &dst) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        dst = v.toString();
        return true;
    };
    const char *stringKeys[] = {"id", "title", "description", "source", "publisher", "city", "countryCode",
                                "domain", "license", "format", "mediaType", "crs", "sha256", "previousVersion",
                                "supersededBy"};
    QString *targets[] = {&r.id, &r.title, &r.description, &r.source, &r.publisher, &r.city, &r.countryCode,
                          &r.domain, &r.license, &r.format, &r.mediaType, &r.crs, &r.sha256, &r.previousVersion,
                          &r.supersededBy};
    for (size_t i = 0; i < std::size(stringKeys); ++i) {
        if (!str(stringKeys[i], *targets[i]))
            return Error(Error::Code::InvalidData, DatasetRecord::tr("Field \"%1\" must be a string").arg(QLatin1String(stringKeys[i])));
    }
    if (r.domain.isEmpty())
        r.domain = QStringLiteral("other");
    const QJsonValue kw = o.value(QStringLiteral("keywords"));
    if (kw.isArray()) {
        for (const QJsonValue &k : kw.toArray())
            r.keywords << k.toString();
    } else if (kw.isString()) {
        r.keywords = kw.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &k : r.keywords)
            k = k.trimmed();
    }
    const QJsonObject temporal = o.value(QStringLiteral("temporal")).toObject();
    // A time that is there but unreadable is an error, never silently dropped metadata.
    const std::pair<const char *, QJsonValue> times[] = {{"temporal.start", temporal.value(QStringLiteral("start"))},
                                                         {"temporal.end", temporal.value(QStringLiteral("end"))},
                                                         {"created", o.value(QStringLiteral("created"))},
                                                         {"modified", o.value(QStringLiteral("modified"))}};
    for (const auto &[key, value] : times) {
        if (!value.isUndefined() && !value.isNull() && !parseTime(value).isValid())
            return Error(Error::Code::InvalidData,
                         DatasetRecord::tr("\"%1\" is not an ISO 8601 date or time: %2")
                             .arg(QLatin1String(key), value.isString() ? value.toString() : QStringLiteral("(not text)")));
    }
    r.timeStart = parseTime(temporal.value(QStringLiteral("start")));
    r.timeEnd = parseTime(temporal.value(QStringLiteral("end")));
    const QJsonValue bb = o.value(QStringLiteral("bbox"));
    if (bb.isArray()) {
        const QJsonArray a = bb.toArray();
        if (a.size() != 4)
            return Error(Error::Code::InvalidData, DatasetRecord::tr("\"bbox\" must be [west, south, east, north]"));
        r.bbox = Extent(a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble());
    } else if (bb.isString()) {
        Result<Extent> e = Extent::parse(bb.toString());
        if (!e)
            return e.error();
        r.bbox = *e;
    }
    r.footprint = QByteArray::fromHex(o.value(QStringLiteral("footprintWkb")).toString().toLatin1());
    r.featureCount = o.value(QStringLiteral("featureCount")).toInteger(-1);
    r.byteSize = o.value(QStringLiteral("byteSize")).toInteger(-1);
    for (const QJsonValue &f : o.value(QStringLiteral("fields")).toArray())
        r.fields << FieldInfo::fromJson(f.toObject());
    for (const QJsonValue &a : o.value(QStringLiteral("assets")).toArray())
        r.assets << AssetInfo::fromJson(a.toObject());
    r.created = parseTime(o.value(QStringLiteral("created")));
    r.modified = parseTime(o.value(QStringLiteral("modified")));
    r.version = int(o.value(QStringLiteral("version")).toInteger(1));
    r.validation = validationFromName(o.value(QStringLiteral("validation")).toString());
    return r;
}

QJsonObject DatasetRecord::diffableJson() const
{
    QJsonObject o = toJson();
    // Bookkeeping fields change on every write; a diff of them says nothing to the user.
    for (const char *k : {"modified", "created", "id", "supersededBy"})
        o.remove(QLatin1String(k));
    return o;
}

} // namespace urbis
