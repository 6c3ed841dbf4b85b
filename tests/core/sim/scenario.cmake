# Scenario files, inputs, outputs, the runner and the demo scenarios; included by
# tests/core/CMakeLists.txt, paths relative to tests/core. The tests write their GeoTIFFs with GDAL.
urbis_add_test(NAME test_scenario SOURCES sim/test_scenario.cpp sim/scenariotestdata.h LIBS urbis_core GDAL::GDAL LABELS core sim)
urbis_add_test(NAME test_scenarioinputs SOURCES sim/test_scenarioinputs.cpp sim/scenariotestdata.h LIBS urbis_core GDAL::GDAL LABELS core sim)
urbis_add_test(NAME test_scenariorunner SOURCES sim/test_scenariorunner.cpp sim/scenariotestdata.h LIBS urbis_core GDAL::GDAL LABELS core sim)
urbis_add_test(NAME test_scenariodemo SOURCES sim/test_scenariodemo.cpp sim/scenariotestdata.h LIBS urbis_core GDAL::GDAL LABELS core sim)
