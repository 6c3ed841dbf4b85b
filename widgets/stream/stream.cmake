# Stream monitor: watched streams, live charts, alerts, rejected messages, live map markers (streams issue).
target_sources(urbis_widgets PRIVATE
  stream/stationmarker.h
  stream/stationoverlay.cpp stream/stationoverlay.h
  stream/stationmarkercollector.cpp stream/stationmarkercollector.h
  stream/streamstatus.cpp stream/streamstatus.h
  stream/streamlistmodel.cpp stream/streamlistmodel.h
  stream/streamlistpanel.cpp stream/streamlistpanel.h
  stream/livetimerange.cpp stream/livetimerange.h
  stream/streamchart.cpp stream/streamchart.h
  stream/streamchartsview.cpp stream/streamchartsview.h
  stream/alertlistmodel.cpp stream/alertlistmodel.h
  stream/alerthistoryloader.cpp stream/alerthistoryloader.h
  stream/alertfiltermodel.cpp stream/alertfiltermodel.h
  stream/alertruledialog.cpp stream/alertruledialog.h
  stream/alertpanel.cpp stream/alertpanel.h
  stream/rejectedmessagesmodel.cpp stream/rejectedmessagesmodel.h
  stream/fieldmappingeditor.cpp stream/fieldmappingeditor.h
  stream/streamdialog.cpp stream/streamdialog.h
  stream/streamsessions.cpp stream/streamsessions.h
  stream/streamactions.cpp stream/streamactions.h
  stream/streammonitor.cpp stream/streammonitor.h
)
# Charts draw the live values; the alert history is read on a pool thread.
target_link_libraries(urbis_widgets PUBLIC Qt6::Charts PRIVATE Qt6::Concurrent)
