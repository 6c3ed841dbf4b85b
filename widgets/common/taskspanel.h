#pragma once

#include "util/taskmanager.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace urbis {

class TaskRow;

/**
 * The Tasks dock: one TaskRow per task of a TaskManager (progress, state, error, Cancel) plus
 * "Clear finished".
 *
 * GUI thread only. Does not own the manager or its tasks; it follows the manager's taskAdded /
 * taskRemoved signals and survives the manager being deleted first (QPointer).
 */
class TasksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TasksPanel(TaskManager *manager, QWidget *parent = nullptr);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    /** The row showing `task`, or nullptr. */
    TaskRow *rowFor(const Task *task) const { return m_rows.value(task); }
    QSize sizeHint() const override { return {600, 200}; }

private:
    void addRow(Task *task);
    void removeRow(Task *task);
    void updateButtons();

    QPointer<TaskManager> m_manager;
    QHash<const Task *, TaskRow *> m_rows;
    QVBoxLayout *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace urbis
