# `urbis stream record|serve|recover` as users run them; included by tests/app/CMakeLists.txt.
urbis_add_test(NAME test_cli_stream SOURCES test_cli_stream.cpp LIBS urbis_core LABELS app stream)
target_compile_definitions(test_cli_stream PRIVATE URBIS_EXE="$<TARGET_FILE:urbis>")
add_dependencies(test_cli_stream urbis)
