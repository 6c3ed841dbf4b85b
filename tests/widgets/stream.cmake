# Stream monitor widget tests (offscreen). Included by tests/widgets/CMakeLists.txt.
foreach(name streamoverlay streamcharts streammodels streamdialogs)
  urbis_add_test(NAME test_${name} SOURCES test_${name}.cpp LIBS urbis_widgets LABELS widgets stream)
endforeach()
# The monitor in the main window, fed live by wspeer.js (Node `ws`, tests/node_modules).
urbis_add_test(NAME test_streammonitor SOURCES test_streammonitor.cpp ../core/stream/wspeerfixture.h
               LIBS urbis_appgui LABELS widgets stream)
target_compile_definitions(test_streammonitor PRIVATE URBIS_TESTS_DIR="${PROJECT_SOURCE_DIR}/tests")
