#include "reporttab.h"

#include "backgroundreads.h"
#include "catalog/reportreader.h"
#include "import/reporterrorfilter.h"
#include "import/reporterrorsmodel.h"
#include "storage/objectstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace urbis {

ReportTab::ReportTab(QWidget *parent) : QWidget(parent), m_reads(new BackgroundReads(this))
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_model = new ReportErrorsModel(this);
    m_filter = new ReportErrorFilter(this);
    m_filter->setSourceModel(m_model);
    m_types = new QComboBox(this);
    m_types->setObjectName(QStringLiteral("reportTypeCombo"));
    m_types->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("reportSearchEdit"));
    m_search->setPlaceholderText(tr("Search the findings"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportErrorsModel::RowColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells

    auto *filterRow = new QHBoxLayout;
    auto *show = new QLabel(tr("Sho&w:"), this);
    show->setBuddy(m_types);
    filterRow->addWidget(show);
    filterRow->addWidget(m_types);
    filterRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_types, &QComboBox::currentIndexChanged, this, [this] { m_filter->setErrorType(m_types->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &ReportErrorFilter::setSearchText);
    showMessage(QString());
}

void ReportTab::setObjectStore(std::shared_ptr<ObjectStore> store)
{
    m_store = std::move(store);
}

void ReportTab::setRecord(const DatasetRecord &record)
{
    m_reads->invalidate();
    m_record = record;
    m_pending = true;
    m_model->clear();
    showMessage(QString());
    if (isVisible())
        ensureLoaded();
}

bool ReportTab::isLoading() const
{
    return m_reads->isBusy();
}

QString ReportTab::summaryText() const
{
    return m_summary->text();
}

void ReportTab::ensureLoaded()
{
    if (!m_pending)
        return;
    m_pending = false;
    if (m_record.id.isEmpty())
        return;
    if (!m_store) {
        showMessage(tr("No data store is connected to this panel."));
        emit loaded();
        return;
    }
    m_summary->setText(tr("Reading the validation report…"));
    std::shared_ptr<ObjectStore> store = m_store;
    const DatasetRecord record = m_record;
    m_reads->start<ValidationReport>(
        tr("Reading the validation report"),
        [store, record](Feedback &) { return ReportReader::load(record, *store); },
        [this](Result<ValidationReport> report) {
            if (report)
                showReport(*report);
            else
                showMessage(report.error().message);
            emit loaded();
        });
}

void ReportTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void ReportTab::showMessage(const QString &text)
{
    m_summary->setText(text);
    m_types->clear();
    m_types->setEnabled(false);
    m_search->setEnabled(false);
}

void ReportTab::showReport(const ValidationReport &report)
{
    const QLocale locale;
    m_model->setReport(report);
    QString summary = report.valid() ? tr("Valid: %1 rows checked, no errors.").arg(locale.toString(report.rows))
                                     : tr("%1 errors in %2 rows checked.")
                                           .arg(locale.toString(report.errors.size()), locale.toString(report.rows));
    if (!report.notices.isEmpty())
        summary += QLatin1Char(' ') + tr("%1 notices (missing metadata; they never make data invalid).")
                                          .arg(locale.toString(report.notices.size()));
    for (const QString &w : report.warnings)
        summary += QLatin1Char(' ') + w;
    m_summary->setText(summary);
    m_types->clear();
    m_types->addItem(tr("All findings"), QString());
    for (const auto &[type, count] : m_model->typeCounts())
        m_types->addItem(tr("%1 (%2)").arg(type).arg(count), type);
    m_types->setEnabled(m_model->rowCount() > 0);
    m_search->setEnabled(m_model->rowCount() > 0);
    m_table->resizeColumnsToContents();
}

} // namespace urbis
