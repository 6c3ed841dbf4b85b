#pragma once

#include "kpibarpanel.h"

namespace urbis {

/** Stacked bars: categories are periods, each dimension value (or KPI) is one stacked segment. */
class KpiStackedBarPanel : public KpiBarPanel
{
    Q_OBJECT
public:
    explicit KpiStackedBarPanel(QWidget *parent = nullptr);
};

} // namespace urbis
