#include "taskprogresswidget.h"

#include "util/task.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace urbis {

TaskProgressWidget::TaskProgressWidget(QWidget *parent) : QWidget(parent)
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("taskStatus"));
    m_status->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("taskProgress"));
    m_bar->setRange(0, 100);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("taskCancelButton"));
    m_cancel->setToolTip(tr("Stop this step"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 2);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &TaskProgressWidget::cancel);
    m_bar->hide();
    m_cancel->hide();
}

void TaskProgressWidget::watch(Task *task)
{
    if (m_task)
        disconnect(m_task, nullptr, this, nullptr);
    m_task = task;
    m_bar->setValue(0);
    m_bar->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_status->setText(task->description());
    connect(task->feedback(), &Feedback::progressChanged, this, [this](double p) { m_bar->setValue(int(p)); });
    connect(task->feedback(), &Feedback::statusChanged, this, [this](const QString &s) { m_status->setText(s); });
    connect(task, &Task::finished, this, &TaskProgressWidget::onFinished);
}

bool TaskProgressWidget::isRunning() const
{
    return m_task && !m_task->isDone();
}

void TaskProgressWidget::cancel()
{
    if (!isRunning())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

int TaskProgressWidget::progress() const
{
    return m_bar->value();
}

void TaskProgressWidget::showMessage(const QString &text)
{
    m_bar->hide();
    m_cancel->hide();
    m_status->setText(text);
}

void TaskProgressWidget::onFinished()
{
    if (!m_task)
        return;
    const Task::State s = m_task->state();
    m_bar->setValue(s == Task::State::Succeeded ? 100 : m_bar->value());
    m_cancel->hide();
    m_bar->hide();
    if (s == Task::State::Cancelled)
        m_status->setText(tr("Cancelled"));
    else if (s == Task::State::Failed)
        m_status->setText(m_task->error().message);
    emit finished(s == Task::State::Succeeded);
}

} // namespace urbis
