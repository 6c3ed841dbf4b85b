#include "kpingsild.h"

#include "kpifiware.h"
#include "periodcalendar.h"

#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace urbis {

namespace {

const QString kNull = QStringLiteral("urn:ngsi-ld:null"); // the NGSI-LD Null: "this period has no value"

QString u(const char *name)
{
    return QStringLiteral("urbis:") + QLatin1String(name);
}

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QStringList tupleKey(const QMap<QString, QString> &dims)
{
    QStringList key;
    for (auto it = dims.begin(); it != dims.end(); ++it)
        key << it.key() << it.value();
    return key;
}

QJsonObject instanceOf(const KpiValue &v, const QString &unitCode)
{
    QJsonObject o = KpiFiware::property(v.value ? QJsonValue(*v.value) : QJsonValue(kNull));
    const QDateTime start = KpiNgsiLd::periodStart(v.period);
    if (start.isValid())
        o[QStringLiteral("observedAt")] = start.toString(Qt::ISODate);
    if (!unitCode.isEmpty())
        o[QStringLiteral("unitCode")] = unitCode;
    o[u("period")] = KpiFiware::property(v.period);
    if (!v.status.isEmpty())
        o[u("status")] = KpiFiware::property(v.status);
    return o;
}

QJsonObject entityFor(const KpiResult &result, const KpiDefinition &definition, const QMap<QString, QString> &dims)
{
    const QString kpiId = result.id.isEmpty() ? definition.id : result.id;
    QJsonObject e = KpiFiware::toEntity(definition);
    QString id = KpiFiware::entityIdPrefix() + encode(kpiId);
    for (const QString &value : dims)
        id += QLatin1Char(':') + encode(value);
    e[QStringLiteral("id")] = id;
    e[u("kpiId")] = KpiFiware::property(kpiId);
    if (!dims.isEmpty()) {
        QJsonObject values;
        for (auto it = dims.begin(); it != dims.end(); ++it)
            values[it.key()] = it.value();
        e[u("dimensionValues")] = KpiFiware::property(values);
        e[QStringLiteral("area")] = KpiFiware::property(QStringList(dims.values()).join(QStringLiteral(", ")));
    }
    if (!result.dimensions.isEmpty())
        e[u("resultDimensions")] = KpiFiware::property(QJsonArray::fromStringList(result.dimensions));
    if (!result.datasets.isEmpty())
        e[u("datasets")] = KpiFiware::property(QJsonArray::fromStringList(result.datasets));
    if (result.unit != definition.unit)
        e[u("resultUnit")] = KpiFiware::property(result.unit);
    return e;
}

/** Turns the kpiValue attribute of one entity into values; an empty string on success, else what is wrong. */
class InstanceReader
{
    Q_DECLARE_TR_FUNCTIONS(urbis::KpiNgsiLd)
public:
    InstanceReader(TimeGrain grain, QMap<QString, QString> dims) : m_grain(grain), m_dims(std::move(dims)) {}

    QString read(const QJsonValue &attribute, QList<KpiValue> &out) const
    {
        if (attribute.isArray()) {
            const QJsonArray instances = attribute.toArray();
            for (qsizetype i = 0; i < instances.size(); ++i) {
                if (!instances.at(i).isObject())
                    return tr("kpiValue instance %1 is not an object").arg(i + 1);
                if (QString e = one(instances.at(i).toObject(), out); !e.isEmpty())
                    return tr("kpiValue instance %1: %2").arg(i + 1).arg(e);
            }
            return {};
        }
        const QJsonObject o = attribute.toObject();
        if (o.value(QStringLiteral("values")).isArray())
            return simplified(o.value(QStringLiteral("values")).toArray(), out);
        if (o.contains(QStringLiteral("value")))
            return one(o, out);
        return tr("kpiValue must be a list of Property instances");
    }

private:
    // The simplified temporal representation: [[value, observedAt], …].
    QString simplified(const QJsonArray &pairs, QList<KpiValue> &out) const
    {
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const QJsonArray pair = pairs.at(i).toArray();
            if (pair.size() < 2)
                return tr("kpiValue entry %1 must be [value, observedAt]").arg(i + 1);
            QJsonObject o = KpiFiware::property(pair.at(0));
            o[QStringLiteral("observedAt")] = pair.at(1);
            if (QString e = one(o, out); !e.isEmpty())
                return tr("kpiValue entry %1: %2").arg(i + 1).arg(e);
        }
        return {};
    }

    QString one(const QJsonObject &o, QList<KpiValue> &out) const
    {
        KpiValue v;
        v.dims = m_dims;
        const QJsonValue value = o.value(QStringLiteral("value"));
        if (value.isDouble())
            v.value = value.toDouble();
        else if (!(value.isNull() || value.toString() == kNull))
            return tr("the value must be a number or \"%1\"").arg(kNull);
        const QJsonValue period = KpiFiware::propertyValue(o.value(u("period")));
        if (period.isString()) {
            v.period = period.toString();
            if (!KpiNgsiLd::periodStart(v.period).isValid())
                return tr("\"%1\" is not an ISO period (2023, 2023-01, 2023-W05, 2023-01-31)").arg(v.period);
        } else {
            const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("observedAt")).toString(), Qt::ISODateWithMs);
            if (!at.isValid())
                return tr("neither urbis:period nor a valid observedAt");
            v.period = KpiNgsiLd::periodOf(at, m_grain);
        }
        const QJsonValue status = KpiFiware::propertyValue(o.value(u("status")));
        v.status = status.toString();
        if (!status.isUndefined() && !QStringList{QStringLiteral("good"), QStringLiteral("warn"), QStringLiteral("bad")}.contains(v.status))
            return tr("urbis:status must be good, warn or bad");
        out.append(v);
        return {};
    }

    TimeGrain m_grain;
    QMap<QString, QString> m_dims;
};

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

} // namespace

QDateTime KpiNgsiLd::periodStart(const QString &period)
{
    static const QRegularExpression syntax(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?$"));
    const QRegularExpressionMatch m = syntax.match(period);
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    QDate date(year, 1, 1);
    if (m.hasCaptured(4)) {
        // ISO week 1 is the week holding 4 January; weeks start on Monday.
        const int week = m.captured(4).toInt();
        const QDate jan4(year, 1, 4);
        date = jan4.addDays(1 - jan4.dayOfWeek() + 7 * (week - 1));
        int weekYear = 0;
        if (week < 1 || date.weekNumber(&weekYear) != week || weekYear != year)
            return {};
    } else if (m.hasCaptured(2)) {
        date = QDate(year, m.captured(2).toInt(), m.hasCaptured(3) ? m.captured(3).toInt() : 1);
    }
    return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
}

QString KpiNgsiLd::periodOf(const QDateTime &time, TimeGrain grain)
{
    // The engine's own labels, so imported periods match evaluated ones.
    const qint32 day = PeriodCalendar::dayOf(time.toUTC().date());
    return PeriodCalendar::label(PeriodCalendar::periodStart(day, grain), grain);
}

QJsonArray KpiNgsiLd::exportResult(const KpiResult &result, const KpiDefinition &definition)
{
    const QString code = KpiFiware::unitCode(result.unit);
    QList<QJsonObject> entities;
    QList<QJsonArray> instances;
    QList<QString> standings;
    QMap<QStringList, qsizetype> index; // dimension tuple -> entity, in order of first appearance
    for (const KpiValue &v : result.values) {
        const QStringList key = tupleKey(v.dims);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, entities.size());
            entities.append(entityFor(result, definition, v.dims));
            instances.append(QJsonArray());
            standings.append(QString());
        }
        instances[*it].append(instanceOf(v, code));
        // Values are sorted by period, so the last judged one is the current standing.
        if (!v.status.isEmpty())
            standings[*it] = KpiFiware::standing(v.status);
    }
    QJsonArray out;
    if (entities.isEmpty())
        out.append(entityFor(result, definition, {}));
    for (qsizetype i = 0; i < entities.size(); ++i) {
        QJsonObject e = entities.at(i);
        e[QStringLiteral("kpiValue")] = instances.at(i);
        if (!standings.at(i).isEmpty())
            e[QStringLiteral("currentStanding")] = KpiFiware::property(standings.at(i));
        out.append(e);
    }
    return out;
}

Result<KpiResult> KpiNgsiLd::importResult(const QJsonValue &json, KpiDefinition *definition)
{
    const auto bad = [](const QString &message) { return Error(Error::Code::InvalidData, message); };
    QJsonArray entities;
    if (json.isArray())
        entities = json.toArray();
    else if (json.isObject())
        entities.append(json);
    else
        return bad(tr("Expected an NGSI-LD entity or a list of entities"));
    if (entities.isEmpty())
        return bad(tr("The NGSI-LD document holds no entities"));

    KpiResult r;
    KpiDefinition def;
    for (qsizetype i = 0; i < entities.size(); ++i) {
        if (!entities.at(i).isObject())
            return bad(tr("Entity %1 is not a JSON object").arg(i + 1));
        const QJsonObject e = entities.at(i).toObject();
        Result<KpiDefinition> k = KpiFiware::fromEntity(e);
        if (!k)
            return k.error();
        const QString entityId = e.value(QStringLiteral("id")).toString();
        if (i == 0) {
            def = *k;
            r.id = def.id;
            const QJsonValue unit = KpiFiware::propertyValue(e.value(u("resultUnit")));
            r.unit = unit.isString() ? unit.toString() : def.unit;
            const QJsonValue dims = KpiFiware::propertyValue(e.value(u("resultDimensions")));
            r.dimensions = dims.isUndefined() ? def.dimensions : stringList(dims);
            r.datasets = stringList(KpiFiware::propertyValue(e.value(u("datasets"))));
        } else if (k->id != r.id) {
            return bad(tr("Entity \"%1\" belongs to the KPI \"%2\", not \"%3\"").arg(entityId, k->id, r.id));
        }
        const QJsonValue dimValues = KpiFiware::propertyValue(e.value(u("dimensionValues")));
        if (!dimValues.isUndefined() && !dimValues.isObject())
            return bad(tr("NGSI-LD entity \"%1\": urbis:dimensionValues must be an object").arg(entityId));
        QMap<QString, QString> dims;
        const QJsonObject dimObject = dimValues.toObject();
        for (auto it = dimObject.begin(); it != dimObject.end(); ++it) {
            if (!it.value().isString())
                return bad(tr("NGSI-LD entity \"%1\": the value of dimension \"%2\" must be text").arg(entityId, it.key()));
            dims.insert(it.key(), it.value().toString());
        }
        const QJsonValue kpiValue = e.value(QStringLiteral("kpiValue"));
        if (kpiValue.isUndefined())
            continue;
        const InstanceReader reader(def.grain, dims);
        if (const QString problem = reader.read(kpiValue, r.values); !problem.isEmpty())
            return bad(tr("NGSI-LD entity \"%1\": %2").arg(entityId, problem));
    }

    const QStringList order = r.dimensions;
    std::stable_sort(r.values.begin(), r.values.end(), [&order](const KpiValue &a, const KpiValue &b) {
        if (a.period != b.period)
            return a.period < b.period;
        for (const QString &d : order)
            if (a.dims.value(d) != b.dims.value(d))
                return a.dims.value(d) < b.dims.value(d);
        return tupleKey(a.dims) < tupleKey(b.dims);
    });
    if (definition)
        *definition = def;
    return r;
}

} // namespace urbis
