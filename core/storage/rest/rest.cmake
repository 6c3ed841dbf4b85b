# REST ingestion client (hand a dataset to a preprocessing endpoint); included by core/CMakeLists.txt.
target_sources(urbis_core PRIVATE
  storage/rest/restingestclient.cpp storage/rest/restingestclient.h
)
target_link_libraries(urbis_core PRIVATE Qt6::Network)
