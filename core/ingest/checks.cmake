# Schema inference and the optional and city-data checks (included by core/CMakeLists.txt).
target_sources(urbis_core PRIVATE
  ingest/fieldguess.h ingest/schemainference.cpp ingest/schemainference.h
  ingest/fieldroles.cpp ingest/fieldroles.h ingest/quantityunits.cpp ingest/quantityunits.h
  ingest/citychecker.cpp ingest/citychecker.h ingest/optionalchecks.cpp ingest/optionalchecks.h
  ingest/geometrycheck.cpp ingest/geometrycheck.h
)
