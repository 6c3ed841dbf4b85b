# KPI forecasts, what-if and impact analysis (scenarios issue); included by tests/core/CMakeLists.txt.
urbis_add_test(NAME test_forecast SOURCES sim/test_forecast.cpp LIBS urbis_core LABELS core sim)
urbis_add_test(NAME test_forecastholtwinters SOURCES sim/test_forecastholtwinters.cpp LIBS urbis_core LABELS core sim)
urbis_add_test(NAME test_whatif SOURCES sim/test_whatif.cpp LIBS urbis_core LABELS core sim)
# GDAL is linked to write the GeoPackage fixtures (in a projected and a geographic CRS).
urbis_add_test(NAME test_impactanalysis SOURCES sim/test_impactanalysis.cpp LIBS urbis_core GDAL::GDAL LABELS core sim)
