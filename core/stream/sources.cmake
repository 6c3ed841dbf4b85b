# Live feeds: message parsing, field mapping, WebSocket and MQTT sources (streams issue).
target_sources(urbis_core PRIVATE
  stream/streamsample.h stream/streamstats.h
  stream/fieldmapping.h stream/fieldmapping.cpp
  stream/messageparser.h stream/messageparser.cpp
  stream/streamconfig.h stream/streamconfig.cpp
  stream/reconnectpolicy.h stream/reconnectpolicy.cpp
  stream/streamsource.h stream/streamsource.cpp
  stream/websocketsource.h stream/websocketsource.cpp
  stream/mqttsource.h stream/mqttsource.cpp
)
