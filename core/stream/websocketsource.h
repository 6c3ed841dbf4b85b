#pragma once

#include "streamsource.h"

#include <memory>

namespace urbis {

/**
 * A WebSocket feed (ws:// or wss://) on QWebSocket. After each connect it sends the configured
 * subscribe message; text and binary frames are both messages. TLS verifies the server's
 * certificate against the system CAs plus config.caFile. A bearer token goes into the upgrade
 * request's Authorization header.
 *
 * Liveness: a ping every heartbeatSecs / 3; a link with neither data nor a pong for heartbeatSecs
 * (or a connect that takes that long) is aborted and reconnected after ReconnectPolicy's wait.
 *
 * Size limits: messages over config.maxMessageBytes are dropped and counted; QWebSocket's own limit
 * sits at four times that, so memory stays bounded, and a message even beyond it closes the link
 * (counted as oversized too) and the source reconnects.
 */
class WebSocketSource : public StreamSource
{
    Q_OBJECT
public:
    explicit WebSocketSource(StreamConfig config, QObject *parent = nullptr);
    ~WebSocketSource() override;

public slots:
    void start() override;
    void stop() override;

private:
    void open();
    void onConnected();
    void onTextMessage(const QString &message);
    void onClosed();
    void checkHeartbeat();
    QString describeFailure() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace urbis
