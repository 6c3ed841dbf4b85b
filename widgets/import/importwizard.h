#pragma once

#include "catalog/datasetrecord.h"
#include "ingest/tableschema.h"

#include <QWizard>

#include <memory>

namespace urbis {

class FilePage;
class ImportPage;
struct ImportPreview;
class LocalObjectStore;
class PreviewPage;
class ReportPage;
class SchemaPage;
class Task;
class TaskManager;
class Workspace;

/**
 * The import wizard: files -> preview -> schema and metadata -> validation report -> import.
 *
 * The pages only wire widgets to their models and to Tasks; reading, inference, validation and the
 * import itself are core classes (ImportPreview, IngestPass, ImportJob) run as Tasks on `tasks`
 * (the main window's manager, so they show in the Tasks panel; a private one when null). Borrows
 * `workspace` (must outlive the wizard): its Catalog is used on the GUI thread only (same-title
 * check); Tasks open their own connection and share its thread-safe object store.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, PreviewPageId, SchemaPageId, ReportPageId, ImportPageId };

    ImportWizard(Workspace &workspace, TaskManager *tasks, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void addFiles(const QStringList &paths);
    /** The file being previewed, validated and imported (FilePage's current one). */
    QString currentFile() const;

    FilePage *filePage() const { return m_filePage; }
    PreviewPage *previewPage() const { return m_previewPage; }
    SchemaPage *schemaPage() const { return m_schemaPage; }
    ReportPage *reportPage() const { return m_reportPage; }
    ImportPage *importPage() const { return m_importPage; }

    /** The preview of currentFile(); null until PreviewPage has read it. */
    const ImportPreview *preview() const;
    TableSchema schema() const;
    DatasetRecord metadata() const;

    Workspace &workspace() const { return m_workspace; }
    TaskManager *taskManager() const { return m_tasks; }
    /** Submits `task` to the manager (which owns it from then on). */
    void submit(Task *task);

    /** Goes back to the preview page and selects the record with Frictionless row number `rowNumber`. */
    void showPreviewRow(qint64 rowNumber);

    /** Renders the current page into a PNG (for `urbis --screenshot-import` and the docs). */
    bool saveScreenshot(const QString &path);

public slots:
    void reject() override;

signals:
    void datasetImported(const QString &id);

private:
    Workspace &m_workspace;
    TaskManager *m_tasks = nullptr;
    FilePage *m_filePage = nullptr;
    PreviewPage *m_previewPage = nullptr;
    SchemaPage *m_schemaPage = nullptr;
    ReportPage *m_reportPage = nullptr;
    ImportPage *m_importPage = nullptr;
};

} // namespace urbis
