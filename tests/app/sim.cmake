# `urbis sim` as users run it (the real binary in a child process); included by tests/app/CMakeLists.txt.
urbis_add_test(NAME test_cli_sim SOURCES test_cli_sim.cpp LIBS urbis_core LABELS app sim)
target_compile_definitions(test_cli_sim PRIVATE URBIS_EXE="$<TARGET_FILE:urbis>")
add_dependencies(test_cli_sim urbis)
