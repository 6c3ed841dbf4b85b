# Sync panel and remote dialog tests (offscreen). Included by tests/widgets/CMakeLists.txt.
urbis_add_test(NAME test_syncpanel SOURCES test_syncpanel.cpp LIBS urbis_widgets Qt6::Network LABELS widgets sync)
