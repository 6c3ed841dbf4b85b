#pragma once

#include "stationmarker.h"

#include <QList>

namespace urbis {

class StreamSessions;

/**
 * Builds the live map's markers from the watched streams: each station's newest position and its
 * value of the measure `measureKey` (in each stream's own mapping), flagged while an alert is
 * raised for it or for its whole stream. Reads snapshots only (ChannelSet::latest, activeAlerts).
 */
struct StationMarkerCollector
{
    static QList<StationMarker> collect(const StreamSessions &sessions, const QString &measureKey);
};

} // namespace urbis
