# Tests of the REST ingestion client against the scripted loopback server; included by
# tests/core/CMakeLists.txt.
urbis_add_test(NAME test_restingestclient SOURCES storage/test_restingestclient.cpp storage/loopbackhttpserver.h
  storage/multipartparser.h LIBS urbis_core Qt6::Network LABELS core)
