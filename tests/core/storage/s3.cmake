# Tests of the S3 transfer pieces (retries, multipart upload, parallel download); included by
# tests/core/CMakeLists.txt. test_s3retry needs no server; the others start s3rver (S3rverFixture).
urbis_add_test(NAME test_s3retry SOURCES storage/test_s3retry.cpp storage/loopbackhttpserver.h
  LIBS urbis_core Qt6::Network LABELS core s3)
urbis_add_test(NAME test_s3uploader SOURCES storage/test_s3uploader.cpp storage/s3rverfixture.h storage/loopbackhttpserver.h
  LIBS urbis_core Qt6::Network LABELS core s3)
target_compile_definitions(test_s3uploader PRIVATE URBIS_TESTS_DIR="${PROJECT_SOURCE_DIR}/tests")
urbis_add_test(NAME test_s3downloader SOURCES storage/test_s3downloader.cpp storage/s3rverfixture.h storage/loopbackhttpserver.h
  LIBS urbis_core Qt6::Network LABELS core s3)
target_compile_definitions(test_s3downloader PRIVATE URBIS_TESTS_DIR="${PROJECT_SOURCE_DIR}/tests")
urbis_add_test(NAME test_syncengine SOURCES storage/test_syncengine.cpp storage/s3rverfixture.h
  LIBS urbis_core Qt6::Network LABELS core s3)
target_compile_definitions(test_syncengine PRIVATE URBIS_TESTS_DIR="${PROJECT_SOURCE_DIR}/tests")
urbis_add_test(NAME test_syncscheduler SOURCES storage/test_syncscheduler.cpp storage/s3rverfixture.h storage/loopbackhttpserver.h
  LIBS urbis_core Qt6::Network Qt6::Test LABELS core s3)
target_compile_definitions(test_syncscheduler PRIVATE URBIS_TESTS_DIR="${PROJECT_SOURCE_DIR}/tests")
urbis_add_test(NAME test_transfermeter SOURCES storage/test_transfermeter.cpp LIBS urbis_core LABELS core)
urbis_add_test(NAME test_plainhttpconnection SOURCES storage/test_plainhttpconnection.cpp storage/loopbackhttpserver.h
  LIBS urbis_core Qt6::Network LABELS core s3)
