#include "streamstatus.h"

#include "stream/streamsession.h"

namespace urbis {

StreamStatus StreamStatus::of(const StreamSession &session)
{
    StreamStatus s;
    s.name = session.config().displayName();
    s.url = session.config().url;
    s.state = session.state();
    s.stats = session.stats();
    s.recording = session.isRecording();
    s.recordedRows = session.recordedRows();
    s.activeAlerts = int(session.activeAlerts().size());
    return s;
}

} // namespace urbis
