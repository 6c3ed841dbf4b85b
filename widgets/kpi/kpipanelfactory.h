#pragma once

#include "kpi/dashboardpanel.h"

class QWidget;

namespace urbis {

class KpiPanelWidget;

/** Makes the widget that shows a panel of the given type; the caller (or `parent`) owns it. */
class KpiPanelFactory
{
public:
    static KpiPanelWidget *create(DashboardPanel::Type type, QWidget *parent = nullptr);
};

} // namespace urbis
