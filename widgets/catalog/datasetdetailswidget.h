#pragma once

#include "catalog/catalog.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace urbis {

class DataPreviewTab;
class DatasetActionBar;
class DatasetEditor;
class DatasetView;
class ObjectStore;
class ReportTab;
class SchemaTable;
class Task;
class TaskManager;
class VersionHistoryView;

/**
 * The Details dock: one dataset version in tabs — Metadata (view, and the editor whose input is
 * checked by core's RecordValidator before Catalog::update), Schema (fields with types and units),
 * Data preview (lazy rows of the stored GeoPackage), Validation report and History (versions with
 * a metadata diff) — and the actions Edit, Export, New version, Show on map and Delete.
 *
 * Borrows `catalog` (the GUI thread's connection, owned by the Workspace; must outlive the widget).
 * The object store (setObjectStore) enables preview, report and export; exports run as Tasks on
 * the TaskManager given to setTaskManager (the Tasks panel shows them), else on a private one.
 * New version and Show on map are only signals: the main window wires them to the import wizard
 * and the map. GUI thread only. Errors are shown inline.
 */
class DatasetDetailsWidget : public QWidget
{
    Q_OBJECT
public:
    enum Tab { MetadataTab, SchemaTab, PreviewTab, ValidationTab, HistoryTab };

    explicit DatasetDetailsWidget(Catalog &catalog, QWidget *parent = nullptr);

    void setObjectStore(std::shared_ptr<ObjectStore> store);
    void setTaskManager(TaskManager *tasks);

    QString datasetId() const { return m_record.id; }
    const DatasetRecord &record() const { return m_record; }
    bool isEditing() const;
    QString titleText() const;
    QString errorText() const;
    /** The line under the tabs (export started / finished, deleted, ...). */
    QString statusText() const;
    DatasetView *view() const { return m_view; }
    DatasetEditor *editor() const { return m_editor; }
    QPushButton *editButton() const;
    DatasetActionBar *actionBar() const { return m_actions; }
    QTabWidget *tabs() const { return m_tabs; }
    SchemaTable *schemaTable() const { return m_schema; }
    DataPreviewTab *previewTab() const { return m_preview; }
    ReportTab *reportTab() const { return m_report; }
    VersionHistoryView *historyView() const { return m_history; }
    QSize sizeHint() const override { return {400, 600}; }

    /** Exports the asset of `role` ("data", "source", "report") to `path` as a Task; nullptr when impossible. */
    Task *exportAsset(const QString &role, const QString &path);
    /** Deletes the shown version, after asking when `ask`; true when it was deleted. */
    bool deleteDataset(bool ask = true);

public slots:
    /** Loads and shows `id`; an empty id clears the panel. Leaves edit mode. */
    void showDataset(const QString &id);
    /** Re-reads the shown record unless the user is editing it (their input wins). */
    void reload();
    void startEditing();
    void setCurrentTab(urbis::DatasetDetailsWidget::Tab tab);

signals:
    /** The user saved a change to `id`, or deleted it (then datasetDeleted came first). */
    void datasetChanged(const QString &id);
    void datasetDeleted(const QString &id);
    /** "New version…": the owner opens the import wizard for the next version of `id`. */
    void newVersionRequested(const QString &id);
    /** "Show on map": the owner zooms the map to the dataset `id`. */
    void showOnMapRequested(const QString &id);
    /** "Download the data": the owner fetches the missing blobs of `id` from its remote. */
    void fetchDataRequested(const QString &id);

private:
    void save();
    void stopEditing();
    void showMessage(const QString &text, bool isError);
    void setStatus(const QString &text, bool isError = false);
    void chooseExport(const QString &role);
    QWidget *createMetadataTab();

    Catalog &m_catalog;
    std::shared_ptr<ObjectStore> m_store;
    TaskManager *m_tasks = nullptr;
    TaskManager *m_ownTasks = nullptr;
    DatasetRecord m_record;
    QStackedWidget *m_stack = nullptr;     ///< message page | content
    QStackedWidget *m_metaStack = nullptr; ///< view | editor
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
    DatasetActionBar *m_actions = nullptr;
    QTabWidget *m_tabs = nullptr;
    DatasetView *m_view = nullptr;
    DatasetEditor *m_editor = nullptr;
    SchemaTable *m_schema = nullptr;
    DataPreviewTab *m_preview = nullptr;
    ReportTab *m_report = nullptr;
    VersionHistoryView *m_history = nullptr;
};

} // namespace urbis
