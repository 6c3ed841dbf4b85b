#include "kpidefinition.h"

#include "kpicategory.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace urbis {

namespace {

Error bad(const QString &message)
{
    return Error(Error::Code::InvalidData, message);
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

QString KpiDefinition::directionName(Direction d)
{
    return d == Direction::HigherIsBetter ? QStringLiteral("higher") : QStringLiteral("lower");
}

QString KpiDefinition::statusOf(std::optional<double> value) const
{
    static const QString good = QStringLiteral("good"), warn = QStringLiteral("warn"), badStatus = QStringLiteral("bad");
    if (!value)
        return {};
    const double v = *value;
    const bool lower = direction == Direction::LowerIsBetter;
    if (thresholds.size() >= 2) {
        const double a = thresholds.first(), b = thresholds.last();
        if (lower)
            return v <= a ? good : v <= b ? warn : badStatus;
        return v >= b ? good : v >= a ? warn : badStatus;
    }
    const std::optional<double> line = thresholds.size() == 1 ? std::optional<double>(thresholds.first()) : target;
    if (!line)
        return {};
    return (lower ? v <= *line : v >= *line) ? good : badStatus;
}

QJsonObject KpiDefinition::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("unit"), unit},
                  {QStringLiteral("formula"), formula}, {QStringLiteral("grain"), timeGrainName(grain)},
                  {QStringLiteral("direction"), directionName(direction)}};
    if (!description.isEmpty())
        o[QStringLiteral("description")] = description;
    if (!domain.isEmpty())
        o[QStringLiteral("domain")] = domain;
    if (!category.isEmpty())
        o[QStringLiteral("category")] = category;
    QJsonArray src;
    for (const KpiSource &s : sources)
        src.append(s.toJson());
    o[QStringLiteral("sources")] = src;
    if (!dimensions.isEmpty())
        o[QStringLiteral("dimensions")] = QJsonArray::fromStringList(dimensions);
    if (target)
        o[QStringLiteral("target")] = *target;
    if (targetDate.isValid())
        o[QStringLiteral("targetDate")] = targetDate.toString(Qt::ISODate);
    if (baseline)
        o[QStringLiteral("baseline")] = QJsonObject{{QStringLiteral("value"), *baseline}, {QStringLiteral("year"), baselineYear}};
    if (!thresholds.isEmpty()) {
        QJsonArray t;
        for (double v : thresholds)
            t.append(v);
        o[QStringLiteral("thresholds")] = t;
    }
    if (!frequency.isEmpty())
        o[QStringLiteral("frequency")] = frequency;
    if (divisionByZero == DivisionByZero::Error)
        o[QStringLiteral("divisionByZero")] = QStringLiteral("error");
    return o;
}

Result<KpiDefinition> KpiDefinition::fromJson(const QJsonObject &o)
{
    KpiDefinition k;
    k.id = o.value(QStringLiteral("id")).toString();
    k.name = o.value(QStringLiteral("name")).toString(k.id);
    k.description = o.value(QStringLiteral("description")).toString();
    k.domain = o.value(QStringLiteral("domain")).toString();
    k.category = o.value(QStringLiteral("category")).toString();
    k.unit = o.value(QStringLiteral("unit")).toString();
    k.formula = o.value(QStringLiteral("formula")).toString();
    // CLI.md's minimal form names one dataset; the full form lists sources.
    if (o.contains(QStringLiteral("dataset")) || o.contains(QStringLiteral("datasets")))
        k.sources.append(KpiSource::fromJson(o));
    for (const QJsonValue &s : o.value(QStringLiteral("sources")).toArray()) {
        if (!s.isObject())
            return bad(tr("KPI \"%1\": every entry of \"sources\" must be an object").arg(k.id));
        k.sources.append(KpiSource::fromJson(s.toObject()));
    }
    if (o.contains(QStringLiteral("grain"))) {
        const auto g = timeGrainFromName(o.value(QStringLiteral("grain")).toString());
        if (!g)
            return bad(tr("KPI \"%1\": grain must be day, week, month or year, not \"%2\"")
                           .arg(k.id, o.value(QStringLiteral("grain")).toVariant().toString()));
        k.grain = *g;
    }
    for (const QJsonValue &d : o.value(QStringLiteral("dimensions")).toArray())
        k.dimensions.append(d.toString());
    k.target = optionalNumber(o.value(QStringLiteral("target")));
    k.targetDate = QDate::fromString(o.value(QStringLiteral("targetDate")).toString(), Qt::ISODate);
    const QJsonValue base = o.value(QStringLiteral("baseline"));
    if (base.isObject()) {
        k.baseline = optionalNumber(base.toObject().value(QStringLiteral("value")));
        k.baselineYear = base.toObject().value(QStringLiteral("year")).toInt();
    } else {
        k.baseline = optionalNumber(base);
        k.baselineYear = o.value(QStringLiteral("baselineYear")).toInt();
    }
    const QString dir = o.value(QStringLiteral("direction")).toString(QStringLiteral("lower"));
    if (dir != QLatin1String("lower") && dir != QLatin1String("higher"))
        return bad(tr("KPI \"%1\": direction must be \"lower\" or \"higher\", not \"%2\"").arg(k.id, dir));
    k.direction = dir == QLatin1String("higher") ? Direction::HigherIsBetter : Direction::LowerIsBetter;
    for (const QJsonValue &t : o.value(QStringLiteral("thresholds")).toArray()) {
        if (!t.isDouble())
            return bad(tr("KPI \"%1\": thresholds must be numbers").arg(k.id));
        k.thresholds.append(t.toDouble());
    }
    k.frequency = o.value(QStringLiteral("frequency")).toString();
    const QString div = o.value(QStringLiteral("divisionByZero")).toString(QStringLiteral("null"));
    if (div != QLatin1String("null") && div != QLatin1String("error"))
        return bad(tr("KPI \"%1\": divisionByZero must be \"null\" or \"error\"").arg(k.id));
    k.divisionByZero = div == QLatin1String("error") ? DivisionByZero::Error : DivisionByZero::Null;
    if (Result<void> v = k.validate(); !v)
        return v.error();
    return k;
}

Result<void> KpiDefinition::validate() const
{
    static const QRegularExpression idSyntax(QStringLiteral("^[A-Za-z0-9._-]+$"));
    static const QRegularExpression aliasSyntax(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!idSyntax.match(id).hasMatch())
        return bad(tr("KPI id \"%1\" may only contain letters, digits, '.', '_' and '-'").arg(id));
    if (formula.trimmed().isEmpty())
        return bad(tr("KPI \"%1\" has no formula").arg(id));
    if (sources.isEmpty())
        return bad(tr("KPI \"%1\" names no dataset: give \"dataset\" or \"sources\"").arg(id));
    QStringList aliases;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const KpiSource &s = sources.at(i);
        if (s.datasets.isEmpty() && s.domain.isEmpty())
            return bad(tr("KPI \"%1\": source %2 names neither datasets nor a domain").arg(id).arg(i + 1));
        if (i > 0 && !aliasSyntax.match(s.alias).hasMatch())
            return bad(tr("KPI \"%1\": source %2 needs an alias of lower-case letters, digits and '_'").arg(id).arg(i + 1));
        if (aliases.contains(s.alias))
            return bad(tr("KPI \"%1\": the alias \"%2\" is used twice").arg(id, s.alias));
        aliases.append(s.alias);
    }
    for (qsizetype i = 1; i < thresholds.size(); ++i)
        if (thresholds.at(i) < thresholds.at(i - 1))
            return bad(tr("KPI \"%1\": thresholds must be in ascending order").arg(id));
    if (!KpiCategory::isKnown(category))
        return bad(tr("KPI \"%1\": unknown category \"%2\" (expected one of %3)").arg(id, category, KpiCategory::codes().join(QStringLiteral(", "))));
    return {};
}

} // namespace urbis
