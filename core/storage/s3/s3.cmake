# S3 client pieces (remote storage issue); included by core/CMakeLists.txt.
target_sources(urbis_core PRIVATE
  storage/s3/sigv4signer.cpp storage/s3/sigv4signer.h
  storage/s3/s3endpoint.h storage/s3/s3objectinfo.h storage/s3/s3client.cpp storage/s3/s3client.h
)
target_link_libraries(urbis_core PRIVATE Qt6::Network)
