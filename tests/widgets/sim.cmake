# Scenarios page widget tests (offscreen). Included by tests/widgets/CMakeLists.txt.
foreach(name scenariooverlay scenariotimeline scenariocompare)
  urbis_add_test(NAME test_${name} SOURCES test_${name}.cpp test_scenariofixture.h LIBS urbis_widgets LABELS widgets sim)
endforeach()
# Runs scenarios of a small workspace and the demo's wildfire (the docs screenshot with URBIS_SHOT_DIR).
urbis_add_test(NAME test_scenariopage SOURCES test_scenariopage.cpp test_scenariofixture.h
               LIBS urbis_widgets LABELS widgets sim TIMEOUT 600)
