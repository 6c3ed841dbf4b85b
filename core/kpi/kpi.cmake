# KPI definitions, formula language and engine (KPI issue); included by core/CMakeLists.txt.
target_sources(urbis_core PRIVATE
  kpi/timegrain.h kpi/timegrain.cpp
  kpi/kpicategory.h kpi/kpicategory.cpp
  kpi/kpisource.h kpi/kpisource.cpp
  kpi/kpisourceresolver.h kpi/kpisourceresolver.cpp
  kpi/kpidefinition.h kpi/kpidefinition.cpp
  kpi/kpifilter.h kpi/kpifilter.cpp
  kpi/kpiresult.h
  kpi/formulatoken.h kpi/formulanode.h
  kpi/formulalexer.h kpi/formulalexer.cpp
  kpi/formulaparser.h kpi/formulaparser.cpp
  kpi/formulacheck.h kpi/formulacheck.cpp
  kpi/formulasql.h kpi/formulasql.cpp
  kpi/periodcalendar.h kpi/periodcalendar.cpp
  kpi/factcube.h kpi/factcube.cpp
  kpi/factscanspec.h kpi/factscanspec.cpp
  kpi/blobconnection.h kpi/blobconnection.cpp
  kpi/sqliterecord.h
  kpi/sqlitetablefile.h kpi/sqlitetablefile.cpp
  kpi/factworkers.h
  kpi/factpagescan.h kpi/factpagescan.cpp
  kpi/factscan.h kpi/factscan.cpp
  kpi/aggregatetable.h kpi/aggregatetable.cpp
  kpi/kpievaluator.h kpi/kpievaluator.cpp
  kpi/kpiplan.h kpi/kpiplan.cpp
  kpi/kpicache.h kpi/kpicache.cpp
  kpi/kpiengine.h kpi/kpiengine.cpp
  kpi/kpievaluationtask.h kpi/kpievaluationtask.cpp
)
include(${CMAKE_CURRENT_LIST_DIR}/dashboard.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/mapdata.cmake OPTIONAL)
