# S3 client pieces (remote storage issue); included by core/CMakeLists.txt.
target_sources(urbis_core PRIVATE
  storage/s3/sigv4signer.cpp storage/s3/sigv4signer.h
)
