# Dashboards, their store and templates, FIWARE / NGSI-LD exchange, the workspace role.
# Included by tests/core/CMakeLists.txt; paths are relative to tests/core.
urbis_add_test(NAME test_dashboard SOURCES kpi/test_dashboard.cpp LIBS urbis_core LABELS core kpi)
urbis_add_test(NAME test_dashboardstore SOURCES kpi/test_dashboardstore.cpp LIBS urbis_core LABELS core kpi)
urbis_add_test(NAME test_kpifiware SOURCES kpi/test_kpifiware.cpp LIBS urbis_core LABELS core kpi)
urbis_add_test(NAME test_kpingsild SOURCES kpi/test_kpingsild.cpp LIBS urbis_core LABELS core kpi)
urbis_add_test(NAME test_workspacerole SOURCES workspace/test_workspacerole.cpp LIBS urbis_core LABELS core)
