# S3 client pieces (remote storage issue); included by core/CMakeLists.txt.
target_sources(urbis_core PRIVATE
  storage/s3/sigv4signer.cpp storage/s3/sigv4signer.h
  storage/s3/s3endpoint.h storage/s3/s3objectinfo.h storage/s3/s3part.h storage/s3/s3response.h
  storage/s3/plainhttpconnection.cpp storage/s3/plainhttpconnection.h
  storage/s3/s3client.cpp storage/s3/s3client.h
  storage/s3/s3encryption.cpp storage/s3/s3encryption.h
  storage/s3/s3logging.cpp storage/s3/s3logging.h
  storage/s3/s3retry.cpp storage/s3/s3retry.h
  storage/s3/s3multipart.cpp storage/s3/s3multipart.h
  storage/s3/s3uploadstate.cpp storage/s3/s3uploadstate.h
  storage/s3/s3workerpool.cpp storage/s3/s3workerpool.h
  storage/s3/tokenbucket.cpp storage/s3/tokenbucket.h
  storage/s3/filesha256.cpp storage/s3/filesha256.h
  storage/s3/s3uploader.cpp storage/s3/s3uploader.h
  storage/s3/s3downloader.cpp storage/s3/s3downloader.h
  storage/s3/orderedhasher.cpp storage/s3/orderedhasher.h
)
target_link_libraries(urbis_core PRIVATE Qt6::Network)
