#pragma once

#include "../util/result.h"
#include "dashboardpanel.h"
#include "kpidefinition.h"
#include "kpifilter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace urbis {

/**
 * The KPI–City–Visualization model of the seeds (section 5.6): a dashboard owns the KPI
 * definitions it shows, the panels that visualise them and the common filters (city, time range,
 * domain, grain) applied to every panel. Value type; saved as one JSON document (DashboardStore).
 */
class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(urbis::Dashboard)
public:
    static constexpr int kColumns = 12;

    QString id;    ///< file name stem in the dashboards folder: [a-z0-9-]+
    QString title;
    QString description;
    QString city;  ///< the city it was made for (informative; filters.cities is what applies)
    KpiFilter filters;
    QList<KpiDefinition> kpis;
    QList<DashboardPanel> panels;

    const KpiDefinition *kpi(const QString &id) const;
    const DashboardPanel *panel(const QString &id) const;
    /** An id not yet used by a panel ("panel-3"). */
    QString newPanelId() const;
    /** The first free rectangle of w × h cells, scanning rows top to bottom. */
    QRect freeCell(int w, int h) const;

    QJsonObject toJson() const; ///< {"urbisDashboard": 1, "id", "title", …, "filters", "kpis": [...], "panels": [...]}
    /** InvalidData naming the offending entry (a panel naming an unknown KPI, a duplicate id, a bad KPI). */
    static Result<Dashboard> fromJson(const QJsonObject &o);
    bool operator==(const Dashboard &) const = default;
};

} // namespace urbis
