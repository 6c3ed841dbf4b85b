# KPI forecasts (linear trend, Holt-Winters), what-if on a driver, and hazard impact analysis
# (scenarios issue). Included by core/CMakeLists.txt.
target_sources(urbis_core PRIVATE
  sim/forecaststats.h sim/forecaststats.cpp sim/forecastols.h sim/forecastols.cpp
  sim/forecastoptimizer.h sim/forecastoptimizer.cpp
  sim/forecastseries.h sim/forecastseries.cpp sim/forecastspec.h sim/forecastspec.cpp
  sim/forecastresult.h sim/forecastresult.cpp
  sim/lineartrend.h sim/lineartrend.cpp sim/holtwinters.h sim/holtwinters.cpp
  sim/forecaster.h sim/forecaster.cpp sim/kpiforecasts.h sim/kpiforecasts.cpp
  sim/kpiwhatifs.h sim/kpiwhatifs.cpp
  sim/whatifspec.h sim/whatifresult.h sim/whatifresult.cpp sim/whatif.h sim/whatif.cpp
)
target_sources(urbis_core PRIVATE
  sim/impactspec.h sim/impactspec.cpp sim/impactrecord.h
  sim/impactgeometry.h sim/impactgeometry.cpp sim/impactmeasure.h sim/impactmeasure.cpp
  geo/impactlayerreader.h geo/impactlayerreader.cpp
  sim/impactanalysis.h sim/impactanalysis.cpp sim/impacttable.h sim/impacttable.cpp
)
