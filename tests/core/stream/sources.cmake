# Live feed tests (parsing, mapping, WebSocket and MQTT sources); included by tests/core/CMakeLists.txt.
# The source tests start real peers on 127.0.0.1: wspeer.js (Node `ws`, tests/node_modules) and a
# private mosquitto broker published to with mosquitto_pub (Debian: mosquitto, mosquitto-clients).
foreach(name fieldmapping messageparser reconnectpolicy streamconfig streamsource)
  urbis_add_test(NAME test_${name} SOURCES stream/test_${name}.cpp LIBS urbis_core LABELS core stream)
  target_compile_definitions(test_${name} PRIVATE URBIS_TESTS_DIR="${PROJECT_SOURCE_DIR}/tests")
endforeach()
urbis_add_test(NAME test_websocketsource SOURCES stream/test_websocketsource.cpp stream/wspeerfixture.h
  LIBS urbis_core Qt6::Network Qt6::WebSockets LABELS core stream)
target_compile_definitions(test_websocketsource PRIVATE URBIS_TESTS_DIR="${PROJECT_SOURCE_DIR}/tests")
urbis_add_test(NAME test_mqttsource SOURCES stream/test_mqttsource.cpp stream/mosquittofixture.h
  LIBS urbis_core Qt6::Network LABELS core stream)
