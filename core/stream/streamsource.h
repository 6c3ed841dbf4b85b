#pragma once

#include "streamconfig.h"
#include "streamsample.h"
#include "streamstats.h"

#include <QObject>

#include <memory>

namespace urbis {

/**
 * A live feed (WebSocket or MQTT) that keeps itself connected and turns messages into samples.
 *
 * Lives in and is used from one thread (a StreamSession's worker thread, or the GUI thread in small
 * tools); it needs that thread's event loop. After start() it connects, and on every failure,
 * close or heartbeat timeout it reports a gap and reconnects after ReconnectPolicy's wait until
 * stop(). Bad messages never stop it: they are counted (StreamStats) and reported with
 * messageRejected() (at most 20 signals a second; the counters count all). Samples are batched:
 * samplesReceived() fires at most every `batchMs` (default 20 ms) with everything parsed since the
 * last one, in arrival order. Every gapStarted() is followed by one gapEnded(): when the link is up
 * again, or at stop().
 *
 * The per-message path (handleMessage) emits nothing and allocates only what the samples hold, so
 * one core keeps up with well over 20,000 Annex B messages a second.
 */
class StreamSource : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, Reconnecting, Stopped };
    Q_ENUM(State)

    /** A WebSocketSource or MqttSource for config.kind(); config.check() must have passed. */
    static std::unique_ptr<StreamSource> create(const StreamConfig &config, QObject *parent = nullptr);

    explicit StreamSource(StreamConfig config, QObject *parent = nullptr);
    ~StreamSource() override;

    const StreamConfig &config() const { return m_config; }
    State state() const { return m_state; }
    StreamStats stats() const { return m_stats; }
    /** The mapping in use: the configured one, or the one inferred from the first record. */
    const FieldMapping &mapping() const { return m_config.mapping; }
    void setBatchInterval(int ms);

public slots:
    virtual void start() = 0;
    /** Closes the link; no reconnect until start() again. Pending samples are flushed first. */
    virtual void stop() = 0;

signals:
    void stateChanged(urbis::StreamSource::State state);
    void samplesReceived(const urbis::StreamBatch &batch);
    /** The link went down at `sinceMs` (UTC ms); a matching connected state ends the gap. */
    void gapStarted(qint64 sinceMs);
    void gapEnded(qint64 sinceMs, qint64 untilMs);
    /** A message was dropped: why (for users) and its first bytes. */
    void messageRejected(const QString &reason, const QByteArray &excerpt);
    /** The mapping was inferred from the first record (emitted once, before its samples). */
    void mappingInferred(const urbis::FieldMapping &mapping);

protected:
    /** Subclasses hand every received message here (counts, size check, parse, map, batch). */
    void handleMessage(QByteArrayView message);
    /**
     * The same, with the entity for records that name none when the mapping has no entity key
     * (MQTT: the topic).
     */
    void handleMessage(QByteArrayView message, const QString &fallbackEntity);
    /** A message the transport refused to take in whole (over its size limit): counted, reported. */
    void dropOversized(const QString &reason);
    void setState(State state);
    /** Connection failures and closes while started: counts a gap (if the link was up), remembers the error.
     */
    void linkDown(const QString &error);
    /** Connected: ends a gap, counts a reconnect after the first connection, clears lastError. */
    void linkUp();
    /** A problem users should see that is no link failure (a refused subscription, ...). */
    void setLastError(const QString &error);
    void flush();
    /** For start(): counters to zero, state Connecting. */
    void markStarting();
    /** For stop(): flushes, ends an open gap, state Stopped. */
    void markStopped();
    bool isLinkUp() const;
    qint64 lastMessageMs() const { return m_stats.lastMessageMs; }

    StreamConfig m_config;

private:
    void reject(const QString &reason, QByteArrayView message);

    struct Private;
    std::unique_ptr<Private> d;
    State m_state = State::Idle;
    StreamStats m_stats;
};

} // namespace urbis

Q_DECLARE_METATYPE(urbis::StreamBatch)
