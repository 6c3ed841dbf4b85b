#pragma once

#include "sim/scenario.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace urbis {

class MapCanvas;
class ScenarioAreaChart;
class ScenarioFrameOverlay;
class ScenarioRun;
class ScenarioTimeline;
class TaskManager;

/**
 * One scenario running on the map: Run / Pause / Resume / Cancel with a progress bar and the
 * status, a map (the main map's layers) with the frame overlay, the timeline and the area chart,
 * and the result datasets once it is done. The same overlay is put on the main map too, so the
 * frames show there as well. Borrows the TaskManager and the main map. GUI thread.
 */
class ScenarioRunView : public QWidget
{
    Q_OBJECT
public:
    ScenarioRunView(TaskManager *tasks, QString dataDir, MapCanvas *mainMap, QWidget *parent = nullptr);
    ~ScenarioRunView() override;

    /** Starts `scenario` (cancelling a run in progress) and zooms both maps to its grid. */
    void start(const Scenario &scenario);
    /** Enables Run for a selected scenario (`runnable`) or not. */
    void setRunnable(bool runnable);

    MapCanvas *canvas() const { return m_canvas; }
    ScenarioFrameOverlay *overlay() const { return m_overlay; }
    ScenarioTimeline *timeline() const { return m_timeline; }
    ScenarioAreaChart *chart() const { return m_chart; }
    ScenarioRun *run() const { return m_run; }
    QString statusText() const;
    /** The impact at the shown step (after a successful run with impact layers), else empty. */
    QString impactText() const;
    void setStatus(const QString &text);
    QStringList resultIds() const;

public slots:
    void pauseOrResume();
    void cancel();

signals:
    /** The user pressed Run: the page starts its selected scenario. */
    void runRequested();
    /** A run ended; `scenarioId` names it. */
    void finished(const QString &scenarioId, bool ok);
    /** A result dataset's link was clicked. */
    void datasetActivated(const QString &id);

private:
    void showStep(int step);
    void onFrame(int step);
    void onFinished(bool ok);
    void updateControls();

    QPointer<MapCanvas> m_mainMap;
    MapCanvas *m_canvas;
    ScenarioFrameOverlay *m_overlay;
    ScenarioTimeline *m_timeline;
    ScenarioAreaChart *m_chart;
    ScenarioRun *m_run;
    QPushButton *m_runButton;
    QPushButton *m_pauseButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_impact;
    QLabel *m_results;
    bool m_runnable = false;
};

} // namespace urbis
