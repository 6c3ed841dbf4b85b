# Scenarios (scenarios issue): the scenario file, its inputs on the grid, outputs, the runner Task
# and the store. The grid georeferencing, warping, rasterising and GeoTIFF writing are GDAL work and
# live in geo/. Included by core/CMakeLists.txt; paths are relative to core/.
target_sources(urbis_core PRIVATE
  geo/gridgeoref.h geo/gridgeoref.cpp geo/gridwarp.h geo/gridwarp.cpp
  geo/gridrasterizer.h geo/gridrasterizer.cpp geo/gridtiffwriter.h geo/gridtiffwriter.cpp
  sim/gridspec.h sim/gridspec.cpp sim/gridline.h sim/gridline.cpp
  sim/scenariojson.h sim/scenariojson.cpp sim/scenarioprovenance.h sim/scenarioprovenance.cpp
  sim/scenario.h sim/scenario.cpp sim/scenarioreader.h sim/scenarioreader.cpp
  sim/scenarioimpact.h sim/scenarioimpact.cpp
  sim/scenarioinputs.h sim/scenarioinputs.cpp sim/scenariooutputs.h sim/scenariooutputs.cpp
  sim/scenarioframe.h sim/scenariorunresult.h
  sim/scenarioresults.h sim/scenarioresults.cpp
  sim/scenariorunner.h sim/scenariorunner.cpp
  sim/scenariostore.h sim/scenariostore.cpp
)
