# Map panel geometry for KPI dashboards (KPI issue, dashboard view); included by core/kpi/kpi.cmake.
target_sources(urbis_core PRIVATE kpi/kpimapdata.h kpi/kpimapdata.cpp)
