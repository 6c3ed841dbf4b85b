#include "kpipanelfactory.h"

#include "kpibarpanel.h"
#include "kpigaugepanel.h"
#include "kpihistogrampanel.h"
#include "kpilinepanel.h"
#include "kpimappanel.h"
#include "kpipiepanel.h"
#include "kpistackedbarpanel.h"
#include "kpistatpanel.h"
#include "kpitablepanel.h"

namespace urbis {

KpiPanelWidget *KpiPanelFactory::create(DashboardPanel::Type type, QWidget *parent)
{
    switch (type) {
    case DashboardPanel::Type::Stat: return new KpiStatPanel(parent);
    case DashboardPanel::Type::Line: return new KpiLinePanel(parent);
    case DashboardPanel::Type::Bar: return new KpiBarPanel(parent);
    case DashboardPanel::Type::StackedBar: return new KpiStackedBarPanel(parent);
    case DashboardPanel::Type::Pie: return new KpiPiePanel(parent);
    case DashboardPanel::Type::Gauge: return new KpiGaugePanel(parent);
    case DashboardPanel::Type::Table: return new KpiTablePanel(parent);
    case DashboardPanel::Type::Map: return new KpiMapPanel(parent);
    case DashboardPanel::Type::Histogram: return new KpiHistogramPanel(parent);
    }
    return new KpiStatPanel(parent);
}

} // namespace urbis
