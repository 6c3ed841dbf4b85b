#pragma once

#include "streamsource.h"

#include <memory>

namespace urbis {

/**
 * An MQTT feed (mqtt:// or mqtts://) on libmosquitto: subscribes to config.topics (default "#";
 * '+' and '#' wildcards) with QoS 0 or 1 after every connect, logs in with username / password
 * (or the URL's user info), verifies TLS against the system CAs plus config.caFile. Keep-alive is
 * heartbeatSecs (at least 5 s, MQTT's own ping); a lost broker is reconnected with
 * ReconnectPolicy's waits until stop().
 *
 * The client runs on its own thread (MqttLink); payloads reach this object's thread in batches,
 * one queued wake-up per batch. A record without an entity, under a mapping without an entity key,
 * takes the message's topic as its entity.
 */
class MqttSource : public StreamSource
{
    Q_OBJECT
public:
    explicit MqttSource(StreamConfig config, QObject *parent = nullptr);
    ~MqttSource() override;

public slots:
    void start() override;
    void stop() override;

private:
    void drain();
    bool process(int max);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace urbis
