# KPI dashboard view: panels, grid, filter bar, page and exports (KPI issue); included by widgets/CMakeLists.txt.
target_sources(urbis_widgets PRIVATE
  kpi/kpipanelstyle.cpp kpi/kpipanelstyle.h
  kpi/kpiseriesdata.cpp kpi/kpiseriesdata.h
  kpi/kpipanelwidget.cpp kpi/kpipanelwidget.h
  kpi/kpipaintcanvas.cpp kpi/kpipaintcanvas.h
  kpi/kpichartpanel.cpp kpi/kpichartpanel.h
  kpi/kpistatpanel.cpp kpi/kpistatpanel.h
  kpi/kpilinepanel.cpp kpi/kpilinepanel.h
  kpi/kpibarpanel.cpp kpi/kpibarpanel.h
  kpi/kpistackedbarpanel.cpp kpi/kpistackedbarpanel.h
  kpi/kpipiepanel.cpp kpi/kpipiepanel.h
  kpi/kpigaugepanel.cpp kpi/kpigaugepanel.h
  kpi/kpitablemodel.cpp kpi/kpitablemodel.h
  kpi/kpitablepanel.cpp kpi/kpitablepanel.h
  kpi/kpimappanel.cpp kpi/kpimappanel.h
  kpi/kpihistogrampanel.cpp kpi/kpihistogrampanel.h
  kpi/kpipanelfactory.cpp kpi/kpipanelfactory.h
  kpi/dashboardgridlayout.cpp kpi/dashboardgridlayout.h
  kpi/dashboardview.cpp kpi/dashboardview.h
  kpi/dashboardfilterbar.cpp kpi/dashboardfilterbar.h
  kpi/dashboardexporter.cpp kpi/dashboardexporter.h
  kpi/dashboardpage.cpp kpi/dashboardpage.h
)
# Charts draw the panels, Svg writes panel exports, Concurrent reads map geometry off the GUI thread.
target_link_libraries(urbis_widgets PUBLIC Qt6::Charts Qt6::Svg PRIVATE Qt6::Concurrent)
