# Catalog browser widgets added for the map + catalog issue (included by widgets/CMakeLists.txt).
target_sources(urbis_widgets PRIVATE
  catalog/catalogfilterbar.cpp catalog/catalogfilterbar.h
  catalog/backgroundreads.cpp catalog/backgroundreads.h
  catalog/datasettablemodel.cpp catalog/datasettablemodel.h
  catalog/datapreviewtab.cpp catalog/datapreviewtab.h
  catalog/reporttab.cpp catalog/reporttab.h
  catalog/schematable.cpp catalog/schematable.h
  catalog/versionhistoryview.cpp catalog/versionhistoryview.h
  catalog/datasetactionbar.cpp catalog/datasetactionbar.h
)
