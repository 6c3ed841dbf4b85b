# The import wizard's preview: first rows + inferred schema of a file (included by core/CMakeLists.txt).
target_sources(urbis_core PRIVATE
  ingest/importpreview.cpp ingest/importpreview.h
)
