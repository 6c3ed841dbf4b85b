#pragma once

#include "stream/streamsource.h"
#include "stream/streamstats.h"

#include <QString>
#include <QUrl>

namespace urbis {

class StreamSession;

/** What the connections list shows of one stream: a snapshot read from its StreamSession. */
struct StreamStatus
{
    QString name;
    QUrl url;
    StreamSource::State state = StreamSource::State::Idle;
    StreamStats stats;
    bool recording = false;
    qint64 recordedRows = 0;
    int activeAlerts = 0;

    static StreamStatus of(const StreamSession &session);
};

} // namespace urbis
