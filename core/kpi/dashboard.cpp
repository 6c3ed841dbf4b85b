#include "dashboard.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace urbis {

namespace {

constexpr int kFormatVersion = 1;

Error bad(const QString &message)
{
    return Error(Error::Code::InvalidData, message);
}

bool validId(const QString &id)
{
    static const QRegularExpression syntax(QStringLiteral("^[a-z0-9-]+$"));
    return syntax.match(id).hasMatch();
}

} // namespace

const KpiDefinition *Dashboard::kpi(const QString &kpiId) const
{
    for (const KpiDefinition &k : kpis)
        if (k.id == kpiId)
            return &k;
    return nullptr;
}

const DashboardPanel *Dashboard::panel(const QString &panelId) const
{
    for (const DashboardPanel &p : panels)
        if (p.id == panelId)
            return &p;
    return nullptr;
}

QString Dashboard::newPanelId() const
{
    // Starting past the count keeps ids stable-looking ("panel-7" for the 7th) in the usual case.
    for (qsizetype n = panels.size() + 1;; ++n) {
        const QString candidate = QStringLiteral("panel-%1").arg(n);
        if (!panel(candidate))
            return candidate;
    }
}

QRect Dashboard::freeCell(int w, int h) const
{
    w = std::clamp(w, 1, kColumns);
    h = std::max(h, 1);
    // Below the lowest panel everything is free, so the scan always ends.
    for (int y = 0;; ++y) {
        for (int x = 0; x + w <= kColumns; ++x) {
            const QRect candidate(x, y, w, h);
            bool taken = false;
            for (const DashboardPanel &p : panels) {
                if (p.cell.intersects(candidate)) {
                    taken = true;
                    break;
                }
            }
            if (!taken)
                return candidate;
        }
    }
}

QJsonObject Dashboard::toJson() const
{
    QJsonArray kpiArray;
    for (const KpiDefinition &k : kpis)
        kpiArray.append(k.toJson());
    QJsonArray panelArray;
    for (const DashboardPanel &p : panels)
        panelArray.append(p.toJson());
    QJsonObject o{{QStringLiteral("urbisDashboard"), kFormatVersion},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("kpis"), kpiArray},
                  {QStringLiteral("panels"), panelArray}};
    if (!description.isEmpty())
        o[QStringLiteral("description")] = description;
    if (!city.isEmpty())
        o[QStringLiteral("city")] = city;
    if (!filters.isEmpty())
        o[QStringLiteral("filters")] = filters.toJson();
    return o;
}

Result<Dashboard> Dashboard::fromJson(const QJsonObject &o)
{
    const QJsonValue version = o.value(QStringLiteral("urbisDashboard"));
    if (!version.isUndefined() && version.toInt(-1) != kFormatVersion)
        return bad(tr("This dashboard has format version %1; this Urbis reads version %2")
                       .arg(version.toVariant().toString()).arg(kFormatVersion));
    Dashboard d;
    d.id = o.value(QStringLiteral("id")).toString();
    if (!d.id.isEmpty() && !validId(d.id))
        return bad(tr("Dashboard id \"%1\" may only contain lower-case letters, digits and '-'").arg(d.id));
    d.title = o.value(QStringLiteral("title")).toString();
    d.description = o.value(QStringLiteral("description")).toString();
    d.city = o.value(QStringLiteral("city")).toString();
    d.filters = KpiFilter::fromJson(o.value(QStringLiteral("filters")).toObject());

    const QJsonValue kpiValue = o.value(QStringLiteral("kpis"));
    if (!kpiValue.isUndefined() && !kpiValue.isArray())
        return bad(tr("\"kpis\" must be a list of KPI definitions"));
    const QJsonArray kpiArray = kpiValue.toArray();
    for (qsizetype i = 0; i < kpiArray.size(); ++i) {
        if (!kpiArray.at(i).isObject())
            return bad(tr("KPI %1 of the dashboard is not an object").arg(i + 1));
        Result<KpiDefinition> k = KpiDefinition::fromJson(kpiArray.at(i).toObject());
        if (!k)
            return bad(tr("KPI %1 of the dashboard: %2").arg(i + 1).arg(k.error().message));
        if (d.kpi(k->id))
            return bad(tr("The KPI id \"%1\" is used twice").arg(k->id));
        d.kpis.append(std::move(*k));
    }

    const QJsonValue panelValue = o.value(QStringLiteral("panels"));
    if (!panelValue.isUndefined() && !panelValue.isArray())
        return bad(tr("\"panels\" must be a list of panels"));
    const QJsonArray panelArray = panelValue.toArray();
    for (qsizetype i = 0; i < panelArray.size(); ++i) {
        const QJsonObject po = panelArray.at(i).toObject();
        const QString name = po.value(QStringLiteral("id")).toString();
        const QString label = name.isEmpty() ? QString::number(i + 1) : name;
        if (!panelArray.at(i).isObject())
            return bad(tr("Panel %1 of the dashboard is not an object").arg(i + 1));
        std::optional<DashboardPanel> p = DashboardPanel::fromJson(po);
        if (!p)
            return bad(tr("Panel \"%1\" has the unknown type \"%2\"")
                           .arg(label, po.value(QStringLiteral("type")).toVariant().toString()));
        if (p->id.isEmpty())
            return bad(tr("Panel %1 has no id").arg(i + 1));
        if (d.panel(p->id))
            return bad(tr("The panel id \"%1\" is used twice").arg(p->id));
        for (const QString &k : std::as_const(p->kpis))
            if (!d.kpi(k))
                return bad(tr("Panel \"%1\" shows the unknown KPI \"%2\"").arg(p->id, k));
        const QRect &c = p->cell;
        if (c.x() < 0 || c.y() < 0 || c.width() < 1 || c.height() < 1 || c.x() + c.width() > kColumns)
            return bad(tr("Panel \"%1\" lies outside the %2-column grid").arg(p->id).arg(kColumns));
        d.panels.append(std::move(*p));
    }
    return d;
}

} // namespace urbis
