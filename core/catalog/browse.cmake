# Catalog browser support: required metadata, version diffs, stored assets (data table: geo/, report),
# result order (included by core/CMakeLists.txt).
target_sources(urbis_core PRIVATE
  catalog/recordvalidator.cpp catalog/recordvalidator.h
  catalog/recorddiff.cpp catalog/recorddiff.h
  catalog/browseorder.cpp catalog/browseorder.h
  catalog/datasetassets.cpp catalog/datasetassets.h
  catalog/reportreader.cpp catalog/reportreader.h
  geo/datasettable.cpp geo/datasettable.h
  catalog/assetexport.cpp catalog/assetexport.h
  catalog/mapviewfilter.cpp catalog/mapviewfilter.h
)
