# ImportJob end to end (GDAL is linked to build fixtures and to open what was stored).
urbis_add_test(NAME test_importjob SOURCES test_importjob.cpp LIBS urbis_core GDAL::GDAL LABELS core)
