#pragma once

#include "catalog/catalog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace urbis {

class DatasetEditor;
class DatasetView;

/**
 * The Details dock: shows the full record of one dataset (Catalog::get + Catalog::history) and lets
 * the user edit its descriptive metadata, saved with Catalog::update.
 *
 * Borrows `catalog` (the GUI thread's connection, owned by the Workspace; must outlive the widget).
 * GUI thread only. Errors (not found, refused edit, concurrent change) are shown inline.
 */
class DatasetDetailsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DatasetDetailsWidget(Catalog &catalog, QWidget *parent = nullptr);

    QString datasetId() const { return m_record.id; }
    const DatasetRecord &record() const { return m_record; }
    bool isEditing() const;
    QString titleText() const;
    QString errorText() const;
    DatasetView *view() const { return m_view; }
    DatasetEditor *editor() const { return m_editor; }
    QPushButton *editButton() const { return m_edit; }
    QSize sizeHint() const override { return {400, 600}; }

public slots:
    /** Loads and shows `id`; an empty id clears the panel. Leaves edit mode. */
    void showDataset(const QString &id);
    /** Re-reads the shown record unless the user is editing it (their input wins). */
    void reload();
    void startEditing();

signals:
    /** The user saved a change to `id`. */
    void datasetChanged(const QString &id);

private:
    void save();
    void showMessage(const QString &text, bool isError);

    Catalog &m_catalog;
    DatasetRecord m_record;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    DatasetView *m_view = nullptr;
    DatasetEditor *m_editor = nullptr;
    QPushButton *m_edit = nullptr;
    QWidget *m_viewPage = nullptr;
};

} // namespace urbis
