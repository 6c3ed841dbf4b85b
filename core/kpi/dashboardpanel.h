#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>

namespace urbis {

/**
 * One tile of a dashboard: which KPIs it shows, as what, and where on the designer's grid.
 *
 * The grid has Dashboard::kColumns columns and as many rows as needed; `cell` is in grid units.
 * `options` holds what only some types use (see the keys below); unknown keys are kept on save.
 */
struct DashboardPanel
{
    Q_DECLARE_TR_FUNCTIONS(urbis::DashboardPanel)
public:
    enum class Type { Stat, Line, Bar, StackedBar, Pie, Gauge, Table, Map, Histogram };

    QString id;       ///< unique within the dashboard
    QString title;    ///< empty = the first KPI's name
    Type type = Type::Stat;
    QStringList kpis; ///< KpiDefinition ids; Line/Bar/StackedBar/Table may show several
    QRect cell{0, 0, 4, 3};
    /**
     * Options by type. All: "dimension" (which dimension becomes series/categories).
     * Stat: "trend" (bool, default true). Gauge: "min", "max" (numbers; default 0 and the highest threshold × 1.5).
     * Map: "mode" ("choropleth" | "points"), "boundaries" (dataset id/title for choropleth), "joinField"
     * (boundary field matched against the dimension value), "lat"/"lon" (point fields). Histogram: "bins" (int, default 10).
     * Table: "limit" (rows, default 500).
     */
    QJsonObject options;

    static QString typeName(Type t);                        ///< "stat", "line", "bar", "stacked-bar", "pie", "gauge", "table", "map", "histogram"
    static std::optional<Type> typeFromName(const QString &name);
    static QString typeLabel(Type t);                       ///< translated, for palettes and menus
    static const QList<Type> &allTypes();

    QJsonObject toJson() const;
    static std::optional<DashboardPanel> fromJson(const QJsonObject &o); ///< nullopt for an unknown type
    bool operator==(const DashboardPanel &) const = default;
};

} // namespace urbis
