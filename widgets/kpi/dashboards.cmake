# The Dashboards tab that joins the view and the designer; included by widgets/CMakeLists.txt.
target_sources(urbis_widgets PRIVATE
  kpi/dashboardbrowser.cpp kpi/dashboardbrowser.h
)
