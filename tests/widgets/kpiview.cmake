# KPI dashboard view tests (offscreen): panels and exports. Included by tests/widgets/CMakeLists.txt.
urbis_add_test(NAME test_kpipanels SOURCES test_kpipanels.cpp LIBS urbis_widgets LABELS widgets kpi)
urbis_add_test(NAME test_dashboardexport SOURCES test_dashboardexport.cpp LIBS urbis_widgets LABELS widgets kpi)
urbis_add_test(NAME test_dashboardpage SOURCES test_dashboardpage.cpp LIBS urbis_widgets LABELS widgets kpi)
