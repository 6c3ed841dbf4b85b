# Wildfire and flood models on rasters (scenarios issue).
target_sources(urbis_core PRIVATE
  sim/grid.h sim/simcontrol.h sim/simcontrol.cpp
  sim/wildfiremodel.h sim/wildfiremodel.cpp
  sim/floodmodel.h sim/floodmodel.cpp
)
