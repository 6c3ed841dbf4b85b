# Remote profiles and their keys (remote storage issue); included by core/CMakeLists.txt.
find_package(Qt6Keychain REQUIRED)
target_sources(urbis_core PRIVATE
  storage/remote/remoteprofile.cpp storage/remote/remoteprofile.h
  storage/remote/remoteprofiles.cpp storage/remote/remoteprofiles.h
  storage/remote/remotecredentials.cpp storage/remote/remotecredentials.h
)
target_link_libraries(urbis_core PRIVATE qt6keychain)
