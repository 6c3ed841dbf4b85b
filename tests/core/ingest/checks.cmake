# Inference and check tests (see core/ingest/checks.cmake)
urbis_add_test(NAME test_schemainference SOURCES test_schemainference.cpp LIBS urbis_core LABELS core)
urbis_add_test(NAME test_citychecker SOURCES test_citychecker.cpp LIBS urbis_core LABELS core)
urbis_add_test(NAME test_quickpath SOURCES test_quickpath.cpp LIBS urbis_core LABELS core)
