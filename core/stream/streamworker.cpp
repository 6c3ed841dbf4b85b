#include "streamworker.h"

#include "streamsession.h"

#include <QDateTime>

namespace urbis {

namespace {
// The GUI reads snapshots at most this often; the alert no-data check runs once a second.
constexpr int kPublishMs = 100;
constexpr int kTickMs = 1000;
} // namespace

StreamWorker::StreamWorker(StreamSession *session, StreamConfig config)
    : m_session(session), m_config(std::move(config)), m_publishTimer(this), m_tickTimer(this)
{
    // The timers are children so moveToThread() takes them along.
    m_publishTimer.setInterval(kPublishMs);
    m_tickTimer.setInterval(kTickMs);
    connect(&m_publishTimer, &QTimer::timeout, this, &StreamWorker::publish);
    connect(&m_tickTimer, &QTimer::timeout, this, [this] {
        emitAlerts(m_alerts.tick(QDateTime::currentMSecsSinceEpoch()));
    });
}

StreamWorker::~StreamWorker() = default;

void StreamWorker::ensureSource()
{
    if (m_source)
        return;
    m_source = StreamSource::create(m_config, this);
    if (!m_config.mapping.isEmpty())
        onMapping(m_config.mapping);
    connect(m_source.get(), &StreamSource::samplesReceived, this, &StreamWorker::onSamples);
    connect(m_source.get(), &StreamSource::mappingInferred, this, &StreamWorker::onMapping);
    connect(m_source.get(), &StreamSource::gapStarted, this, [this](qint64 sinceMs) {
        m_session->channels().appendGap(sinceMs);
    });
    connect(m_source.get(), &StreamSource::gapEnded, this, &StreamWorker::onGapEnded);
    connect(m_source.get(), &StreamSource::messageRejected, m_session, &StreamSession::messageRejected);
    connect(m_source.get(), &StreamSource::stateChanged, this, [this](StreamSource::State state) {
        emit m_session->stateChanged(state);
        publish();
    });
}

void StreamWorker::start()
{
    ensureSource();
    m_source->start();
    m_publishTimer.start();
    m_tickTimer.start();
}

void StreamWorker::stop()
{
    if (m_source)
        m_source->stop();
    publish();
}

void StreamWorker::setRules(const QList<AlertRule> &rules)
{
    m_alerts.setRules(rules);
    // A rule that was removed or changed may have had raised alerts: the session shows what is left.
    QMutexLocker lock(&m_session->m_mutex);
    m_session->m_active = m_alerts.active();
}

void StreamWorker::setSchema(const TableSchema &schema)
{
    m_alerts.setSchema(schema);
}

void StreamWorker::setAlertLogPath(const QString &path)
{
    m_log.reset();
    if (path.isEmpty())
        return;
    Result<AlertLog> log = AlertLog::open(path);
    if (log)
        m_log.emplace(std::move(*log));
    else
        qWarning("alert log: %s", qUtf8Printable(log.error().toString()));
}

void StreamWorker::onMapping(const FieldMapping &mapping)
{
    m_session->channels().setMapping(mapping);
    m_alerts.setMapping(mapping);
    if (m_pendingRecording)
        openRecorder();
}

void StreamWorker::onSamples(const StreamBatch &batch)
{
    m_session->channels().append(batch);
    emitAlerts(m_alerts.process(batch));
    if (m_recorder) {
        if (Result<void> r = m_recorder->append(batch); !r)
            recordingError(r.error());
    }
    if (m_observer)
        m_observer(batch);
}

void StreamWorker::onGapEnded(qint64 fromMs, qint64 toMs)
{
    if (m_recorder) {
        if (Result<void> r = m_recorder->appendGap(fromMs, toMs); !r)
            recordingError(r.error());
    }
}

void StreamWorker::emitAlerts(const QList<AlertEvent> &events)
{
    if (events.isEmpty())
        return;
    {
        QMutexLocker lock(&m_session->m_mutex);
        m_session->m_active = m_alerts.active();
    }
    for (const AlertEvent &e : events) {
        if (m_log) {
            if (Result<void> r = m_log->append(e); !r)
                qWarning("alert log: %s", qUtf8Printable(r.error().toString()));
        }
        if (e.raised)
            emit m_session->alertRaised(e);
        else
            emit m_session->alertCleared(e);
    }
}

void StreamWorker::startRecording(const StreamRecorder::Options &options)
{
    if (m_recorder || m_pendingRecording) {
        emit m_session->recordingFailed(StreamSession::tr("This stream is already being recorded."));
        return;
    }
    m_pendingRecording = options;
    if (m_source && !m_source->mapping().isEmpty())
        openRecorder();
    else if (!m_config.mapping.isEmpty())
        onMapping(m_config.mapping);
    // Otherwise the recording opens with the first record, which tells the fields.
}

void StreamWorker::openRecorder()
{
    const StreamRecorder::Options options = *m_pendingRecording;
    m_pendingRecording.reset();
    const FieldMapping mapping = m_source && !m_source->mapping().isEmpty() ? m_source->mapping() : m_config.mapping;
    Result<StreamRecorder> recorder = StreamRecorder::start(m_session->dataDir(), mapping, options);
    if (!recorder) {
        emit m_session->recordingFailed(recorder.error().message);
        return;
    }
    m_recorder.emplace(std::move(*recorder));
    const QString id = m_recorder->datasetId();
    {
        QMutexLocker lock(&m_session->m_mutex);
        m_session->m_recording = true;
        m_session->m_recordingId = id;
        m_session->m_recordedRows = 0;
    }
    emit m_session->recordingStarted(id);
}

void StreamWorker::recordingError(const Error &error)
{
    // What was committed is kept: finish it as a dataset and tell the user why recording stopped.
    emit m_session->recordingFailed(StreamSession::tr("Recording stopped: %1").arg(error.message));
    stopRecording();
}

void StreamWorker::stopRecording()
{
    m_pendingRecording.reset();
    if (!m_recorder)
        return;
    const QString id = m_recorder->datasetId();
    Result<DatasetRecord> done = m_recorder->finish();
    const qint64 rows = m_recorder->rowsWritten();
    m_recorder.reset();
    {
        QMutexLocker lock(&m_session->m_mutex);
        m_session->m_recording = false;
        m_session->m_recordedRows = rows;
    }
    if (done)
        emit m_session->recordingFinished(id, done->featureCount >= 0 ? done->featureCount : rows);
    else
        emit m_session->recordingFailed(StreamSession::tr("The recording could not be completed: %1. "
                                                          "It is completed the next time Urbis starts.")
                                            .arg(done.error().message));
}

void StreamWorker::shutdown()
{
    m_publishTimer.stop();
    m_tickTimer.stop();
    if (m_source)
        m_source->stop(); // flushes its last batch into onSamples
    stopRecording();
    m_source.reset();
}

void StreamWorker::publish()
{
    if (m_recorder && m_recorder->rowsCommitted() < m_recorder->rowsWritten()) {
        // A quiet stream must not leave rows uncommitted: a crash may lose at most the last second.
        if (Result<void> r = m_recorder->commit(); !r)
            recordingError(r.error());
    }
    if (!m_source)
        return;
    const StreamStats stats = m_source->stats();
    const StreamSource::State state = m_source->state();
    const qint64 rows = m_recorder ? m_recorder->rowsWritten() : -1;
    if (stats.messages == m_publishedMessages && state == m_publishedState && rows == m_publishedRows
        && stats.messagesPerSec == 0)
        return;
    m_publishedMessages = stats.messages;
    m_publishedState = state;
    m_publishedRows = rows;
    {
        QMutexLocker lock(&m_session->m_mutex);
        m_session->m_stats = stats;
        m_session->m_state = state;
        if (m_recorder)
            m_session->m_recordedRows = rows;
    }
    emit m_session->updated();
}

} // namespace urbis
