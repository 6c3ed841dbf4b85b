# Live feeds: message parsing, field mapping, WebSocket and MQTT sources (streams issue).
target_sources(urbis_core PRIVATE
  stream/streamsample.h stream/streamstats.h
  stream/streamlogging.h stream/streamlogging.cpp
  stream/fieldmapping.h stream/fieldmapping.cpp
  stream/sampletime.h stream/sampletime.cpp
  stream/messageparser.h stream/messageparser.cpp
  stream/streamconfig.h stream/streamconfig.cpp
  stream/reconnectpolicy.h stream/reconnectpolicy.cpp
  stream/messagerate.h stream/messagerate.cpp
  stream/streamsource.h stream/streamsource.cpp
  stream/websocketsource.h stream/websocketsource.cpp
  stream/mqttlink.h stream/mqttlink.cpp
  stream/mqttsource.h stream/mqttsource.cpp
)
