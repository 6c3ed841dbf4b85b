#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace urbis {

class Task;
class TaskRow;

/**
 * The Sync panel's transfers: one TaskRow (progress bar, status text with speed and ETA, Cancel,
 * error) per sync, preview or resolution task, newest first. A new task for the same remote
 * replaces the earlier row of that key, so one row per remote and kind stays and errors can be read.
 * Does not own the tasks (the TaskManager does). GUI thread only.
 */
class TransfersView : public QWidget
{
    Q_OBJECT
public:
    explicit TransfersView(QWidget *parent = nullptr);

    /** Shows `task` under `key` (e.g. "sync:" + remote); replaces the row that key had. */
    void showTask(Task *task, const QString &key);
    TaskRow *rowFor(const QString &key) const;
    int rowCount() const { return static_cast<int>(m_rows.size()); }

private:
    void updateEmpty();

    QHash<QString, QPointer<TaskRow>> m_rows;
    QVBoxLayout *m_list;
    QLabel *m_empty;
};

} // namespace urbis
