# KPI formula language, calendar and engine tests; included by tests/core/CMakeLists.txt.
urbis_add_test(NAME test_kpiengine SOURCES kpi/test_kpiengine.cpp kpi/factdataset.h LIBS urbis_core LABELS core kpi)
urbis_add_test(NAME test_formulaparser SOURCES kpi/test_formulaparser.cpp LIBS urbis_core LABELS core kpi)
urbis_add_test(NAME test_periodcalendar SOURCES kpi/test_periodcalendar.cpp LIBS urbis_core LABELS core kpi)
urbis_add_test(NAME test_kpitemplates SOURCES kpi/test_kpitemplates.cpp LIBS urbis_core LABELS core kpi)
urbis_add_test(NAME test_factscan SOURCES kpi/test_factscan.cpp LIBS urbis_core LABELS core kpi)
urbis_add_test(NAME test_factpagescan SOURCES kpi/test_factpagescan.cpp LIBS urbis_core LABELS core kpi)
