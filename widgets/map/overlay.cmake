# Overlays drawn above a MapCanvas's rendered layers (streams issue: live markers; later raster frames).
target_sources(urbis_widgets PRIVATE map/mapoverlay.cpp map/mapoverlay.h)
