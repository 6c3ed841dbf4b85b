# Recording a stream into a dataset and replaying a dataset as a stream (streams issue).
target_sources(urbis_core PRIVATE
  stream/streamrecorder.h stream/streamrecorder.cpp
  stream/replayserver.h stream/replayserver.cpp
)
