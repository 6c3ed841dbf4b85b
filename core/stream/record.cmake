# Recording a stream into a dataset and replaying a dataset as a stream (streams issue).
target_sources(urbis_core PRIVATE
  stream/streamrecorder.h stream/streamrecorder.cpp
  stream/recordinglayout.h stream/recordinglayout.cpp
  stream/recordingstats.h
  stream/recordingfile.h stream/recordingfile.cpp
  stream/recordingschema.h stream/recordingschema.cpp
  stream/recordingstate.h stream/recordingstate.cpp
  stream/recordingcompletion.h stream/recordingcompletion.cpp
  stream/utctext.h stream/utctext.cpp
  stream/gpkgpoint.h stream/gpkgpoint.cpp
  stream/replayserver.h stream/replayserver.cpp
  stream/replaytable.h stream/replaytable.cpp
  stream/replayrowencoder.h stream/replayrowencoder.cpp
  stream/replayreadahead.h stream/replayreadahead.cpp
)
