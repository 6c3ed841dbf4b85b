#pragma once

// A dashboard panel in one call, for the KPI widget tests.

#include "kpi/dashboardpanel.h"

#include <QJsonObject>
#include <QRect>

namespace urbis::test {

inline DashboardPanel panel(const QString &id, DashboardPanel::Type type, const QString &kpiId, QRect cell,
                            const QJsonObject &options = {})
{
    DashboardPanel p;
    p.id = id;
    p.type = type;
    p.kpis = {kpiId};
    p.cell = cell;
    p.options = options;
    return p;
}

} // namespace urbis::test
