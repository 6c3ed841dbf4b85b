# S3 transfers through a fault-injecting proxy (resets, stalls, truncated bodies, 503 SlowDown) in
# front of s3rver; included by tests/core/CMakeLists.txt.
urbis_add_test(NAME test_s3faults SOURCES storage/test_s3faults.cpp storage/faultproxy.h storage/s3rverfixture.h
  LIBS urbis_core Qt6::Network LABELS core s3)
target_compile_definitions(test_s3faults PRIVATE URBIS_TESTS_DIR="${PROJECT_SOURCE_DIR}/tests")
urbis_add_test(NAME test_syncfaults SOURCES storage/test_syncfaults.cpp storage/faultproxy.h storage/s3rverfixture.h
  LIBS urbis_core Qt6::Network LABELS core s3)
target_compile_definitions(test_syncfaults PRIVATE URBIS_TESTS_DIR="${PROJECT_SOURCE_DIR}/tests")
