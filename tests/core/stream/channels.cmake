# Channel buffers, downsampling, alert rules, engine and log, the saved streams (streams issue).
# Included by tests/core/CMakeLists.txt; paths are relative to tests/core.
urbis_add_test(NAME test_channelbuffer SOURCES stream/test_channelbuffer.cpp LIBS urbis_core LABELS core stream)
urbis_add_test(NAME test_lttb SOURCES stream/test_lttb.cpp LIBS urbis_core LABELS core stream)
urbis_add_test(NAME test_channelset SOURCES stream/test_channelset.cpp LIBS urbis_core LABELS core stream)
urbis_add_test(NAME test_alertrule SOURCES stream/test_alertrule.cpp LIBS urbis_core LABELS core stream)
urbis_add_test(NAME test_alertengine SOURCES stream/test_alertengine.cpp LIBS urbis_core LABELS core stream)
urbis_add_test(NAME test_alertlog SOURCES stream/test_alertlog.cpp LIBS urbis_core LABELS core stream)
urbis_add_test(NAME test_streamstore SOURCES stream/test_streamstore.cpp LIBS urbis_core LABELS core stream)
