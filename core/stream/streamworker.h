#pragma once

#include "alertengine.h"
#include "alertlog.h"
#include "streamrecorder.h"
#include "streamsource.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace urbis {

class StreamSession;

/**
 * The part of a StreamSession that lives on its worker thread: owns the source, the alert engine,
 * the alert log and the recorder, feeds them every batch, and hands snapshots to the session.
 * Only StreamSession creates it and calls its slots (queued, through QMetaObject::invokeMethod).
 */
class StreamWorker : public QObject
{
    Q_OBJECT
public:
    StreamWorker(StreamSession *session, StreamConfig config);
    ~StreamWorker() override;

public slots:
    void start();
    void stop();
    void setRules(const QList<urbis::AlertRule> &rules);
    void setSchema(const urbis::TableSchema &schema);
    void setAlertLogPath(const QString &path);
    void startRecording(const urbis::StreamRecorder::Options &options);
    void stopRecording();
    /** Stops the feed and finishes a recording; the last call before the thread ends. */
    void shutdown();

private:
    friend class StreamSession; // sets m_observer
    void ensureSource();
    void onSamples(const StreamBatch &batch);
    void onMapping(const FieldMapping &mapping);
    void onGapEnded(qint64 fromMs, qint64 toMs);
    void openRecorder();
    void recordingError(const Error &error);
    void emitAlerts(const QList<AlertEvent> &events);
    void publish();

    StreamSession *m_session;
    StreamConfig m_config;
    std::unique_ptr<StreamSource> m_source;
    AlertEngine m_alerts;
    std::optional<AlertLog> m_log;
    std::optional<StreamRecorder> m_recorder;
    /** Asked to record before the first record told the mapping: opened once it is known. */
    std::optional<StreamRecorder::Options> m_pendingRecording;
    std::function<void(const StreamBatch &)> m_observer;
    QTimer m_publishTimer;
    QTimer m_tickTimer;
    qint64 m_publishedMessages = -1;
    StreamSource::State m_publishedState = StreamSource::State::Idle;
    qint64 m_publishedRows = -1;
};

} // namespace urbis
