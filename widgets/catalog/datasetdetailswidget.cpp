#include "datasetdetailswidget.h"

#include "catalog/assetexport.h"
#include "catalog/datasetassets.h"
#include "catalog/recordvalidator.h"
#include "datapreviewtab.h"
#include "datasetactionbar.h"
#include "dataseteditor.h"
#include "datasetview.h"
#include "reporttab.h"
#include "schematable.h"
#include "storage/objectstore.h"
#include "util/taskmanager.h"
#include "versionhistoryview.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace urbis {

namespace {
enum Page { MessagePage, ContentPage };
enum MetaPage { ViewPage, EditPage };
const QString kErrorStyle = QStringLiteral("color: #c62828;");
} // namespace

DatasetDetailsWidget::DatasetDetailsWidget(Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("detailsMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    m_actions = new DatasetActionBar(this);
    m_actions->setObjectName(QStringLiteral("detailsActions"));
    addActions(m_actions->allActions()); // shortcuts work wherever the focus is in the panel

    m_schema = new SchemaTable;
    m_preview = new DataPreviewTab;
    m_report = new ReportTab;
    m_history = new VersionHistoryView;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->insertTab(MetadataTab, createMetadataTab(), tr("&Metadata"));
    m_tabs->insertTab(SchemaTab, m_schema, tr("S&chema"));
    m_tabs->insertTab(PreviewTab, m_preview, tr("Data &preview"));
    m_tabs->insertTab(ValidationTab, m_report, tr("Validation &report"));
    m_tabs->insertTab(HistoryTab, m_history, tr("Histor&y"));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_actions);
    contentLayout->addWidget(m_tabs, 1);
    contentLayout->addWidget(m_status);

    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(MessagePage, m_message);
    m_stack->insertWidget(ContentPage, content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_actions->editAction(), &QAction::triggered, this, &DatasetDetailsWidget::startEditing);
    connect(m_actions->exportDataAction(), &QAction::triggered, this, [this] { chooseExport(QStringLiteral("data")); });
    connect(m_actions->exportSourceAction(), &QAction::triggered, this, [this] { chooseExport(QStringLiteral("source")); });
    connect(m_actions->exportReportAction(), &QAction::triggered, this, [this] { chooseExport(QStringLiteral("report")); });
    connect(m_actions->deleteAction(), &QAction::triggered, this, [this] { deleteDataset(true); });
    connect(m_actions->newVersionAction(), &QAction::triggered, this, [this] { emit newVersionRequested(m_record.id); });
    connect(m_actions->fetchDataAction(), &QAction::triggered, this, [this] { emit fetchDataRequested(m_record.id); });
    connect(m_actions->showOnMapAction(), &QAction::triggered, this, [this] { emit showOnMapRequested(m_record.id); });
    connect(m_editor, &DatasetEditor::saveRequested, this, &DatasetDetailsWidget::save);
    connect(m_editor, &DatasetEditor::cancelled, this, &DatasetDetailsWidget::stopEditing);
    connect(m_history, &VersionHistoryView::versionActivated, this, [this](const QString &id) {
        showDataset(id);
        setCurrentTab(HistoryTab);
    });
    showDataset(QString());
}

QWidget *DatasetDetailsWidget::createMetadataTab()
{
    m_view = new DatasetView;
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_view);
    m_editor = new DatasetEditor;
    m_metaStack = new QStackedWidget;
    m_metaStack->insertWidget(ViewPage, scroll);
    m_metaStack->insertWidget(EditPage, m_editor);
    return m_metaStack;
}

void DatasetDetailsWidget::setObjectStore(std::shared_ptr<ObjectStore> store)
{
    m_store = std::move(store);
    m_preview->setObjectStore(m_store);
    m_report->setObjectStore(m_store);
    reload();
}

void DatasetDetailsWidget::setTaskManager(TaskManager *tasks)
{
    m_tasks = tasks;
}

QPushButton *DatasetDetailsWidget::editButton() const
{
    return m_actions->editButton();
}

bool DatasetDetailsWidget::isEditing() const
{
    return m_stack->currentIndex() == ContentPage && m_metaStack->currentIndex() == EditPage;
}

QString DatasetDetailsWidget::titleText() const
{
    return m_stack->currentIndex() == MessagePage ? QString() : m_view->titleText();
}

QString DatasetDetailsWidget::errorText() const
{
    if (isEditing())
        return m_editor->errorText();
    return m_message->property("isError").toBool() && m_stack->currentIndex() == MessagePage ? m_message->text()
                                                                                              : QString();
}

QString DatasetDetailsWidget::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void DatasetDetailsWidget::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? kErrorStyle : QString());
    m_status->setVisible(!text.isEmpty());
}

void DatasetDetailsWidget::showMessage(const QString &text, bool isError)
{
    m_record = DatasetRecord();
    m_actions->setRecord(m_record, false);
    m_preview->setRecord(m_record);
    m_report->setRecord(m_record);
    m_message->setText(text);
    m_message->setProperty("isError", isError);
    m_message->setStyleSheet(isError ? kErrorStyle : QString());
    m_stack->setCurrentIndex(MessagePage);
}

void DatasetDetailsWidget::showDataset(const QString &id)
{
    m_metaStack->setCurrentIndex(ViewPage);
    m_actions->setEditing(false);
    if (id.isEmpty()) {
        showMessage(tr("Select a dataset to see its details."), false);
        return;
    }
    Result<DatasetRecord> r = m_catalog.get(id);
    if (!r) {
        showMessage(r.error().message, true);
        return;
    }
    if (r->id != m_record.id)
        setStatus(QString());
    // Missing history or versions should not hide the record itself.
    Result<QList<HistoryEntry>> history = m_catalog.history(id);
    Result<QList<DatasetRecord>> versions = m_catalog.versions(id);
    m_record = std::move(*r);
    m_view->setRecord(m_record);
    m_schema->setFields(m_record.fields);
    m_preview->setRecord(m_record);
    m_report->setRecord(m_record);
    m_history->setData(versions ? *versions : QList<DatasetRecord>{m_record}, history ? *history : QList<HistoryEntry>(),
                       m_record.id);
    const bool missing = m_store && !m_record.sha256.isEmpty() && !m_store->contains(m_record.sha256);
    m_actions->setRecord(m_record, m_store != nullptr, missing);
    m_tabs->setTabText(SchemaTab, m_record.fields.isEmpty() ? tr("S&chema") : tr("S&chema (%1)").arg(m_record.fields.size()));
    m_stack->setCurrentIndex(ContentPage);
}

void DatasetDetailsWidget::reload()
{
    if (isEditing() || m_record.id.isEmpty())
        return;
    showDataset(m_record.id);
}

void DatasetDetailsWidget::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void DatasetDetailsWidget::startEditing()
{
    if (m_record.id.isEmpty())
        return;
    m_editor->setRecord(m_record);
    m_tabs->setCurrentIndex(MetadataTab);
    m_metaStack->setCurrentIndex(EditPage);
    m_actions->setEditing(true);
    m_editor->titleEdit()->setFocus();
}

void DatasetDetailsWidget::stopEditing()
{
    m_metaStack->setCurrentIndex(ViewPage);
    m_actions->setEditing(false);
}

void DatasetDetailsWidget::save()
{
    const DatasetRecord edited = m_editor->editedRecord();
    // Core decides what a curated record needs; the form only shows the verdict.
    const QList<RecordValidator::Problem> problems = RecordValidator::problems(edited);
    if (!problems.isEmpty()) {
        m_editor->showProblems(problems);
        return;
    }
    Result<DatasetRecord> saved = m_catalog.update(edited);
    if (!saved) {
        QString text = saved.error().message;
        if (saved.error().code == Error::Code::Conflict)
            text += QLatin1Char(' ') + tr("Cancel and open the dataset again to see the current version.");
        m_editor->showError(text);
        return;
    }
    const QString id = saved->id;
    showDataset(id);
    emit datasetChanged(id);
}

void DatasetDetailsWidget::chooseExport(const QString &role)
{
    const std::optional<AssetInfo> asset = DatasetAssets::find(m_record, role);
    if (!asset)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"),
                                                      QDir::home().filePath(DatasetAssets::exportFileName(m_record, *asset)));
    if (!path.isEmpty())
        exportAsset(role, path);
}

Task *DatasetDetailsWidget::exportAsset(const QString &role, const QString &path)
{
    const std::optional<AssetInfo> asset = DatasetAssets::find(m_record, role);
    if (!asset || !m_store) {
        setStatus(tr("Nothing to export: this dataset has no stored file of that kind."), true);
        return nullptr;
    }
    TaskManager *tasks = m_tasks;
    if (!tasks) {
        if (!m_ownTasks)
            m_ownTasks = new TaskManager(this);
        tasks = m_ownTasks;
    }
    Task *task = AssetExport::makeTask(m_store, *asset, path);
    const QString name = QFileInfo(path).fileName();
    connect(task, &Task::finished, this, [this, task, name](bool ok) {
        setStatus(ok ? tr("Exported %1.").arg(name) : tr("Export of %1 failed: %2").arg(name, task->error().message), !ok);
    }, Qt::QueuedConnection);
    setStatus(tr("Exporting %1…").arg(name));
    tasks->submit(task);
    return task;
}

bool DatasetDetailsWidget::deleteDataset(bool ask)
{
    if (m_record.id.isEmpty() || isEditing())
        return false;
    const DatasetRecord doomed = m_record;
    if (ask) {
        const QString question = doomed.previousVersion.isEmpty()
                                     ? tr("Delete “%1” from the catalog?").arg(doomed.title)
                                     : tr("Delete version %1 of “%2”? Version %3 becomes the latest again.")
                                           .arg(doomed.version).arg(doomed.title).arg(doomed.version - 1);
        const auto answer = QMessageBox::question(this, tr("Delete dataset"),
                                                  question + QLatin1Char('\n') + tr("The change history is kept."),
                                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (Result<void> r = m_catalog.remove(doomed.id); !r) {
        setStatus(r.error().message, true);
        return false;
    }
    showMessage(tr("“%1” was deleted.").arg(doomed.title), false);
    emit datasetDeleted(doomed.id);
    emit datasetChanged(doomed.id);
    return true;
}

} // namespace urbis
