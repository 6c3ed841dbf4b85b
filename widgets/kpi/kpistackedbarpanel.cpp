#include "kpistackedbarpanel.h"

namespace urbis {

KpiStackedBarPanel::KpiStackedBarPanel(QWidget *parent) : KpiBarPanel(true, parent) {}

} // namespace urbis
