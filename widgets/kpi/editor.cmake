# KPI editor and dashboard designer (KPI issue); included by widgets/CMakeLists.txt.
target_sources(urbis_widgets PRIVATE
  kpi/formulaedit.cpp kpi/formulaedit.h
  kpi/kpicatalogprobe.cpp kpi/kpicatalogprobe.h
  kpi/kpipreviewsparkline.cpp kpi/kpipreviewsparkline.h
  kpi/kpipreviewmodel.cpp kpi/kpipreviewmodel.h
  kpi/kpipreviewpane.cpp kpi/kpipreviewpane.h
  kpi/commalist.h kpi/kpisourceseditor.cpp kpi/kpisourceseditor.h
  kpi/kpitargetseditor.cpp kpi/kpitargetseditor.h
  kpi/kpieditor.cpp kpi/kpieditor.h
  kpi/kpieditordialog.cpp kpi/kpieditordialog.h
  kpi/designerdocument.cpp kpi/designerdocument.h
  kpi/designercommand.cpp kpi/designercommand.h
  kpi/designeritem.cpp kpi/designeritem.h
  kpi/designerpalettemodel.cpp kpi/designerpalettemodel.h
  kpi/designerpanelmodel.cpp kpi/designerpanelmodel.h
  kpi/designergrid.cpp kpi/designergrid.h
  kpi/designerpalette.cpp kpi/designerpalette.h
  kpi/designerpanelproperties.cpp kpi/designerpanelproperties.h
  kpi/designerdashboardproperties.cpp kpi/designerdashboardproperties.h
  kpi/dashboarddesigner.cpp kpi/dashboarddesigner.h
)
# QtConcurrent: KpiCatalogProbe reads datasets and source fields on pool threads.
target_link_libraries(urbis_widgets PRIVATE Qt6::Concurrent)
