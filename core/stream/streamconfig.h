#pragma once

#include "../util/result.h"
#include "fieldmapping.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace urbis {

/**
 * Everything needed to open one live feed. Secrets (token, password) are kept in memory only:
 * toJson() leaves them out, the GUI asks for them or reads URBIS_STREAM_TOKEN / URBIS_STREAM_PASSWORD.
 */
struct StreamConfig
{
    Q_DECLARE_TR_FUNCTIONS(urbis::StreamConfig)
public:
    enum class Kind { WebSocket, Mqtt };

    QString name;           ///< shown in the monitor; defaults to the URL's host
    QUrl url;               ///< ws://, wss://, mqtt://host:port, mqtts://host:port
    QStringList topics;     ///< MQTT topic filters (+ and # wildcards); default "#"
    int qos = 0;            ///< MQTT 0 or 1
    QString subscribeMessage; ///< WebSocket: text sent after each (re)connect, e.g. a JSON subscription
    QString bearerToken;    ///< WebSocket: Authorization: Bearer ...
    QString username;       ///< MQTT
    QString password;       ///< MQTT
    QString caFile;         ///< TLS: extra CA certificates (PEM); verification stays on
    FieldMapping mapping;   ///< empty: inferred from the first record
    qint64 maxMessageBytes = 1 << 20; ///< larger messages are counted as oversized and dropped
    int heartbeatSecs = 15; ///< silence (no data, no pong) for this long = dead link -> reconnect
    int backoffInitialMs = 500;
    int backoffMaxMs = 30'000;

    Kind kind() const;
    /** InvalidArgument with a sentence for users: bad scheme, no host, qos not 0/1, ... */
    Result<void> check() const;
    QString displayName() const;

    QJsonObject toJson() const;
    static Result<StreamConfig> fromJson(const QJsonObject &o);
};

} // namespace urbis
