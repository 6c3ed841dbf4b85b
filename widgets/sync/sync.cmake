# Sync panel, remote dialog and their models (sync issue); included by widgets/CMakeLists.txt.
target_sources(urbis_widgets PRIVATE
  sync/connectiontester.cpp sync/connectiontester.h
  sync/remotedialog.cpp sync/remotedialog.h
  sync/remoteoverview.cpp sync/remoteoverview.h
  sync/remotelistmodel.cpp sync/remotelistmodel.h
  sync/remotelistview.cpp sync/remotelistview.h
  sync/conflictlistmodel.cpp sync/conflictlistmodel.h
  sync/conflictsview.cpp sync/conflictsview.h
  sync/syncplanmodel.cpp sync/syncplanmodel.h
  sync/syncpreviewview.cpp sync/syncpreviewview.h
  sync/transfersview.cpp sync/transfersview.h
  sync/syncpanel.cpp sync/syncpanel.h
)
# QtConcurrent: the status read, the connection test and the keyring write run on pool threads.
target_link_libraries(urbis_widgets PRIVATE Qt6::Concurrent)
