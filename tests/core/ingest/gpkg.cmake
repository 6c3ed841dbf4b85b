# GpkgWriter and its bulk-loaded R*Tree, checked with SQLite (rtreecheck, queries) and GDAL.
urbis_add_test(NAME test_gpkgwriter SOURCES test_gpkgwriter.cpp LIBS urbis_core GDAL::GDAL LABELS core)
