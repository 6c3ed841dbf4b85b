#pragma once

#include "storage/remote/remoteprofile.h"
#include "storage/sync/syncstatus.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace urbis {

class RemoteListModel;

/**
 * The Sync panel's list of remotes: a filter box over all columns, the table (name, endpoint /
 * bucket, last sync, pending, last error) and, with no remote at all, an empty state that says
 * what a remote is for and offers "Add remote…". One remote is selected whenever there is one.
 * Shows what it is given (setRemotes); GUI thread only.
 */
class RemoteListView : public QWidget
{
    Q_OBJECT
public:
    explicit RemoteListView(QWidget *parent = nullptr);

    /** Replaces the rows; keeps the selection, or selects `select` when given, else the first row. */
    void setRemotes(QList<RemoteProfile> remotes, QHash<QString, SyncStatus> statuses,
                    const QString &select = {});
    void setRunning(const QString &name, bool running);

    QString selectedRemote() const;
    void selectRemote(const QString &name);
    /** The profile of `name`; an empty profile when there is none. */
    RemoteProfile profile(const QString &name) const;
    SyncStatus status(const QString &name) const;
    int remoteCount() const;
    int visibleRemoteCount() const;
    bool isEmptyStateShown() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLabel *emptyStateLabel() const { return m_emptyLabel; }

signals:
    void selectionChanged();
    void addRequested();
    void editRequested();

private:
    RemoteListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QTableView *m_view;
};

} // namespace urbis
