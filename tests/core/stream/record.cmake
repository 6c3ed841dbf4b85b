# StreamRecorder and ReplayServer tests; included by tests/core/CMakeLists.txt.
urbis_add_test(NAME test_streamrecorder SOURCES stream/test_streamrecorder.cpp LIBS urbis_core LABELS core stream)
urbis_add_test(NAME test_replayserver SOURCES stream/test_replayserver.cpp LIBS urbis_core Qt6::WebSockets LABELS core stream)
urbis_add_test(NAME test_recordingfile SOURCES stream/test_recordingfile.cpp LIBS urbis_core LABELS core stream)
