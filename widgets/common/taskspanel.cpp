#include "taskspanel.h"

#include "taskrow.h"
#include "util/taskmanager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace urbis {

TasksPanel::TasksPanel(TaskManager *manager, QWidget *parent) : QWidget(parent), m_manager(manager)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("tasksSummary"));
    m_clear = new QPushButton(tr("Clear finished"), this);
    m_clear->setObjectName(QStringLiteral("clearFinishedButton"));
    m_clear->setToolTip(tr("Remove finished, failed and cancelled tasks from the list"));

    auto *content = new QWidget;
    m_list = new QVBoxLayout(content);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(tr("No tasks. Imports, sync and clean-up jobs show their progress here."), content);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_list->addWidget(m_empty);
    m_list->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_manager)
            m_manager->clearFinished();
        updateButtons();
    });
    connect(manager, &TaskManager::taskAdded, this, &TasksPanel::addRow);
    connect(manager, &TaskManager::taskRemoved, this, &TasksPanel::removeRow);
    connect(manager, &TaskManager::taskFinished, this, &TasksPanel::updateButtons);
    for (Task *t : manager->tasks())
        addRow(t);
    updateButtons();
}

void TasksPanel::addRow(Task *task)
{
    if (m_rows.contains(task))
        return;
    auto *row = new TaskRow(task, m_list->parentWidget());
    // Newest first, above the stretch; index 0 is the "no tasks" label.
    m_list->insertWidget(1, row);
    m_rows.insert(task, row);
    connect(row, &TaskRow::taskDone, this, &TasksPanel::updateButtons);
    // A task deleted without taskRemoved (manager destroyed) must not leave a dangling row.
    connect(task, &QObject::destroyed, this, [this, task] { removeRow(task); });
    updateButtons();
}

void TasksPanel::removeRow(Task *task)
{
    TaskRow *row = m_rows.take(task);
    if (!row)
        return;
    row->deleteLater();
    updateButtons();
}

void TasksPanel::updateButtons()
{
    int running = 0, done = 0;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const Task *t = it.value()->task();
        if (!t)
            continue;
        (t->isDone() ? done : running) += 1;
    }
    m_empty->setVisible(m_rows.isEmpty());
    m_clear->setEnabled(done > 0);
    m_summary->setText(m_rows.isEmpty() ? QString()
                                        : tr("%n running", nullptr, running) + QStringLiteral(" · ") +
                                              tr("%n finished", nullptr, done));
}

} // namespace urbis
