#include "streamsession.h"

#include "streamworker.h"

#include <QDir>
#include <QFileInfo>

namespace urbis {

StreamSession::StreamSession(StreamConfig config, QString dataDir, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_dataDir(std::move(dataDir))
{
    qRegisterMetaType<urbis::AlertEvent>();
    qRegisterMetaType<urbis::StreamSource::State>();
    m_thread.setObjectName(QStringLiteral("stream ") + m_config.displayName());
    m_worker = new StreamWorker(this, m_config);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    if (!m_dataDir.isEmpty())
        setAlertLogPath(AlertLog::defaultPath(m_dataDir));
}

StreamSession::~StreamSession()
{
    // Blocking: the recording must be a complete dataset before the session is gone. The worker is
    // deleted here once its thread has ended (its timers and source are already gone by then).
    QMetaObject::invokeMethod(m_worker, &StreamWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

StreamStats StreamSession::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

StreamSource::State StreamSession::state() const
{
    QMutexLocker lock(&m_mutex);
    return m_state;
}

void StreamSession::setAlertRules(const QList<AlertRule> &rules)
{
    m_rules = rules;
    StreamWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, rules] { worker->setRules(rules); }, Qt::QueuedConnection);
}

QList<AlertRule> StreamSession::alertRules() const
{
    return m_rules;
}

QList<AlertEvent> StreamSession::activeAlerts() const
{
    QMutexLocker lock(&m_mutex);
    return m_active;
}

void StreamSession::setAlertLogPath(const QString &path)
{
    if (!path.isEmpty())
        QDir().mkpath(QFileInfo(path).absolutePath());
    StreamWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, path] { worker->setAlertLogPath(path); }, Qt::QueuedConnection);
}

void StreamSession::setConstraintSchema(const TableSchema &schema)
{
    StreamWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, schema] { worker->setSchema(schema); }, Qt::QueuedConnection);
}

void StreamSession::setBatchObserver(std::function<void(const StreamBatch &)> observer)
{
    StreamWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, observer] { worker->m_observer = observer; }, Qt::QueuedConnection);
}

bool StreamSession::isRecording() const
{
    QMutexLocker lock(&m_mutex);
    return m_recording;
}

QString StreamSession::recordingDatasetId() const
{
    QMutexLocker lock(&m_mutex);
    return m_recordingId;
}

qint64 StreamSession::recordedRows() const
{
    QMutexLocker lock(&m_mutex);
    return m_recordedRows;
}

void StreamSession::start()
{
    QMetaObject::invokeMethod(m_worker, &StreamWorker::start, Qt::QueuedConnection);
}

void StreamSession::stop()
{
    QMetaObject::invokeMethod(m_worker, &StreamWorker::stop, Qt::QueuedConnection);
}

void StreamSession::startRecording(const StreamRecorder::Options &options)
{
    StreamWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, options] { worker->startRecording(options); }, Qt::QueuedConnection);
}

void StreamSession::stopRecording()
{
    QMetaObject::invokeMethod(m_worker, &StreamWorker::stopRecording, Qt::QueuedConnection);
}

} // namespace urbis
