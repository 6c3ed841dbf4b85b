# The Dashboards tab (browser joining view and designer). Included by tests/widgets/CMakeLists.txt.
urbis_add_test(NAME test_dashboardbrowser SOURCES test_dashboardbrowser.cpp LIBS urbis_widgets LABELS widgets kpi)
