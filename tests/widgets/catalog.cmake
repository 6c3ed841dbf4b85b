# Catalog browser widget tests (offscreen). Included by tests/widgets/CMakeLists.txt.
urbis_add_test(NAME test_catalogbrowser SOURCES test_catalogbrowser.cpp LIBS urbis_widgets LABELS widgets)
urbis_add_test(NAME test_datasetdetails SOURCES test_datasetdetails.cpp LIBS urbis_widgets LABELS widgets)
