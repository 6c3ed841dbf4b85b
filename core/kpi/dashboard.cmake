# Dashboards (model, store, shipped templates), FIWARE / NGSI-LD exchange of KPIs and the
# workspace role. Included by core/kpi/kpi.cmake; paths are relative to core/.
target_sources(urbis_core PRIVATE
  kpi/dashboardpanel.h kpi/dashboardpanel.cpp
  kpi/dashboard.h kpi/dashboard.cpp
  kpi/dashboardstore.h kpi/dashboardstore.cpp
  kpi/kpifiware.h kpi/kpifiware.cpp
  kpi/kpingsild.h kpi/kpingsild.cpp
  workspace/workspacerole.h workspace/workspacerole.cpp
  ${PROJECT_SOURCE_DIR}/resources/kpi/templates.qrc
)
