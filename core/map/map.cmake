# The map: web-mercator math and GDAL readers for drawing (geo/), layers, render job and the
# built-in basemap (map/). Included by core/CMakeLists.txt.
target_sources(urbis_core PRIVATE
  geo/webmercator.h geo/webmercator.cpp geo/tileid.h geo/tilerange.h geo/tilerange.cpp
  geo/mercatorfeature.h geo/ogrgeometryparts.h geo/ogrgeometryparts.cpp geo/wkbparts.h geo/wkbparts.cpp
  geo/vectorreader.h geo/vectorreader.cpp geo/mercatorraster.h geo/mercatorraster.cpp
  geo/vsimemfile.h geo/vsimemfile.cpp
  map/mapsettings.h map/mapsettings.cpp map/maplayer.h map/maplayer.cpp
  map/vectorstyle.h map/vectorstyle.cpp map/labelplacer.h map/labelplacer.cpp
  map/vectorlayer.h map/vectorlayer.cpp
  map/tilecache.h map/tilecache.cpp map/tilelayer.h map/tilelayer.cpp
  map/mbtileslayer.h map/mbtileslayer.cpp
  map/tiledownloader.h map/tiledownloader.cpp map/xyztilelayer.h map/xyztilelayer.cpp
  map/colorramp.h map/colorramp.cpp map/rasterlayer.h map/rasterlayer.cpp
  map/footprintslayer.h map/footprintslayer.cpp
  map/maprenderjob.h map/maprenderjob.cpp
  map/basemaplayers.h map/basemaplayers.cpp
  map/stylesuggestion.h map/stylesuggestion.cpp map/layerloader.h map/layerloader.cpp
  ${PROJECT_SOURCE_DIR}/resources/basemap/basemap.qrc
)
# QtGui for QImage/QPainter (still no QtWidgets in core); Concurrent for the render worker;
# Network for the optional tile downloader.
target_link_libraries(urbis_core PUBLIC Qt6::Gui PRIVATE Qt6::Concurrent Qt6::Network)
