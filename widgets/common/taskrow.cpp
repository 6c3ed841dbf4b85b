#include "taskrow.h"

#include "util/task.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <cmath>

namespace urbis {

TaskRow::TaskRow(Task *task, QWidget *parent) : QFrame(parent), m_task(task)
{
    setFrameShape(QFrame::StyledPanel);
    m_description = new QLabel(task->description(), this);
    m_description->setObjectName(QStringLiteral("taskDescription"));
    m_description->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("taskProgress"));
    m_progress->setRange(0, 100);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("taskState"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("taskStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("taskError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop this task; work done so far is rolled back"));

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_description, 0, 0, 1, 2);
    grid->addWidget(m_state, 0, 2);
    grid->addWidget(m_progress, 1, 0, 1, 2);
    grid->addWidget(m_cancel, 1, 2);
    grid->addWidget(m_status, 2, 0, 1, 3);
    grid->addWidget(m_error, 3, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    connect(m_cancel, &QPushButton::clicked, this, &TaskRow::onCancelClicked);
    // Queued: the task and its Feedback emit from a pool thread.
    connect(
        task->feedback(), &Feedback::progressChanged, this,
        [this](double percent) { m_progress->setValue(static_cast<int>(std::lround(percent))); },
        Qt::QueuedConnection);
    connect(
        task->feedback(), &Feedback::statusChanged, this,
        [this](const QString &status) {
            m_status->setText(status);
            m_status->setVisible(!status.isEmpty());
        },
        Qt::QueuedConnection);
    connect(task, &Task::stateChanged, this, &TaskRow::refresh, Qt::QueuedConnection);
    connect(task, &Task::finished, this, &TaskRow::refresh, Qt::QueuedConnection);
    refresh();
}

QString TaskRow::stateText() const
{
    return m_state->text();
}

QString TaskRow::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

int TaskRow::progress() const
{
    return m_progress->value();
}

void TaskRow::refresh()
{
    if (!m_task)
        return;
    const Task::State state = m_task->state();
    QString text;
    switch (state) {
    case Task::State::Queued:
        text = tr("Queued");
        break;
    case Task::State::Running:
        text = m_cancelRequested ? tr("Cancelling…") : tr("Running");
        break;
    case Task::State::Succeeded:
        text = tr("Done");
        break;
    case Task::State::Failed:
        text = tr("Failed");
        break;
    case Task::State::Cancelled:
        text = tr("Cancelled");
        break;
    }
    m_state->setText(text);
    m_progress->setValue(static_cast<int>(std::lround(m_task->feedback()->progress())));

    const bool done = m_task->isDone();
    m_cancel->setVisible(!done);
    m_cancel->setEnabled(!done && !m_cancelRequested);
    // Why it failed is the one thing the user needs to read later, so it stays until cleared.
    const bool failed = state == Task::State::Failed;
    m_error->setVisible(failed);
    if (failed) {
        const Error e = m_task->error();
        m_error->setText(e.message);
        m_error->setToolTip(e.detail);
    }
    if (done)
        emit taskDone();
}

void TaskRow::onCancelClicked()
{
    if (!m_task)
        return;
    m_cancelRequested = true;
    m_task->cancel();
    refresh();
}

} // namespace urbis
