#pragma once

#include "storage/sync/syncstatus.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace urbis {

class ConflictListModel;

/**
 * The open conflicts of the selected remote and the three ways to settle one: "Keep mine",
 * "Keep theirs", "Keep both". The buttons are enabled only while a conflict is selected and no
 * resolution is running; a click emits resolveRequested() and the Sync panel starts the task.
 * GUI thread only.
 */
class ConflictsView : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsView(QWidget *parent = nullptr);

    void setConflicts(QList<SyncConflict> conflicts);
    /** While true (a resolution is running) the buttons stay disabled. */
    void setBusy(bool busy);
    int count() const;
    QTableView *view() const { return m_view; }
    /** Lineage of the selected conflict, empty when none. */
    QString selectedLineage() const;

signals:
    void resolveRequested(const QString &lineage, urbis::ConflictResolution how);

private:
    void updateButtons();
    QPushButton *addButton(const QString &text, const QString &tip, const char *objectName,
                           ConflictResolution how);

    ConflictListModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QList<QPushButton *> m_buttons;
    bool m_busy = false;
};

} // namespace urbis
