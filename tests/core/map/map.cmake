# Map tests (core): tile math, styles, layers, render job and control-image rendering.
# Included by tests/core/CMakeLists.txt; paths are relative to tests/core.
set(URBIS_MAP_TESTS test_webmercator test_vectorstyle test_maprender test_mbtileslayer test_tilecache test_maprenderjob)
urbis_add_test(NAME test_webmercator SOURCES geo/test_webmercator.cpp LIBS urbis_core LABELS core map)
urbis_add_test(NAME test_vectorstyle SOURCES map/test_vectorstyle.cpp map/mapimagecheck.h LIBS urbis_core LABELS core map)
urbis_add_test(NAME test_maprender SOURCES map/test_maprender.cpp map/mapimagecheck.h LIBS urbis_core LABELS core map)
urbis_add_test(NAME test_mbtileslayer SOURCES map/test_mbtileslayer.cpp LIBS urbis_core LABELS core map)
urbis_add_test(NAME test_tilecache SOURCES map/test_tilecache.cpp LIBS urbis_core LABELS core map)
urbis_add_test(NAME test_maprenderjob SOURCES map/test_maprenderjob.cpp LIBS urbis_core LABELS core map)
foreach(t IN LISTS URBIS_MAP_TESTS)
  # Fixtures and control images (tests/data/map).
  target_compile_definitions(${t} PRIVATE URBIS_MAP_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data/map")
endforeach()
