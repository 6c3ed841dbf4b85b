#pragma once

#include "stream/alertevent.h"
#include "stream/streamconfig.h"
#include "stream/streamrecorder.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace urbis {

class StreamSession;

/**
 * The monitor's watched streams: one StreamSession each, kept in the StreamStore
 * (`<data dir>/streams.json`, with their alert rules and whether they start with the app) unless
 * added as temporary (e.g. `urbis --watch-stream URL`). Forwards the sessions' signals with the
 * stream's id so the views need not track sessions. Secrets the store leaves out come from
 * URBIS_STREAM_TOKEN / URBIS_STREAM_PASSWORD at load, or stay in memory once typed.
 *
 * Owns the sessions; removing or editing one destroys its session, which finishes a running
 * recording first (StreamSession's destructor). GUI thread only.
 */
class StreamSessions : public QObject
{
    Q_OBJECT
public:
    explicit StreamSessions(QString dataDir, QObject *parent = nullptr);
    ~StreamSessions() override;

    QString dataDir() const { return m_dataDir; }
    /** Reads the store and creates a session per entry, starting those marked to auto-start. */
    Result<void> load();

    int count() const { return int(m_items.size()); }
    QStringList ids() const;
    StreamSession *session(const QString &id) const;
    StreamSession *sessionAt(int index) const { return m_items.at(index).session; }
    QString idAt(int index) const { return m_items.at(index).id; }
    int indexOf(const QString &id) const;
    bool isTemporary(const QString &id) const;

    /** Adds (and saves unless temporary) a stream; returns its id. InvalidArgument from check(). */
    Result<QString> add(const StreamConfig &config, const QList<AlertRule> &rules = {}, bool temporary = false);
    /** New settings for a stream: its session is replaced (stopped and started again if it ran). */
    Result<void> edit(const QString &id, const StreamConfig &config);
    Result<void> remove(const QString &id);
    Result<void> setRules(const QString &id, const QList<AlertRule> &rules);
    void start(const QString &id);
    void stop(const QString &id);
    void startRecording(const QString &id, const StreamRecorder::Options &options);
    void stopRecording(const QString &id);

signals:
    /** Streams were added, removed or replaced. */
    void listChanged();
    /** A stream's alert rules were replaced (setRules). */
    void rulesChanged(const QString &id);
    /** A session's stats, channels or state changed (each <= 10 Hz). */
    void updated(const QString &id);
    void alertRaised(const QString &id, const urbis::AlertEvent &event);
    void alertCleared(const QString &id, const urbis::AlertEvent &event);
    void messageRejected(const QString &id, const QString &reason, const QByteArray &excerpt);
    void recordingStarted(const QString &id, const QString &datasetId);
    void recordingFinished(const QString &id, const QString &datasetId, qint64 rows);
    void recordingFailed(const QString &id, const QString &message);

private:
    struct Item
    {
        QString id;
        StreamSession *session = nullptr;
        bool temporary = false;
        bool autoStart = false;
    };
    StreamSession *createSession(const QString &id, StreamConfig config, const QList<AlertRule> &rules);
    Result<void> persist(const Item &item) const;
    Item *find(const QString &id);
    QString uniqueTemporaryId(const QString &name) const;

    QString m_dataDir;
    QList<Item> m_items;
};

} // namespace urbis
