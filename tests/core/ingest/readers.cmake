# Reader tests (see core/ingest/readers.cmake). GDAL is linked to build vector and raster fixtures.
urbis_add_test(NAME test_readers SOURCES test_readers.cpp LIBS urbis_core GDAL::GDAL LABELS core)
urbis_add_test(NAME test_ogrsource SOURCES test_ogrsource.cpp LIBS urbis_core GDAL::GDAL LABELS core)
urbis_add_test(NAME test_hostilefiles SOURCES test_hostilefiles.cpp LIBS urbis_core GDAL::GDAL LABELS core)
foreach(t test_readers test_ogrsource test_hostilefiles)
  target_compile_definitions(${t} PRIVATE URBIS_INGEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data/ingest")
endforeach()
