#include "alertrule.h"

#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace urbis {

namespace {

QString number(double v)
{
    return QLocale().toString(v, 'g', QLocale::FloatingPointShortest);
}

Error badKey(const QString &key)
{
    return Error(Error::Code::InvalidData,
                 AlertRule::tr("Alert rule: \"%1\" is missing or malformed").arg(key), key);
}

// Absent keys keep the default; present ones must have the right JSON type.
bool readString(const QJsonObject &o, const char *key, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

bool readNumber(const QJsonObject &o, const char *key, double *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble())
        return false;
    *out = v.toDouble();
    return true;
}

} // namespace

QString AlertRule::kindName(Kind k)
{
    switch (k) {
    case Kind::Above:
        return QStringLiteral("above");
    case Kind::Below:
        return QStringLiteral("below");
    case Kind::RateOfChange:
        return QStringLiteral("rate");
    case Kind::NoData:
        return QStringLiteral("no-data");
    case Kind::OutsideConstraints:
        return QStringLiteral("constraints");
    }
    return {};
}

QString AlertRule::severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<AlertRule::Kind> AlertRule::kindFromName(const QString &name)
{
    for (Kind k : {Kind::Above, Kind::Below, Kind::RateOfChange, Kind::NoData, Kind::OutsideConstraints}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

std::optional<AlertRule::Severity> AlertRule::severityFromName(const QString &name)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Critical}) {
        if (severityName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString AlertRule::idFromName(const QString &name)
{
    // Accents go (NFKD splits them off as marks); other letters stay, so Greek or Bulgarian names
    // keep distinct ids; every run of anything else becomes one '-'.
    const QString folded = name.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    for (const QChar c : folded) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber())
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id.append(u'-');
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("rule") : id;
}

Result<void> AlertRule::check() const
{
    const auto invalid = [](const QString &message) { return Error(Error::Code::InvalidArgument, message); };
    if (name.trimmed().isEmpty())
        return invalid(tr("An alert rule needs a name"));
    if (isValueRule() && measure.trimmed().isEmpty())
        return invalid(tr("Alert rule \"%1\" needs a measure").arg(name));
    if (!std::isfinite(threshold) || !std::isfinite(hysteresis))
        return invalid(tr("Alert rule \"%1\": the threshold and hysteresis must be numbers").arg(name));
    if (hysteresis < 0)
        return invalid(tr("Alert rule \"%1\": the hysteresis cannot be negative").arg(name));
    if (kind == Kind::RateOfChange && threshold < 0)
        return invalid(
            tr("Alert rule \"%1\": a rate of change is compared as a magnitude, it cannot be negative")
                .arg(name));
    if (kind == Kind::NoData && noDataSecs < 1)
        return invalid(tr("Alert rule \"%1\": the no-data delay must be at least one second").arg(name));
    return {};
}

QString AlertRule::describe() const
{
    QString text;
    const bool hyst = hysteresis > 0;
    switch (kind) {
    case Kind::Above:
        text =
            hyst ? tr("%1 > %2 (clears < %3)").arg(measure, number(threshold), number(threshold - hysteresis))
                 : tr("%1 > %2").arg(measure, number(threshold));
        break;
    case Kind::Below:
        text =
            hyst ? tr("%1 < %2 (clears > %3)").arg(measure, number(threshold), number(threshold + hysteresis))
                 : tr("%1 < %2").arg(measure, number(threshold));
        break;
    case Kind::RateOfChange:
        text = hyst ? tr("%1 changes by more than %2 a minute (clears below %3)")
                          .arg(measure, number(threshold), number(threshold - hysteresis))
                    : tr("%1 changes by more than %2 a minute").arg(measure, number(threshold));
        break;
    case Kind::NoData:
        return entity.isEmpty() ? tr("no data for %1 s").arg(noDataSecs)
                                : tr("no data from %1 for %2 s").arg(entity).arg(noDataSecs);
    case Kind::OutsideConstraints:
        text = tr("%1 outside the dataset schema's constraints").arg(measure);
        break;
    }
    return entity.isEmpty() ? text : tr("%1 at %2").arg(text, entity);
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("severity"), severityName(severity)},
                  {QStringLiteral("enabled"), enabled}};
    if (!measure.isEmpty())
        o.insert(QStringLiteral("measure"), measure);
    if (!entity.isEmpty())
        o.insert(QStringLiteral("entity"), entity);
    // Every field, so a rule switched to another kind and back keeps its numbers.
    o.insert(QStringLiteral("threshold"), threshold);
    o.insert(QStringLiteral("hysteresis"), hysteresis);
    o.insert(QStringLiteral("noDataSecs"), noDataSecs);
    return o;
}

Result<AlertRule> AlertRule::fromJson(const QJsonObject &o)
{
    AlertRule r;
    QString kind, severity = severityName(r.severity);
    double noData = r.noDataSecs;
    if (!readString(o, "name", &r.name))
        return badKey(QStringLiteral("name"));
    if (!readString(o, "id", &r.id))
        return badKey(QStringLiteral("id"));
    if (!readString(o, "kind", &kind) || !kindFromName(kind))
        return badKey(QStringLiteral("kind"));
    r.kind = *kindFromName(kind);
    if (!readString(o, "severity", &severity) || !severityFromName(severity))
        return badKey(QStringLiteral("severity"));
    r.severity = *severityFromName(severity);
    if (!readString(o, "measure", &r.measure))
        return badKey(QStringLiteral("measure"));
    if (!readString(o, "entity", &r.entity))
        return badKey(QStringLiteral("entity"));
    if (!readNumber(o, "threshold", &r.threshold))
        return badKey(QStringLiteral("threshold"));
    if (!readNumber(o, "hysteresis", &r.hysteresis))
        return badKey(QStringLiteral("hysteresis"));
    if (!readNumber(o, "noDataSecs", &noData) || noData != std::floor(noData) || std::abs(noData) > 1e9)
        return badKey(QStringLiteral("noDataSecs"));
    r.noDataSecs = int(noData);
    const QJsonValue enabled = o.value(QLatin1String("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return badKey(QStringLiteral("enabled"));
    r.enabled = enabled.toBool(true);
    if (r.id.isEmpty())
        r.id = idFromName(r.name);
    if (Result<void> ok = r.check(); !ok)
        return Error(Error::Code::InvalidData, ok.error().message);
    return r;
}

} // namespace urbis
