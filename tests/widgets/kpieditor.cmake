# KPI editor and dashboard designer tests (offscreen). Included by tests/widgets/CMakeLists.txt.
urbis_add_test(NAME test_formulaedit SOURCES test_formulaedit.cpp LIBS urbis_widgets LABELS widgets kpi)
urbis_add_test(NAME test_kpieditor SOURCES test_kpieditor.cpp LIBS urbis_widgets LABELS widgets kpi)
urbis_add_test(NAME test_dashboarddesigner SOURCES test_dashboarddesigner.cpp LIBS urbis_widgets LABELS widgets kpi)
