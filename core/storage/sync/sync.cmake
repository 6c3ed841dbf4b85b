# Offline-first sync with an S3 remote through a STAC catalog in the bucket (remote storage issue);
# included by core/CMakeLists.txt.
target_sources(urbis_core PRIVATE
  storage/sync/syncoptions.h storage/sync/syncstatus.h
  storage/sync/syncreport.cpp storage/sync/syncreport.h
  storage/sync/remotelayout.cpp storage/sync/remotelayout.h
  storage/sync/remoteitem.h
  storage/sync/stacitemcodec.cpp storage/sync/stacitemcodec.h
  storage/sync/staccatalogbuilder.cpp storage/sync/staccatalogbuilder.h
  storage/sync/syncledger.cpp storage/sync/syncledger.h
  storage/sync/remotescan.cpp storage/sync/remotescan.h
  storage/sync/transfermeter.cpp storage/sync/transfermeter.h
  storage/sync/blobtransfers.cpp storage/sync/blobtransfers.h
  storage/sync/syncengine.cpp storage/sync/syncengine.h
  storage/sync/syncrun.cpp storage/sync/syncrun.h
  storage/sync/synctask.cpp storage/sync/synctask.h
  storage/sync/syncscheduler.cpp storage/sync/syncscheduler.h
)
