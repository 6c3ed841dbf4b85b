#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace urbis {

class MapCanvas;
class MapViewSync;
class ScenarioAreaChart;
class ScenarioFrameOverlay;
class ScenarioRun;
class ScenarioTimeline;
class TaskManager;

/**
 * Two scenarios side by side: each runs (as a ScenarioRun on the TaskManager) onto its own map,
 * the two maps show the same view (pan or zoom one, the other follows), one timeline drives both,
 * and a chart shows the area per step of A, of B and the difference B - A.
 *
 * The maps show the main map's layers (MapLayerMirror) when given one. Borrows the TaskManager
 * and the scenario list model. GUI thread.
 */
class ScenarioCompareView : public QWidget
{
    Q_OBJECT
public:
    ScenarioCompareView(TaskManager *tasks, QString dataDir, QAbstractItemModel *scenarios, MapCanvas *mainMap,
                        QWidget *parent = nullptr);

    /** Runs scenarios `idA` and `idB` (ids of the store) and shows them; false with a message when one cannot be read. */
    bool compare(const QString &idA, const QString &idB);

    MapCanvas *canvasA() const { return m_canvasA; }
    MapCanvas *canvasB() const { return m_canvasB; }
    ScenarioFrameOverlay *overlayA() const { return m_overlayA; }
    ScenarioFrameOverlay *overlayB() const { return m_overlayB; }
    ScenarioTimeline *timeline() const { return m_timeline; }
    ScenarioAreaChart *chart() const { return m_chart; }
    /** The KPI the chart and the titles show: area, or an impact metric both runs have. */
    QComboBox *kpiCombo() const { return m_kpi; }
    ScenarioRun *runA() const { return m_runA; }
    ScenarioRun *runB() const { return m_runB; }
    QString statusText() const;

signals:
    /** Both runs ended (ok = both succeeded). */
    void compared(bool ok);

private:
    void startFromCombos();
    void cancel();
    void onFrame();
    void onFinished();
    void showStep(int step);
    void updateChart();
    void updateStatus();
    void fillKpis();

    TaskManager *m_tasks;
    QString m_dataDir;
    QComboBox *m_comboA;
    QComboBox *m_comboB;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QComboBox *m_kpi;
    QString m_kpiChoice; ///< the user's pick, kept while a re-run offers only the area
    QLabel *m_titleA;
    QLabel *m_titleB;
    MapCanvas *m_canvasA;
    MapCanvas *m_canvasB;
    ScenarioFrameOverlay *m_overlayA;
    ScenarioFrameOverlay *m_overlayB;
    ScenarioTimeline *m_timeline;
    ScenarioAreaChart *m_chart;
    ScenarioRun *m_runA;
    ScenarioRun *m_runB;
    MapViewSync *m_sync;
    int m_pending = 0;
};

} // namespace urbis
