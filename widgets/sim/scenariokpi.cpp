#include "scenariokpi.h"

#include "scenariorun.h"

#include <QLocale>

#include <algorithm>

namespace urbis {

QList<ScenarioKpi> ScenarioKpi::of(const ScenarioRun &run)
{
    QList<ScenarioKpi> out{{kAreaId, tr("area (ha)"), tr("area"), QStringLiteral("ha"), 10'000, run.areaSeries()}};
    if (run.state() != ScenarioRun::State::Succeeded)
        return out;
    for (const ImpactRecord &r : run.result().impact) {
        if (!r.category.isEmpty())
            continue; // the totals; categories stay in the result's table
        auto it = std::find_if(out.begin(), out.end(), [&](const ScenarioKpi &k) { return k.id == r.metric; });
        if (it == out.end()) {
            out.append({r.metric, tr("%1 (%2)").arg(r.metric, r.unit), r.metric, r.unit == u"count" ? QString() : r.unit, 1, {}});
            it = out.end() - 1;
        }
        it->series << QPointF(r.step, r.value);
    }
    return out;
}

double ScenarioKpi::valueAt(const QList<QPointF> &series, int step)
{
    auto it = std::upper_bound(series.cbegin(), series.cend(), double(step),
                               [](double s, const QPointF &p) { return s < p.x(); });
    return it == series.cbegin() ? 0.0 : (it - 1)->y();
}

QString ScenarioKpi::impactText(const QList<ImpactRecord> &records, int step)
{
    // Records come step by step; the last step <= `step` that has any is the one to show.
    int shown = -1;
    for (const ImpactRecord &r : records)
        if (r.step <= step)
            shown = std::max(shown, r.step);
    if (shown < 0)
        return {};
    QStringList parts;
    QString metric;
    QStringList categories;
    const auto flush = [&] {
        if (!categories.isEmpty())
            parts.last() += QStringLiteral(" (%1)").arg(categories.join(QStringLiteral(", ")));
        categories.clear();
    };
    for (const ImpactRecord &r : records) {
        if (r.step != shown)
            continue;
        const QString value = QLocale().toString(r.value, 'f', 0);
        if (r.category.isEmpty()) {
            flush();
            parts << tr("%1 %2 %3").arg(r.metric, value, r.unit == u"count" ? QString() : r.unit).trimmed();
        } else if (!parts.isEmpty()) {
            categories << tr("%1 %2").arg(r.category, value);
        }
    }
    flush();
    return tr("Affected at step %1: %2").arg(shown).arg(parts.join(QStringLiteral("; ")));
}

} // namespace urbis
