# A watched feed on its own worker thread (streams issue).
target_sources(urbis_core PRIVATE
  stream/streamsession.h stream/streamsession.cpp stream/streamworker.h stream/streamworker.cpp
)
