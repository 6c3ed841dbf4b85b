# Readers of table, vector and raster files (owned by the ingest readers; included by core/CMakeLists.txt).
target_sources(urbis_core PRIVATE
  ingest/sourcerow.h ingest/recordsource.h ingest/sourceopener.h ingest/rasterinfo.h ingest/rasterprobe.h
  ingest/csvsource.cpp ingest/csvsource.h
  ingest/jsonsource.cpp ingest/jsonsource.h
  ingest/xmlsource.cpp ingest/xmlsource.h
  ingest/ogrsource.cpp ingest/ogrsource.h
  ingest/rasterprobe.cpp
  ingest/sourceopener.cpp
)
