#include "transfersview.h"

#include "common/taskrow.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace urbis {

TransfersView::TransfersView(QWidget *parent)
    : QWidget(parent), m_list(new QVBoxLayout), m_empty(new QLabel(this))
{
    m_empty->setObjectName(QStringLiteral("transfersEmpty"));
    m_empty->setText(tr("No transfer running. Sync now (Ctrl+Shift+S) or Preview to see what would move."));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    auto *content = new QWidget;
    m_list->setContentsMargins(0, 0, 0, 0);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_empty);
    contentLayout->addLayout(m_list);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    updateEmpty();
}

void TransfersView::showTask(Task *task, const QString &key)
{
    if (TaskRow *old = m_rows.take(key))
        old->deleteLater();
    auto *row = new TaskRow(task);
    row->setObjectName(QStringLiteral("transferRow"));
    m_list->insertWidget(0, row);
    m_rows.insert(key, row);
    updateEmpty();
}

TaskRow *TransfersView::rowFor(const QString &key) const
{
    return m_rows.value(key);
}

void TransfersView::updateEmpty()
{
    m_empty->setVisible(m_rows.isEmpty());
}

} // namespace urbis
