#pragma once

#include "kpi/kpidefinition.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QTableView;
class QTimer;
class QToolButton;

namespace urbis {

class KpiCache;
class KpiEvaluationTask;
class KpiPreviewModel;
class KpiPreviewSparkline;
class TaskManager;

/**
 * The KPI editor's live preview: once edits settle (400 ms) it evaluates the definition being
 * edited with a KpiEvaluationTask on the TaskManager (sharing the editor's KpiCache, so re-runs
 * after a unit or threshold change reuse the scanned facts) and shows the first values in a table
 * and a sparkline. A new definition cancels the run in progress; its answer is then ignored.
 *
 * GUI thread. Does not own the TaskManager or its tasks; holds a QPointer to the running task.
 */
class KpiPreviewPane : public QWidget
{
    Q_OBJECT
public:
    KpiPreviewPane(QString dataDir, TaskManager *tasks, std::shared_ptr<KpiCache> cache,
                   QWidget *parent = nullptr);
    ~KpiPreviewPane() override;

    /** Schedules an evaluation of `kpi` after the debounce, unless it is what was last shown. */
    void setDefinition(const KpiDefinition &kpi);
    /** Nothing to evaluate (the form does not validate): stops any run and says why. */
    void setBlocked(const QString &reason);
    /** Starts the evaluation now (skipping the debounce). */
    void refreshNow();
    void cancel();

    bool isRunning() const { return !m_task.isNull(); }
    KpiPreviewModel *model() const { return m_model; }
    KpiPreviewSparkline *sparkline() const { return m_sparkline; }
    QString statusText() const;

signals:
    /** A run ended (not emitted for cancelled or superseded runs); `ok` false on an error. */
    void evaluated(bool ok, const QString &message);

private:
    void start();
    void onFinished(KpiEvaluationTask *task, bool ok);
    void setStatus(const QString &text, bool error = false);

    QString m_dataDir;
    QPointer<TaskManager> m_tasks;
    std::shared_ptr<KpiCache> m_cache;
    KpiDefinition m_kpi;
    bool m_haveKpi = false;
    bool m_shownCurrent = false; ///< m_kpi is what the table shows (or is being evaluated)
    QPointer<KpiEvaluationTask> m_task;
    QTimer *m_debounce = nullptr;
    KpiPreviewModel *m_model = nullptr;
    KpiPreviewSparkline *m_sparkline = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QToolButton *m_refresh = nullptr;
};

} // namespace urbis
