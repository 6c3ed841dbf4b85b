#pragma once

#include "storage/sync/syncreport.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace urbis {

class SyncPlanModel;

/**
 * The Sync panel's Preview tab: a one-line summary and the table of what a dry run says a sync
 * would move (action, dataset, bytes, detail). It only shows what it is given; the panel runs the
 * dry-run SyncTask. GUI thread only.
 */
class SyncPreviewView : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPreviewView(QWidget *parent = nullptr);

    void showRunning(const QString &remote);
    void showReport(const QString &remote, const SyncReport &report);
    void showFailure(const QString &remote, const QString &why);

    QString summary() const;
    SyncPlanModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    SyncPlanModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace urbis
