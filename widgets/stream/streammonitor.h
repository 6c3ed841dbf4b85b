#pragma once

#include "stream/streamconfig.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace urbis {

class AlertListModel;
class AlertPanel;
class RejectedMessagesModel;
class StationOverlay;
class StreamActions;
class StreamChartsView;
class StreamListModel;
class StreamListPanel;
class StreamSessions;

/**
 * The Streams page: watched streams on the left (StreamListPanel, with the StreamActions Add /
 * Edit / Remove / Start-Stop / Record), and on the right the selected stream's live charts, the alert rules and
 * alert list, and the rejected messages. It also keeps the StationOverlay (live markers) the main
 * window puts on its map.
 *
 * Everything shown is read from the sessions when they report an update, coalesced to at most ten
 * refreshes a second: snapshots, downsampled windows and latest values, no parsing and no SQL
 * here (the sessions' worker threads do that). Owns a StreamSessions. GUI thread only.
 */
class StreamMonitor : public QWidget
{
    Q_OBJECT
public:
    explicit StreamMonitor(const QString &dataDir, QWidget *parent = nullptr);
    ~StreamMonitor() override;

    /** Reads the saved streams (StreamStore) and starts those that ran last time. */
    void loadStreams();
    /** Adds a stream that is not saved, starts it and selects it (`urbis --watch-stream URL`). */
    QString watchTemporary(const StreamConfig &config);

    StreamSessions *sessions() const { return m_sessions; }
    StationOverlay *stationOverlay() const { return m_overlay; }
    StreamChartsView *charts() const { return m_charts; }
    AlertPanel *alertPanel() const { return m_alerts; }
    StreamListPanel *listPanel() const { return m_list; }
    StreamListModel *listModel() const { return m_model; }
    AlertListModel *alertModel() const { return m_alertModel; }
    RejectedMessagesModel *rejectedModel() const { return m_rejected; }
    QTabWidget *tabs() const { return m_tabs; }
    QString currentId() const;
    void selectStream(const QString &id);
    int activeAlertCount() const { return m_activeAlerts; }
    /** How long the last refresh() took, in milliseconds. */
    double lastRefreshMs() const { return m_lastRefreshMs; }

    /** Add, Edit, Remove, Start / Stop, Record on the selected stream. */
    StreamActions *actions() const { return m_actions; }
    QAction *actionPause() const { return m_pause; }

public slots:
    /** Reads every session's snapshot into the list, charts, markers and counts. */
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void statusMessage(const QString &text, int timeoutMs);
    /** A recording started or finished: the catalog has a new or completed dataset. */
    void catalogChanged();
    void activeAlertCountChanged(int count);

private:
    void onListChanged();
    void onCurrentChanged();
    void updateTabTitles();
    void updateMarkers();
    void updateDetails();
    void scheduleRefresh();
    void loadAlertHistory();

    StreamSessions *m_sessions;
    StreamListModel *m_model;
    AlertListModel *m_alertModel;
    RejectedMessagesModel *m_rejected;
    StationOverlay *m_overlay;
    StreamListPanel *m_list;
    StreamChartsView *m_charts;
    AlertPanel *m_alerts;
    QTabWidget *m_tabs;
    QSplitter *m_split = nullptr;
    bool m_sized = false;
    StreamActions *m_actions = nullptr;
    QAction *m_pause = nullptr;
    QTimer m_refreshTimer;
    QString m_current;
    int m_activeAlerts = 0;
    double m_lastRefreshMs = 0;
};

} // namespace urbis
