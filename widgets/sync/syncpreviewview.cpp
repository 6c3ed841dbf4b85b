#include "syncpreviewview.h"

#include "syncplanmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace urbis {

SyncPreviewView::SyncPreviewView(QWidget *parent)
    : QWidget(parent), m_model(new SyncPlanModel(this)), m_summary(new QLabel(this)),
      m_view(new QTableView(this))
{
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setText(tr("Preview lists what a sync would upload and download, without changing anything."));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("previewTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("What the sync would move"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
}

QString SyncPreviewView::summary() const
{
    return m_summary->text();
}

void SyncPreviewView::showRunning(const QString &remote)
{
    m_model->setActions({});
    m_summary->setText(tr("Asking \"%1\" what a sync would move…").arg(remote));
}

void SyncPreviewView::showFailure(const QString &remote, const QString &why)
{
    m_model->setActions({});
    m_summary->setText(tr("Preview of \"%1\" failed: %2").arg(remote, why));
}

void SyncPreviewView::showReport(const QString &remote, const SyncReport &report)
{
    m_model->setActions(report.actions);
    m_view->resizeColumnsToContents();
    if (report.actions.isEmpty()) {
        m_summary->setText(tr("\"%1\" is in sync: nothing would move.").arg(remote));
        return;
    }
    m_summary->setText(
        tr("A sync with \"%1\" would upload %2 and download %3 dataset(s), %4 in all; %5 conflict(s). "
           "Nothing was changed.")
            .arg(remote)
            .arg(report.count(SyncAction::Kind::Push))
            .arg(report.count(SyncAction::Kind::Pull) + report.count(SyncAction::Kind::Fetch))
            .arg(QLocale().formattedDataSize(m_model->totalBytes()))
            .arg(report.count(SyncAction::Kind::Conflict)));
}

} // namespace urbis
