#include "kpifiware.h"

#include <QHash>

namespace urbis {

namespace {

// The model's own category words; anything else in "category" is an Urbis framework code.
const QStringList &modelCategories()
{
    static const QStringList words{QStringLiteral("quantitative"), QStringLiteral("qualitative"), QStringLiteral("leading"),
                                   QStringLiteral("lagging"),      QStringLiteral("input"),       QStringLiteral("process"),
                                   QStringLiteral("output"),       QStringLiteral("practical"),   QStringLiteral("directional"),
                                   QStringLiteral("actionable"),   QStringLiteral("financial")};
    return words;
}

QString u(const char *name)
{
    return QStringLiteral("urbis:") + QLatin1String(name);
}

// NGSI-LD typed literal, as the model's examples write dates.
QJsonObject typed(const char *type, const QString &text)
{
    return QJsonObject{{QStringLiteral("@type"), QLatin1String(type)}, {QStringLiteral("@value"), text}};
}

QString literalText(const QJsonValue &v)
{
    return v.isObject() ? v.toObject().value(QStringLiteral("@value")).toString() : v.toString();
}

QJsonArray numbers(const QList<double> &list)
{
    QJsonArray a;
    for (double v : list)
        a.append(v);
    return a;
}

/** Reads attributes of one entity and remembers the first shape error with its attribute name. */
class EntityReader
{
public:
    explicit EntityReader(const QJsonObject &entity) : m_entity(entity) {}

    QJsonValue value(const QString &name) const { return KpiFiware::propertyValue(m_entity.value(name)); }
    bool has(const QString &name) const { return m_entity.contains(name); }

    QString text(const QString &name)
    {
        const QJsonValue v = value(name);
        if (!v.isUndefined() && !v.isString())
            fail(name, KpiFiware::tr("text"));
        return v.toString();
    }
    std::optional<double> number(const QString &name)
    {
        const QJsonValue v = value(name);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble())
            fail(name, KpiFiware::tr("a number"));
        return v.toDouble();
    }
    QJsonArray array(const QString &name)
    {
        const QJsonValue v = value(name);
        if (!v.isUndefined() && !v.isArray())
            fail(name, KpiFiware::tr("a list"));
        return v.toArray();
    }
    void fail(const QString &name, const QString &expected)
    {
        if (m_error.isEmpty())
            m_error = KpiFiware::tr("attribute \"%1\" must be %2").arg(name, expected);
    }
    const QString &error() const { return m_error; }

private:
    QJsonObject m_entity;
    QString m_error;
};

} // namespace

QString KpiFiware::entityType()
{
    return QStringLiteral("KeyPerformanceIndicator");
}

QString KpiFiware::entityIdPrefix()
{
    return QStringLiteral("urn:ngsi-ld:KeyPerformanceIndicator:");
}

QString KpiFiware::urbisNamespace()
{
    return QStringLiteral("https://w3id.org/urbis/ngsi-ld#");
}

QJsonArray KpiFiware::context()
{
    return QJsonArray{
        QStringLiteral("https://raw.githubusercontent.com/smart-data-models/dataModel.KeyPerformanceIndicator/master/context.jsonld"),
        QJsonObject{{QStringLiteral("urbis"), urbisNamespace()}},
        // The core context goes last so no other context can redefine its terms.
        QStringLiteral("https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld")};
}

QJsonObject KpiFiware::property(const QJsonValue &value)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Property")}, {QStringLiteral("value"), value}};
}

QJsonValue KpiFiware::propertyValue(const QJsonValue &attribute)
{
    if (attribute.isObject()) {
        const QJsonObject o = attribute.toObject();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("Property") && o.contains(QStringLiteral("value")))
            return o.value(QStringLiteral("value"));
    }
    return attribute;
}

QString KpiFiware::unitCode(const QString &unit)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("µg/m3"), QStringLiteral("GQ")}, {QStringLiteral("ug/m3"), QStringLiteral("GQ")},
        {QStringLiteral("µg/m³"), QStringLiteral("GQ")}, {QStringLiteral("mg/m3"), QStringLiteral("GP")},
        {QStringLiteral("kWh"), QStringLiteral("KWH")},  {QStringLiteral("MWh"), QStringLiteral("MWH")},
        {QStringLiteral("GWh"), QStringLiteral("GWH")},  {QStringLiteral("t"), QStringLiteral("TNE")},
        {QStringLiteral("kg"), QStringLiteral("KGM")},   {QStringLiteral("%"), QStringLiteral("P1")},
        {QStringLiteral("1"), QStringLiteral("C62")},    {QStringLiteral("°C"), QStringLiteral("CEL")},
        {QStringLiteral("hPa"), QStringLiteral("A97")},  {QStringLiteral("m/s"), QStringLiteral("MTS")},
    };
    return codes.value(unit);
}

QString KpiFiware::standing(const QString &status)
{
    if (status == QLatin1String("warn"))
        return QStringLiteral("fair");
    return status == QLatin1String("good") || status == QLatin1String("bad") ? status : QString();
}

QJsonObject KpiFiware::toEntity(const KpiDefinition &kpi, const Extras &extras)
{
    QJsonObject e{{QStringLiteral("id"), entityIdPrefix() + kpi.id},
                  {QStringLiteral("type"), entityType()},
                  {QStringLiteral("name"), property(kpi.name)},
                  {QStringLiteral("calculationMethod"), property(QStringLiteral("automatic"))},
                  {QStringLiteral("calculationFormula"), property(kpi.formula)},
                  {u("unit"), property(kpi.unit)},
                  {u("grain"), property(timeGrainName(kpi.grain))},
                  {u("direction"), property(KpiDefinition::directionName(kpi.direction))},
                  {QStringLiteral("@context"), context()}};
    if (!kpi.description.isEmpty())
        e[QStringLiteral("description")] = property(kpi.description);
    QJsonArray category{QStringLiteral("quantitative")};
    if (!kpi.category.isEmpty())
        category.append(kpi.category);
    e[QStringLiteral("category")] = property(category);
    if (!kpi.domain.isEmpty())
        e[QStringLiteral("process")] = property(kpi.domain);
    if (!kpi.frequency.isEmpty())
        e[QStringLiteral("calculationFrequency")] = property(kpi.frequency);
    if (!kpi.dimensions.isEmpty())
        e[u("dimensions")] = property(QJsonArray::fromStringList(kpi.dimensions));
    if (!kpi.thresholds.isEmpty())
        e[u("thresholds")] = property(numbers(kpi.thresholds));
    if (kpi.target)
        e[u("target")] = property(*kpi.target);
    if (kpi.targetDate.isValid())
        e[u("targetDate")] = property(typed("Date", kpi.targetDate.toString(Qt::ISODate)));
    if (kpi.baseline)
        e[u("baseline")] = property(*kpi.baseline);
    if (kpi.baselineYear != 0)
        e[u("baselineYear")] = property(kpi.baselineYear);
    QJsonArray sources;
    for (const KpiSource &s : kpi.sources)
        sources.append(s.toJson());
    if (!sources.isEmpty())
        e[u("sources")] = property(sources);
    if (kpi.divisionByZero == KpiDefinition::DivisionByZero::Error)
        e[u("divisionByZero")] = property(QStringLiteral("error"));

    if (!extras.organization.isEmpty())
        e[QStringLiteral("organization")] = property(extras.organization);
    if (extras.effectiveSince.isValid())
        e[QStringLiteral("effectiveSince")] =
            property(typed("DateTime", extras.effectiveSince.toUTC().toString(Qt::ISODateWithMs)));
    if (extras.kpiValue) {
        QJsonObject value = property(*extras.kpiValue);
        if (const QString code = unitCode(kpi.unit); !code.isEmpty())
            value[QStringLiteral("unitCode")] = code;
        e[QStringLiteral("kpiValue")] = value;
    }
    if (const QString s = standing(extras.status); !s.isEmpty())
        e[QStringLiteral("currentStanding")] = property(s);
    return e;
}

Result<KpiDefinition> KpiFiware::fromEntity(const QJsonObject &entity, Extras *extras)
{
    const QString entityId = entity.value(QStringLiteral("id")).toString();
    const auto bad = [&](const QString &what) {
        return Error(Error::Code::InvalidData, tr("NGSI-LD entity \"%1\": %2").arg(entityId, what));
    };
    // Brokers may answer with the type expanded to its IRI.
    const QString type = entity.value(QStringLiteral("type")).toString();
    if (type != entityType() && !type.endsWith(QLatin1Char('/') + entityType()))
        return bad(tr("type must be \"%1\", not \"%2\"").arg(entityType(), type));
    if (!entityId.startsWith(entityIdPrefix()) || entityId.size() == entityIdPrefix().size())
        return bad(tr("the id must start with \"%1\"").arg(entityIdPrefix()));

    EntityReader r(entity);
    KpiDefinition k;
    // Result entities (KpiNgsiLd) add the dimension values to the id and name the KPI explicitly.
    k.id = r.has(u("kpiId")) ? r.text(u("kpiId")) : entityId.mid(entityIdPrefix().size());
    k.name = r.text(QStringLiteral("name"));
    k.description = r.text(QStringLiteral("description"));
    k.domain = r.text(QStringLiteral("process"));
    for (const QJsonValue &c : r.array(QStringLiteral("category"))) {
        if (!c.isString())
            r.fail(QStringLiteral("category"), tr("a list of text"));
        else if (!modelCategories().contains(c.toString()) && k.category.isEmpty())
            k.category = c.toString();
    }
    k.formula = r.text(QStringLiteral("calculationFormula"));
    k.frequency = r.text(QStringLiteral("calculationFrequency"));
    k.unit = r.text(u("unit"));
    if (r.has(u("grain"))) {
        const std::optional<TimeGrain> g = timeGrainFromName(r.text(u("grain")));
        if (!g)
            r.fail(u("grain"), tr("day, week, month or year"));
        k.grain = g.value_or(TimeGrain::Month);
    }
    for (const QJsonValue &d : r.array(u("dimensions"))) {
        if (!d.isString())
            r.fail(u("dimensions"), tr("a list of field names"));
        k.dimensions.append(d.toString());
    }
    for (const QJsonValue &t : r.array(u("thresholds"))) {
        if (!t.isDouble())
            r.fail(u("thresholds"), tr("a list of numbers"));
        k.thresholds.append(t.toDouble());
    }
    k.target = r.number(u("target"));
    if (r.has(u("targetDate"))) {
        k.targetDate = QDate::fromString(literalText(r.value(u("targetDate"))), Qt::ISODate);
        if (!k.targetDate.isValid())
            r.fail(u("targetDate"), tr("an ISO date"));
    }
    k.baseline = r.number(u("baseline"));
    k.baselineYear = int(r.number(u("baselineYear")).value_or(0));
    const QString direction = r.has(u("direction")) ? r.text(u("direction")) : KpiDefinition::directionName(k.direction);
    if (direction != QLatin1String("lower") && direction != QLatin1String("higher"))
        r.fail(u("direction"), tr("\"lower\" or \"higher\""));
    k.direction = direction == QLatin1String("higher") ? KpiDefinition::Direction::HigherIsBetter
                                                       : KpiDefinition::Direction::LowerIsBetter;
    for (const QJsonValue &s : r.array(u("sources"))) {
        if (!s.isObject())
            r.fail(u("sources"), tr("a list of source objects"));
        k.sources.append(KpiSource::fromJson(s.toObject()));
    }
    if (r.has(u("divisionByZero"))) {
        const QString div = r.text(u("divisionByZero"));
        if (div != QLatin1String("null") && div != QLatin1String("error"))
            r.fail(u("divisionByZero"), tr("\"null\" or \"error\""));
        k.divisionByZero = div == QLatin1String("error") ? KpiDefinition::DivisionByZero::Error
                                                         : KpiDefinition::DivisionByZero::Null;
    }

    Extras x;
    x.organization = r.text(QStringLiteral("organization"));
    if (r.has(QStringLiteral("effectiveSince"))) {
        x.effectiveSince = QDateTime::fromString(literalText(r.value(QStringLiteral("effectiveSince"))), Qt::ISODateWithMs);
        if (!x.effectiveSince.isValid())
            r.fail(QStringLiteral("effectiveSince"), tr("an ISO date and time"));
    }
    // kpiValue may be temporal (a list of instances, KpiNgsiLd); only a plain number is "the current value".
    if (const QJsonValue v = r.value(QStringLiteral("kpiValue")); v.isDouble())
        x.kpiValue = v.toDouble();
    const QString s = r.text(QStringLiteral("currentStanding"));
    if (s == QLatin1String("good") || s == QLatin1String("veryGood"))
        x.status = QStringLiteral("good");
    else if (s == QLatin1String("fair"))
        x.status = QStringLiteral("warn");
    else if (s == QLatin1String("bad") || s == QLatin1String("veryBad"))
        x.status = QStringLiteral("bad");

    if (!r.error().isEmpty())
        return bad(r.error());
    if (extras)
        *extras = x;
    return k;
}

} // namespace urbis
