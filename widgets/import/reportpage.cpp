#include "reportpage.h"

#include "importwizard.h"
#include "ingest/importpreview.h"
#include "ingest/validator.h"
#include "reporterrorfilter.h"
#include "reporterrorsmodel.h"
#include "taskprogresswidget.h"
#include "util/functiontask.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace urbis {

ReportPage::ReportPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Validation report"));
    setSubTitle(tr("The whole file checked against the schema. Double-click an error to see its row in the preview."));
    m_progress = new TaskProgressWidget(this);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);

    m_model = new ReportErrorsModel(this);
    m_filter = new ReportErrorFilter(this);
    m_filter->setSourceModel(m_model);
    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("errorTypeCombo"));
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("errorSearchEdit"));
    m_search->setPlaceholderText(tr("Search the errors"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("errorTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportErrorsModel::RowColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);

    m_export = new QPushButton(tr("&Export report…"), this);
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_rerun = new QPushButton(tr("&Validate again"), this);
    m_rerun->setObjectName(QStringLiteral("revalidateButton"));
    m_allowInvalid = new QCheckBox(tr("&Import even with errors (the report is kept with the dataset)"), this);
    m_allowInvalid->setObjectName(QStringLiteral("allowInvalidBox"));
    m_newVersion = new QCheckBox(this);
    m_newVersion->setObjectName(QStringLiteral("newVersionBox"));
    m_newVersion->hide();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    filterRow->addWidget(m_typeCombo);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_rerun);
    filterRow->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_verdict);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_allowInvalid);
    layout->addWidget(m_newVersion);

    connect(m_typeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setErrorType(m_typeCombo->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ReportErrorFilter::setSearchText);
    connect(m_export, &QPushButton::clicked, this, &ReportPage::exportReport);
    connect(m_rerun, &QPushButton::clicked, this, &ReportPage::validate);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariant row = index.data(ReportErrorsModel::RowNumberRole);
        if (row.isValid())
            static_cast<ImportWizard *>(wizard())->showPreviewRow(row.toLongLong());
    });
    connect(m_progress, &TaskProgressWidget::finished, this, &ReportPage::completeChanged);
}

void ReportPage::initializePage()
{
    checkSameTitle();
    validate();
}

void ReportPage::cleanupPage()
{
    m_progress->cancel();
}

bool ReportPage::isValidating() const
{
    return m_progress->isRunning();
}

bool ReportPage::isComplete() const
{
    return m_hasReport && !isValidating();
}

bool ReportPage::allowInvalid() const
{
    return m_allowInvalid->isChecked();
}

QString ReportPage::newVersionOf() const
{
    return !m_sameTitleId.isEmpty() && m_newVersion->isChecked() ? m_sameTitleId : QString();
}

void ReportPage::checkSameTitle()
{
    auto *w = static_cast<ImportWizard *>(wizard());
    // Title lookups answer in milliseconds (index), like the catalog searches on the GUI thread.
    Result<QString> same = w->workspace().catalog().latestByTitle(w->metadata().title);
    m_sameTitleId = same ? *same : QString();
    m_newVersion->setVisible(!m_sameTitleId.isEmpty());
    m_newVersion->setChecked(false);
    if (!m_sameTitleId.isEmpty())
        m_newVersion->setText(tr("Add as a &new version of the existing dataset \"%1\"").arg(w->metadata().title));
}

void ReportPage::validate()
{
    auto *w = static_cast<ImportWizard *>(wizard());
    m_progress->cancel();
    m_hasReport = false;
    m_model->clear();
    m_typeCombo->clear();
    m_verdict->clear();
    const ImportPreview *preview = w->preview();
    if (preview && preview->raster) {
        m_hasReport = true;
        m_verdict->setText(tr("<b>Raster:</b> no rows to validate; the import converts it to a tiled GeoTIFF."));
        m_progress->showMessage(QString());
        emit completeChanged();
        return;
    }
    const QString path = w->currentFile();
    const TableSchema schema = w->schema();
    auto result = std::make_shared<ValidationReport>();
    // The same validation `urbis validate --schema` runs, on a pool thread.
    auto *task = new FunctionTask(tr("Validating %1").arg(QFileInfo(path).fileName()),
                                  [path, schema, result](Feedback &feedback) -> Result<void> {
                                      Result<ValidationReport> report = Validator(schema).validateFile(path, &feedback);
                                      if (!report)
                                          return report.error();
                                      *result = std::move(*report);
                                      return {};
                                  });
    m_progress->watch(task);
    connect(task, &Task::finished, this, [this, task, result](bool ok) {
        if (m_progress->task() != task)
            return; // superseded
        if (ok) {
            m_model->setReport(std::move(*result));
            m_hasReport = true;
            showReport();
        } else {
            m_verdict->setText(tr("Validation did not finish. Press \"Validate again\" to retry."));
        }
        emit completeChanged();
    });
    w->submit(task);
    emit completeChanged();
}

void ReportPage::showReport()
{
    const ValidationReport &r = m_model->report();
    m_typeCombo->blockSignals(true);
    m_typeCombo->clear();
    m_typeCombo->addItem(tr("All findings (%1)").arg(m_model->rowCount()), QString());
    for (const auto &[type, count] : m_model->typeCounts())
        m_typeCombo->addItem(QStringLiteral("%1 (%2)").arg(type).arg(count), type);
    m_typeCombo->setCurrentIndex(0);
    m_typeCombo->blockSignals(false);
    m_filter->setErrorType(QString());
    const bool blocking = !r.errors.isEmpty();
    if (r.valid() && r.notices.isEmpty())
        m_verdict->setText(tr("<span style='color:#2e7d32; font-size:large'>✔ <b>Valid</b></span> — %1 rows, %2 fields, no errors.")
                               .arg(r.rows).arg(r.fields));
    else if (!blocking)
        m_verdict->setText(tr("<span style='color:#2e7d32; font-size:large'>✔ <b>Valid with warnings</b></span> — %1 rows, "
                              "%2 fields; %3 notes about missing metadata (they do not block the import).")
                               .arg(r.rows).arg(r.fields).arg(r.notices.size()));
    else
        m_verdict->setText(tr("<span style='color:#c62828; font-size:large'>✘ <b>Not valid</b></span> — %1 errors in %2 rows%3. "
                              "Fix the schema or the file, or tick \"Import even with errors\".")
                               .arg(r.errors.size())
                               .arg(r.rows)
                               .arg(r.notices.isEmpty() ? QString() : tr(", and %n note(s)", nullptr, int(r.notices.size()))));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_allowInvalid->setEnabled(blocking || m_allowInvalid->isChecked());
    m_export->setEnabled(true);
    m_progress->showMessage(r.warnings.join(QLatin1Char('\n')));
}

void ReportPage::exportReport()
{
    const QString base = QFileInfo(static_cast<ImportWizard *>(wizard())->currentFile()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export validation report"), base + QStringLiteral("-report.json"),
                                                      tr("JSON (*.json)"));
    if (!path.isEmpty() && !exportTo(path))
        QMessageBox::warning(this, tr("Export validation report"), tr("Cannot write %1").arg(path));
}

bool ReportPage::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(m_model->report().toJson()).toJson(QJsonDocument::Indented));
    return file.commit();
}

} // namespace urbis
