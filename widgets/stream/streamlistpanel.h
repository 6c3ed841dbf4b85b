#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace urbis {

class StreamListModel;

/**
 * The left side of the stream monitor: a search field over the watched streams, their table
 * (StreamListModel) and a details line for the selected one. The monitor puts its buttons below.
 * Borrows the model. GUI thread only.
 */
class StreamListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StreamListPanel(StreamListModel *model, QWidget *parent = nullptr);

    /** Row in the model of the selected stream, or -1. */
    int currentRow() const;
    void selectRow(int modelRow);
    void setDetails(const QString &text);
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

signals:
    void currentRowChanged(int modelRow);
    void activated(int modelRow);

private:
    StreamListModel *m_model;
    QLineEdit *m_search;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_details;
};

} // namespace urbis
