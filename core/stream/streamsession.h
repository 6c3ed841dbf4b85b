#pragma once

#include "../ingest/tableschema.h"
#include "alertevent.h"
#include "channelset.h"
#include "streamconfig.h"
#include "streamrecorder.h"
#include "streamsource.h"
#include "streamstats.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace urbis {

class StreamWorker;

/**
 * One watched feed, as the GUI sees it. The StreamSource, the AlertEngine and the StreamRecorder
 * run on the session's own worker thread, so a 20,000 msg/s feed never touches the GUI event loop;
 * the GUI reads the thread-safe ChannelSet and the stats snapshot when updated() fires (at most
 * ten times a second) and gets alerts and recording results as queued signals.
 *
 * Created, used and destroyed in the GUI (or main) thread. The destructor stops the feed and
 * finishes a running recording (a killed process leaves it to StreamRecorder::recoverAll()).
 */
class StreamSession : public QObject
{
    Q_OBJECT
public:
    StreamSession(StreamConfig config, QString dataDir, QObject *parent = nullptr);
    ~StreamSession() override;

    const StreamConfig &config() const { return m_config; }
    QString dataDir() const { return m_dataDir; }
    ChannelSet &channels() { return m_channels; }
    const ChannelSet &channels() const { return m_channels; }
    /** Snapshots taken on the worker; safe from any thread. */
    StreamStats stats() const;
    StreamSource::State state() const;
    FieldMapping mapping() const { return m_channels.mapping(); }

    void setAlertRules(const QList<AlertRule> &rules);
    QList<AlertRule> alertRules() const;
    /** Raised and not cleared, newest first. */
    QList<AlertEvent> activeAlerts() const;
    /** Where alert events are logged (AlertLog); empty = not logged. Default `<data dir>/logs/alerts.jsonl`. */
    void setAlertLogPath(const QString &path);
    /** The schema whose field constraints OutsideConstraints rules check (e.g. the Annex B schema). */
    void setConstraintSchema(const TableSchema &schema);

    /**
     * Called on the worker thread with every batch after the channels, alerts and recorder have
     * taken it (benchmarks measure end-to-end latency here). Set before start(); keep it cheap.
     */
    void setBatchObserver(std::function<void(const StreamBatch &)> observer);

    bool isRecording() const;
    QString recordingDatasetId() const;
    qint64 recordedRows() const;

public slots:
    void start();
    void stop();
    /** Starts recording into a new dataset (recordingStarted / recordingFailed tell the outcome). */
    void startRecording(const urbis::StreamRecorder::Options &options);
    void stopRecording();

signals:
    /** Stats, channels or state changed; throttled to <= 10 Hz. */
    void updated();
    void stateChanged(urbis::StreamSource::State state);
    void alertRaised(const urbis::AlertEvent &event);
    void alertCleared(const urbis::AlertEvent &event);
    void messageRejected(const QString &reason, const QByteArray &excerpt);
    void recordingStarted(const QString &datasetId);
    /** The recording is a complete dataset now. */
    void recordingFinished(const QString &datasetId, qint64 rows);
    void recordingFailed(const QString &message);

private:
    friend class StreamWorker; // writes the snapshots below under m_mutex

    StreamConfig m_config;
    QString m_dataDir;
    /** 32,768 points per channel: half an hour at 20 Hz, nine hours at 1 Hz; at most 500 stations per feed. */
    ChannelSet m_channels{32'768, 500};
    QThread m_thread;
    StreamWorker *m_worker = nullptr; ///< lives in m_thread; deleted there
    mutable QMutex m_mutex;
    StreamStats m_stats;
    StreamSource::State m_state = StreamSource::State::Idle;
    QList<AlertRule> m_rules; ///< as last set (GUI thread only)
    QList<AlertEvent> m_active;
    QString m_recordingId;
    qint64 m_recordedRows = 0;
    bool m_recording = false;
};

} // namespace urbis
