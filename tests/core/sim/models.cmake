# Wildfire and flood model tests (scenarios issue); included by tests/core/CMakeLists.txt, paths
# relative to tests/core.
urbis_add_test(NAME test_wildfiremodel SOURCES sim/test_wildfiremodel.cpp sim/firetestgrids.h LIBS urbis_core LABELS core sim)
urbis_add_test(NAME test_wildfirecontrol SOURCES sim/test_wildfirecontrol.cpp sim/firetestgrids.h LIBS urbis_core LABELS core sim)
urbis_add_test(NAME test_spreadrate SOURCES sim/test_spreadrate.cpp LIBS urbis_core LABELS core sim)
urbis_add_test(NAME test_floodmodel SOURCES sim/test_floodmodel.cpp sim/floodtestgrids.h LIBS urbis_core LABELS core sim)
urbis_add_test(NAME test_fillspill SOURCES sim/test_fillspill.cpp sim/floodtestgrids.h LIBS urbis_core LABELS core sim)
