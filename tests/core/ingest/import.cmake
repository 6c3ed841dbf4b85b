# ImportJob end to end (GDAL is linked to build fixtures and to open what was stored).
urbis_add_test(NAME test_importformats SOURCES test_importformats.cpp importfixture.h LIBS urbis_core GDAL::GDAL LABELS core)
urbis_add_test(NAME test_importrules SOURCES test_importrules.cpp importfixture.h LIBS urbis_core GDAL::GDAL LABELS core)
