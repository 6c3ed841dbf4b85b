#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace urbis {

class StreamSessions;

/**
 * The stream monitor's commands on the selected stream, as QActions for its buttons and keys:
 * Add (Ctrl+N; StreamDialog), Edit, Remove (Delete, asks first), Start / Stop and Record / Stop
 * recording (asks the dataset's title). They call StreamSessions; outcomes go to statusMessage().
 * Dialogs open over `parent`. GUI thread only.
 */
class StreamActions : public QObject
{
    Q_OBJECT
public:
    StreamActions(StreamSessions *sessions, QWidget *parent);

    /** The stream the commands act on (empty: none; only Add is enabled). */
    void setCurrent(const QString &id);
    /** Enables the actions and names them for the stream's state (Start / Stop, ...). */
    void update();

    QAction *add() const { return m_add; }
    QAction *edit() const { return m_edit; }
    QAction *remove() const { return m_remove; }
    QAction *startStop() const { return m_startStop; }
    QAction *record() const { return m_record; }

public slots:
    void addStream();
    void editStream();
    /** Asks first unless `confirm` is false. */
    void removeStream(bool confirm = true);
    void toggleStarted();
    void toggleRecording();

signals:
    void statusMessage(const QString &text, int timeoutMs);
    /** A stream was added through the dialog (the monitor selects it). */
    void added(const QString &id);

private:
    StreamSessions *m_sessions;
    QWidget *m_parent;
    QString m_current;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_startStop;
    QAction *m_record;
};

} // namespace urbis
