#include "importwizard.h"

#include "filepage.h"
#include "importpage.h"
#include "metadataform.h"
#include "previewpage.h"
#include "reportpage.h"
#include "schemafieldsmodel.h"
#include "schemapage.h"
#include "taskprogresswidget.h"
#include "util/taskmanager.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QPushButton>

namespace urbis {

ImportWizard::ImportWizard(Workspace &workspace, TaskManager *tasks, QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_tasks(tasks ? tasks : new TaskManager(this))
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import data"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_filePage = new FilePage(this);
    m_previewPage = new PreviewPage(this);
    m_schemaPage = new SchemaPage(this);
    m_reportPage = new ReportPage(this);
    m_importPage = new ImportPage(this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(SchemaPageId, m_schemaPage);
    setPage(ReportPageId, m_reportPage);
    setPage(ImportPageId, m_importPage);
    // "Next" on the report page starts the import; its button says so.
    m_reportPage->setButtonText(QWizard::NextButton, tr("&Import"));
    setStartId(FilePageId);
    connect(m_importPage, &ImportPage::imported, this, &ImportWizard::datasetImported);
    resize(1000, 720);
}

ImportWizard::~ImportWizard()
{
    // Running Tasks own copies of what they need; stop them so they do not work for nobody.
    for (TaskProgressWidget *p : findChildren<TaskProgressWidget *>())
        p->cancel();
}

void ImportWizard::addFiles(const QStringList &paths)
{
    m_filePage->addFiles(paths);
}

QString ImportWizard::currentFile() const
{
    return m_filePage->currentFile();
}

const ImportPreview *ImportWizard::preview() const
{
    return m_previewPage->preview();
}

TableSchema ImportWizard::schema() const
{
    return m_schemaPage->model()->schema();
}

DatasetRecord ImportWizard::metadata() const
{
    return m_schemaPage->metadataForm()->metadata();
}

void ImportWizard::submit(Task *task)
{
    m_tasks->submit(task);
}

void ImportWizard::showPreviewRow(qint64 rowNumber)
{
    while (currentId() > PreviewPageId)
        back();
    m_previewPage->selectRow(rowNumber);
}

bool ImportWizard::saveScreenshot(const QString &path)
{
    QApplication::processEvents();
    return grab().save(path, "PNG");
}

void ImportWizard::reject()
{
    for (TaskProgressWidget *p : findChildren<TaskProgressWidget *>())
        p->cancel();
    QWizard::reject();
}

} // namespace urbis
