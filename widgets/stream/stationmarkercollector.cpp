#include "stationmarkercollector.h"

#include "stream/streamsession.h"
#include "streamsessions.h"

namespace urbis {

QList<StationMarker> StationMarkerCollector::collect(const StreamSessions &sessions, const QString &measureKey)
{
    QList<StationMarker> markers;
    for (int i = 0; i < sessions.count(); ++i) {
        const StreamSession *s = sessions.sessionAt(i);
        const int index = measureKey.isEmpty() ? -1 : s->mapping().measureIndex(measureKey);
        QHash<QString, QString> alerts; // entity -> newest raised message; "" = the whole stream
        const QList<AlertEvent> active = s->activeAlerts();
        for (auto it = active.crbegin(); it != active.crend(); ++it) // newest first: newest wins
            alerts.insert(it->entity, it->message);
        const auto streamAlert = alerts.constFind(QString());
        const QHash<QString, StreamSample> latest = s->channels().latest();
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            if (!it->hasPosition())
                continue;
            StationMarker m;
            m.stream = s->config().displayName();
            m.entity = it.key();
            m.lon = it->lon;
            m.lat = it->lat;
            if (index >= 0 && size_t(index) < it->values.size())
                m.value = it->values[size_t(index)];
            const auto alert = alerts.constFind(it.key());
            m.alert = alert != alerts.cend() || streamAlert != alerts.cend();
            m.alertText = alert != alerts.cend() ? *alert : streamAlert != alerts.cend() ? *streamAlert : QString();
            markers << m;
        }
    }
    return markers;
}

} // namespace urbis
