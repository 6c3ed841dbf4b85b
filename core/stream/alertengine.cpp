#include "alertengine.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace urbis {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString number(double v)
{
    return QLocale().toString(v, 'g', QLocale::FloatingPointShortest);
}

// The cell text TableField::read() parses back: C locale, shortest round trip, integers without a dot.
QString cellText(const TableField &field, double v)
{
    if (field.type == QLatin1String("integer") && v == std::floor(v) && std::abs(v) < 9e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString valueMessage(const AlertRule &rule, const QString &entity, double value, bool raised)
{
    if (rule.kind == AlertRule::Kind::RateOfChange) {
        if (entity.isEmpty())
            return raised ? AlertEngine::tr("%1: %2 changes by %3 a minute")
                                .arg(rule.name, rule.measure, number(value))
                          : AlertEngine::tr("%1 cleared: %2 changes by %3 a minute")
                                .arg(rule.name, rule.measure, number(value));
        return raised ? AlertEngine::tr("%1: %2 changes by %3 a minute at %4")
                            .arg(rule.name, rule.measure, number(value), entity)
                      : AlertEngine::tr("%1 cleared: %2 changes by %3 a minute at %4")
                            .arg(rule.name, rule.measure, number(value), entity);
    }
    if (entity.isEmpty())
        return raised ? AlertEngine::tr("%1: %2 is %3").arg(rule.name, rule.measure, number(value))
                      : AlertEngine::tr("%1 cleared: %2 is %3").arg(rule.name, rule.measure, number(value));
    return raised ? AlertEngine::tr("%1: %2 is %3 at %4").arg(rule.name, rule.measure, number(value), entity)
                  : AlertEngine::tr("%1 cleared: %2 is %3 at %4")
                        .arg(rule.name, rule.measure, number(value), entity);
}

bool sameCondition(const AlertRule &a, const AlertRule &b)
{
    return a.kind == b.kind && a.measure == b.measure && a.entity == b.entity;
}

} // namespace

void AlertEngine::setRules(const QList<AlertRule> &rules)
{
    QList<AlertRule> next;
    QSet<QString> ids;
    for (AlertRule r : rules) {
        if (r.id.isEmpty())
            r.id = AlertRule::idFromName(r.name);
        const QString base = r.id;
        for (int n = 2; ids.contains(r.id); ++n)
            r.id = QStringLiteral("%1-%2").arg(base).arg(n);
        ids.insert(r.id);
        next.append(r);
    }
    QHash<QString, const AlertRule *> byId;
    for (const AlertRule &r : next)
        byId.insert(r.id, &r);
    for (const AlertRule &old : std::as_const(m_rules)) {
        const AlertRule *now = byId.value(old.id);
        if (!now || !now->enabled || !now->check() || !sameCondition(old, *now)) {
            m_active.remove(old.id);
            m_previous.remove(old.id);
            m_previousTime.remove(old.id);
        }
    }
    m_rules = std::move(next);
    m_live.clear();
    m_watched.clear();
    for (int i = 0; i < m_rules.size(); ++i) {
        const AlertRule &r = m_rules.at(i);
        if (!r.enabled || !r.check())
            continue;
        m_live.append(i);
        if (r.kind == AlertRule::Kind::NoData)
            m_watched.insert(r.entity);
    }
    for (auto it = m_lastSeen.begin(); it != m_lastSeen.end();)
        it = m_watched.contains(it.key()) ? std::next(it) : m_lastSeen.erase(it);
}

void AlertEngine::setMapping(const FieldMapping &mapping)
{
    m_mapping = mapping;
    m_measureIndex.clear();
    for (int i = 0; i < mapping.measures.size(); ++i)
        m_measureIndex.insert(mapping.measures.at(i).key, i);
}

void AlertEngine::setSchema(const TableSchema &schema)
{
    m_schema = schema;
}

QList<AlertEvent> AlertEngine::process(const StreamBatch &batch)
{
    QList<AlertEvent> out;
    for (const StreamSample &s : batch) {
        for (const QString &key : {QString(), s.entity}) {
            if (m_watched.contains(key))
                m_lastSeen.insert(key, s.receivedMs);
        }
        for (const int i : std::as_const(m_live)) {
            const AlertRule &rule = m_rules.at(i);
            if (!rule.entity.isEmpty() && rule.entity != s.entity)
                continue;
            if (rule.kind == AlertRule::Kind::NoData) {
                if (m_active.value(rule.id).contains(rule.entity))
                    clear(rule, rule.entity, s.receivedMs, kNaN,
                          rule.entity.isEmpty()
                              ? tr("%1 cleared: data again").arg(rule.name)
                              : tr("%1 cleared: data from %2 again").arg(rule.name, rule.entity),
                          out);
                continue;
            }
            const int m = m_measureIndex.value(rule.measure, -1);
            if (m < 0 || size_t(m) >= s.values.size() || std::isnan(s.values[size_t(m)]))
                continue;
            evaluate(rule, s, s.values[size_t(m)], out);
        }
    }
    return out;
}

void AlertEngine::evaluate(const AlertRule &rule, const StreamSample &s, double v, QList<AlertEvent> &out)
{
    const bool raised = m_active.value(rule.id).contains(s.entity);
    const double thr = rule.threshold, hyst = rule.hysteresis;
    switch (rule.kind) {
    case AlertRule::Kind::Above:
        if (!raised && v > thr)
            raise(rule, s.entity, s.timeMs, v, valueMessage(rule, s.entity, v, true), out);
        else if (raised && v < thr - hyst)
            clear(rule, s.entity, s.timeMs, v, valueMessage(rule, s.entity, v, false), out);
        return;
    case AlertRule::Kind::Below:
        if (!raised && v < thr)
            raise(rule, s.entity, s.timeMs, v, valueMessage(rule, s.entity, v, true), out);
        else if (raised && v > thr + hyst)
            clear(rule, s.entity, s.timeMs, v, valueMessage(rule, s.entity, v, false), out);
        return;
    case AlertRule::Kind::RateOfChange: {
        QHash<QString, double> &values = m_previous[rule.id];
        QHash<QString, qint64> &times = m_previousTime[rule.id];
        const auto prev = values.constFind(s.entity);
        const qint64 prevTime = times.value(s.entity);
        // A late or repeated timestamp gives no rate; the newer reading stays the reference.
        if (prev != values.constEnd() && s.timeMs <= prevTime)
            return;
        const bool hasPrevious = prev != values.constEnd();
        const double previous = hasPrevious ? *prev : 0;
        values.insert(s.entity, v);
        times.insert(s.entity, s.timeMs);
        if (!hasPrevious)
            return;
        const double rate = std::abs(v - previous) * 60'000.0 / double(s.timeMs - prevTime);
        if (!raised && rate > thr)
            raise(rule, s.entity, s.timeMs, rate, valueMessage(rule, s.entity, rate, true), out);
        else if (raised && rate < thr - hyst)
            clear(rule, s.entity, s.timeMs, rate, valueMessage(rule, s.entity, rate, false), out);
        return;
    }
    case AlertRule::Kind::OutsideConstraints: {
        QStringList violations;
        if (!raised && violates(rule, v, &violations).value_or(false)) {
            const QString msg = s.entity.isEmpty() ? tr("%1: %2 is %3, outside the schema's %4")
                                                         .arg(rule.name, rule.measure, number(v),
                                                              violations.join(QStringLiteral(", ")))
                                                   : tr("%1: %2 is %3 at %4, outside the schema's %5")
                                                         .arg(rule.name, rule.measure, number(v), s.entity,
                                                              violations.join(QStringLiteral(", ")));
            raise(rule, s.entity, s.timeMs, v, msg, out);
            return;
        }
        // Back inside by the hysteresis margin: v ± hysteresis must pass the bounds too (when the
        // field can read them: 2 ± 0.5 is no integer).
        const auto margin = [&](double x) { return violates(rule, x, nullptr) != true; };
        if (raised && violates(rule, v, nullptr) == false && margin(v - hyst) && margin(v + hyst))
            clear(rule, s.entity, s.timeMs, v, valueMessage(rule, s.entity, v, false), out);
        return;
    }
    case AlertRule::Kind::NoData:
        return;
    }
}

std::optional<bool> AlertEngine::violates(const AlertRule &rule, double value, QStringList *violations) const
{
    const int f = m_schema.indexOf(rule.measure);
    if (f < 0)
        return false;
    const TableField &field = m_schema.fields.at(f);
    // The ingest reader's own cast and comparisons, so a live value fails exactly where an imported
    // cell would. A type error (3.5 in an integer field) is no verdict on the bounds.
    const TableField::Cell cell = field.read(cellText(field, value));
    if (cell.typeError)
        return std::nullopt;
    bool any = false;
    for (const QString &name : cell.violations) {
        if (name == QLatin1String("minimum") || name == QLatin1String("maximum") ||
            name == QLatin1String("enum")) {
            any = true;
            if (violations)
                violations->append(name);
        }
    }
    return any;
}

void AlertEngine::raise(const AlertRule &rule, const QString &entity, qint64 timeMs, double value,
                        const QString &message, QList<AlertEvent> &out)
{
    AlertEvent e;
    e.timeMs = timeMs;
    e.ruleId = rule.id;
    e.ruleName = rule.name;
    e.severity = rule.severity;
    e.entity = entity;
    e.measure = rule.measure;
    e.value = value;
    e.raised = true;
    e.message = message;
    m_active[rule.id].insert(entity, e);
    out.append(e);
}

void AlertEngine::clear(const AlertRule &rule, const QString &entity, qint64 timeMs, double value,
                        const QString &message, QList<AlertEvent> &out)
{
    auto it = m_active.find(rule.id);
    if (it == m_active.end())
        return;
    AlertEvent e = it->take(entity);
    if (it->isEmpty())
        m_active.erase(it);
    e.timeMs = timeMs;
    e.value = value;
    e.raised = false;
    e.message = message;
    out.append(e);
}

QList<AlertEvent> AlertEngine::tick(qint64 nowMs)
{
    QList<AlertEvent> out;
    for (const int i : std::as_const(m_live)) {
        const AlertRule &rule = m_rules.at(i);
        if (rule.kind != AlertRule::Kind::NoData || m_active.value(rule.id).contains(rule.entity))
            continue;
        auto seen = m_lastSeen.find(rule.entity);
        if (seen == m_lastSeen.end())
            seen = m_lastSeen.insert(rule.entity, nowMs); // never seen: the wait starts now
        if (nowMs - *seen < qint64(rule.noDataSecs) * 1000)
            continue;
        raise(
            rule, rule.entity, nowMs, kNaN,
            rule.entity.isEmpty()
                ? tr("%1: no data for %2 s").arg(rule.name).arg((nowMs - *seen) / 1000)
                : tr("%1: no data from %2 for %3 s").arg(rule.name, rule.entity).arg((nowMs - *seen) / 1000),
            out);
    }
    return out;
}

QList<AlertEvent> AlertEngine::active() const
{
    QList<AlertEvent> out;
    for (const QHash<QString, AlertEvent> &byEntity : m_active) {
        for (const AlertEvent &e : byEntity)
            out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const AlertEvent &a, const AlertEvent &b) {
        return a.timeMs != b.timeMs ? a.timeMs > b.timeMs : a.entity < b.entity;
    });
    return out;
}

} // namespace urbis
