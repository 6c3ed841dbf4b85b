# Map canvas widget tests (offscreen). Included by tests/widgets/CMakeLists.txt.
urbis_add_test(NAME test_mapcanvas SOURCES test_mapcanvas.cpp LIBS urbis_widgets LABELS widgets map)
target_compile_definitions(test_mapcanvas PRIVATE URBIS_MAP_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data/map")
urbis_add_test(NAME test_layerstyle SOURCES test_layerstyle.cpp LIBS urbis_widgets LABELS widgets map)
target_compile_definitions(test_layerstyle PRIVATE URBIS_MAP_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data/map")
