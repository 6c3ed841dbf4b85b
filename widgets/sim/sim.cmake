# Scenarios page (scenarios issue): frame overlay, timeline, runs, list, editor, compare view.
target_sources(urbis_widgets PRIVATE
  sim/simtime.cpp sim/simtime.h
  sim/scenarioframehistory.cpp sim/scenarioframehistory.h
  sim/scenarioframeoverlay.cpp sim/scenarioframeoverlay.h
  sim/scenariotimeline.cpp sim/scenariotimeline.h
  sim/scenariorun.cpp sim/scenariorun.h
  sim/scenarioareachart.cpp sim/scenarioareachart.h
  sim/scenariokpi.cpp sim/scenariokpi.h
  sim/scenariolistmodel.cpp sim/scenariolistmodel.h
  sim/scenariotextfields.cpp sim/scenariotextfields.h
  sim/scenariowildfireform.cpp sim/scenariowildfireform.h
  sim/scenariofloodform.cpp sim/scenariofloodform.h
  sim/scenarioeditdialog.cpp sim/scenarioeditdialog.h
  sim/scenariodefaults.cpp sim/scenariodefaults.h
  sim/mapviewsync.cpp sim/mapviewsync.h
  sim/maplayermirror.cpp sim/maplayermirror.h
  sim/scenariorunview.cpp sim/scenariorunview.h
  sim/scenariocompareview.cpp sim/scenariocompareview.h
  sim/scenariopage.cpp sim/scenariopage.h
)
# The area charts; the scenario list is read on a pool thread.
target_link_libraries(urbis_widgets PUBLIC Qt6::Charts PRIVATE Qt6::Concurrent)
