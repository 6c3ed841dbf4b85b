# Channel ring buffers with downsampling, alert rules and their log, the saved streams (streams issue).
target_sources(urbis_core PRIVATE
  stream/channelpoint.h
  stream/channelbuffer.h stream/channelbuffer.cpp
  stream/lttb.h stream/lttb.cpp
  stream/channelset.h stream/channelset.cpp
  stream/alertrule.h stream/alertrule.cpp
  stream/alertevent.h stream/alertevent.cpp
  stream/alertengine.h stream/alertengine.cpp
  stream/alertlog.h stream/alertlog.cpp
  stream/streamstore.h stream/streamstore.cpp
)
