#pragma once

#include "util/task.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace urbis {

/**
 * One line of the Tasks panel: description, progress bar, state, status or error text, Cancel.
 *
 * Lives in the GUI thread; the Task emits from a pool thread, so every connection is queued and the
 * row re-reads the task's current state instead of trusting the (possibly stale) signal argument.
 * Does not own the task (TaskManager does); it holds a QPointer because the manager may delete it.
 */
class TaskRow : public QFrame
{
    Q_OBJECT
public:
    explicit TaskRow(Task *task, QWidget *parent = nullptr);

    Task *task() const { return m_task; }
    QString stateText() const;
    QString errorText() const;
    int progress() const;
    QPushButton *cancelButton() const { return m_cancel; }

    /** Re-reads state, progress and error from the task. */
    void refresh();

signals:
    /** The task reached a final state (already reflected in the row). */
    void taskDone();

private:
    void onCancelClicked();

    QPointer<Task> m_task;
    QLabel *m_description = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_cancelRequested = false;
};

} // namespace urbis
