# Wildfire and flood models on rasters (scenarios issue); docs/simulation.md describes them.
target_sources(urbis_core PRIVATE
  sim/grid.h sim/simcontrol.h sim/simcontrol.cpp sim/simrandom.h
  sim/wildfiremodel.h sim/wildfiremodel.cpp
  sim/spreadrate.h sim/spreadrate.cpp
  sim/arrivalqueue.h sim/arrivalqueue.cpp
  sim/firespread.h sim/firespread.cpp sim/hugepageallocator.h
  sim/floodmodel.h sim/floodmodel.cpp
  sim/seriesintegral.h sim/seriesintegral.cpp
  sim/localinertial.h sim/localinertial.cpp
  sim/depressionhierarchy.h sim/depressionhierarchy.cpp
  sim/fillspill.h sim/fillspill.cpp
)
