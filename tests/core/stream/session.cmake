# StreamSession end to end: a Node ws feed (wspeer.js) at 20,000 msg/s recorded into a dataset while
# the main thread's event-loop latency is measured. Runs alone so the latency figure is the
# session's, not another test's.
urbis_add_test(NAME test_streamsession SOURCES stream/test_streamsession.cpp stream/wspeerfixture.h
  LIBS urbis_core SQLite::SQLite3 LABELS core stream TIMEOUT 300)
target_compile_definitions(test_streamsession PRIVATE URBIS_TESTS_DIR="${PROJECT_SOURCE_DIR}/tests")
set_tests_properties(test_streamsession PROPERTIES RUN_SERIAL TRUE)
