# Catalog browser support in core (included by tests/core/CMakeLists.txt).
urbis_add_test(NAME test_recordvalidator SOURCES catalog/test_recordvalidator.cpp LIBS urbis_core LABELS core)
urbis_add_test(NAME test_recorddiff SOURCES catalog/test_recorddiff.cpp LIBS urbis_core LABELS core)
urbis_add_test(NAME test_browseorder SOURCES catalog/test_browseorder.cpp LIBS urbis_core LABELS core)
urbis_add_test(NAME test_datasetassets SOURCES catalog/test_datasetassets.cpp LIBS urbis_core LABELS core)
# GDAL is linked to build the GeoPackage fixture the reader is checked against.
urbis_add_test(NAME test_datasettable SOURCES catalog/test_datasettable.cpp LIBS urbis_core GDAL::GDAL LABELS core)
urbis_add_test(NAME test_mapviewfilter SOURCES catalog/test_mapviewfilter.cpp LIBS urbis_core LABELS core)
