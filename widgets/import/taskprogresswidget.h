#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace urbis {

class Task;

/**
 * Status text, progress bar and Cancel button for one running Task of a wizard page. Does not own
 * the task (the TaskManager does); the task's signals arrive queued from its pool thread and the
 * widget re-reads the task's state. Hides the bar and Cancel once the task is done.
 */
class TaskProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TaskProgressWidget(QWidget *parent = nullptr);

    void watch(Task *task);
    Task *task() const { return m_task; }
    bool isRunning() const;
    void cancel();
    int progress() const;
    QPushButton *cancelButton() const { return m_cancel; }
    /** Shows `text` with the bar hidden (a final word after the task). */
    void showMessage(const QString &text);

signals:
    /** The watched task reached a final state; `ok` is false when it failed or was cancelled. */
    void finished(bool ok);

private:
    void onFinished();

    QPointer<Task> m_task;
    QLabel *m_status = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace urbis
