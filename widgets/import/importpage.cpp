#include "importpage.h"

#include "filepage.h"
#include "importwizard.h"
#include "ingest/importjob.h"
#include "ingest/importpreview.h"
#include "reportpage.h"
#include "taskprogresswidget.h"
#include "util/functiontask.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace urbis {

ImportPage::ImportPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Import"));
    setSubTitle(tr("The file is converted, stored with its original and its validation report, and added to the catalog."));
    m_progress = new TaskProgressWidget(this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_next = new QPushButton(tr("Import the &next file"), this);
    m_next->setObjectName(QStringLiteral("importNextButton"));
    m_next->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_next, 0, Qt::AlignLeft);
    connect(m_next, &QPushButton::clicked, this, [this] {
        auto *w = static_cast<ImportWizard *>(wizard());
        w->filePage()->removeFile(w->currentFile());
        w->restart();
    });
}

void ImportPage::initializePage()
{
    start();
}

void ImportPage::cleanupPage()
{
    m_progress->cancel();
    m_next->hide();
}

bool ImportPage::isImporting() const
{
    return m_progress->isRunning();
}

bool ImportPage::isComplete() const
{
    return m_done;
}

void ImportPage::start()
{
    auto *w = static_cast<ImportWizard *>(wizard());
    m_outcome.reset();
    m_done = false;
    m_result->clear();
    m_next->hide();
    ImportRequest request;
    request.path = w->currentFile();
    request.metadata = w->metadata();
    request.schema = w->schema();
    if (w->preview() && w->preview()->raster)
        request.schema.reset();
    request.allowInvalid = w->reportPage()->allowInvalid();
    request.newVersionOf = w->reportPage()->newVersionOf();

    Workspace &ws = w->workspace();
    const QString catalogPath = ws.catalogPath();
    const QString profile = ws.catalog().profile();
    const QString workDir = ws.workDir();
    std::shared_ptr<LocalObjectStore> store = ws.sharedStore();
    auto result = std::make_shared<ImportOutcome>();
    auto *task = new FunctionTask(tr("Importing %1").arg(QFileInfo(request.path).fileName()),
                                  [catalogPath, profile, workDir, store, request, result](Feedback &feedback) -> Result<void> {
                                      // This pool thread's own catalog connection (Workspace::openCatalog does the same).
                                      Result<Catalog> catalog = Catalog::open(catalogPath, profile);
                                      if (!catalog)
                                          return catalog.error();
                                      Result<ImportOutcome> out = ImportJob(*catalog, *store, workDir).run(request, &feedback);
                                      if (!out)
                                          return out.error();
                                      *result = std::move(*out);
                                      return {};
                                  });
    m_progress->watch(task);
    connect(task, &Task::finished, this, [this, task, result](bool ok) {
        if (m_progress->task() != task)
            return;
        if (ok)
            m_outcome = std::move(*result);
        m_done = true;
        showOutcome();
        emit completeChanged();
        if (m_outcome && m_outcome->status == ImportOutcome::Status::Imported)
            emit imported(m_outcome->record.id);
    });
    w->submit(task);
    emit completeChanged();
}

void ImportPage::showOutcome()
{
    auto *w = static_cast<ImportWizard *>(wizard());
    const QString file = QFileInfo(w->currentFile()).fileName().toHtmlEscaped();
    if (!m_outcome) {
        m_result->setText(tr("<p><b>%1 was not imported.</b></p><p>Go back to change the settings and try again.</p>").arg(file));
        return;
    }
    const ImportOutcome &o = *m_outcome;
    const QString title = o.record.title.toHtmlEscaped();
    QString text;
    switch (o.status) {
    case ImportOutcome::Status::Imported:
        text = tr("<p style='color:#2e7d32; font-size:large'>✔ <b>Imported</b></p>"
                  "<p>%1 is in the catalog as <b>%2</b>: %3 rows, %4 fields, %5.</p><p>Dataset id: <tt>%6</tt></p>")
                   .arg(file, title)
                   .arg(o.record.featureCount)
                   .arg(o.record.fields.size())
                   .arg(DatasetRecord::validationName(o.record.validation).toHtmlEscaped(), o.record.id);
        if (!o.record.previousVersion.isEmpty())
            text += tr("<p>It is the new version of dataset <tt>%1</tt>.</p>").arg(o.record.previousVersion);
        if (!o.report.errors.isEmpty())
            text += tr("<p>%n finding(s) are kept in its validation report.</p>", nullptr, int(o.report.errors.size()));
        if (!o.sameTitleId.isEmpty())
            text += tr("<p>Note: dataset <tt>%1</tt> has the same title. Next time, tick \"Add as a new version\" on the "
                       "report page to chain them.</p>").arg(o.sameTitleId);
        break;
    case ImportOutcome::Status::Duplicate:
        text = tr("<p style='color:#b26a00; font-size:large'><b>Already in the catalog</b></p>"
                  "<p>The same file (same bytes) was imported before as <b>%1</b> (<tt>%2</tt>). Nothing was stored.</p>")
                   .arg(title, o.record.id);
        break;
    case ImportOutcome::Status::Refused:
        text = tr("<p style='color:#c62828; font-size:large'>✘ <b>Not imported</b></p>"
                  "<p>%1 has %n error(s). Go back to the report, fix the schema, or tick "
                  "\"Import even with errors\" to store it with its report.</p>", nullptr, int(o.report.errors.size()))
                   .arg(file);
        break;
    }
    const bool moved = o.status != ImportOutcome::Status::Refused;
    const int waiting = int(w->filePage()->files().size()) - (moved ? 1 : 0);
    if (moved && waiting > 0) {
        text += tr("<p>%n more file(s) waiting in the list.</p>", nullptr, waiting);
        m_next->show();
    }
    m_result->setText(text);
    m_progress->showMessage(QString());
}

} // namespace urbis
