#include "datapreviewtab.h"

#include "catalog/datasetassets.h"
#include "datasettablemodel.h"
#include "storage/objectstore.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace urbis {

DataPreviewTab::DataPreviewTab(QWidget *parent) : QWidget(parent)
{
    m_model = new DatasetTableModel(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_model, &DatasetTableModel::loaded, this, &DataPreviewTab::updateStatus);
    connect(m_model, &DatasetTableModel::failed, this, &DataPreviewTab::updateStatus);
    connect(m_model, &DatasetTableModel::modelReset, this, [this] { m_view->resizeColumnsToContents(); });
    updateStatus();
}

void DataPreviewTab::setObjectStore(std::shared_ptr<ObjectStore> store)
{
    m_store = std::move(store);
}

void DataPreviewTab::setRecord(const DatasetRecord &record)
{
    m_record = record;
    m_pending = true;
    m_model->clear();
    if (isVisible())
        ensureLoaded();
    else
        updateStatus();
}

void DataPreviewTab::ensureLoaded()
{
    if (!m_pending)
        return;
    m_pending = false;
    if (m_record.id.isEmpty())
        return updateStatus();
    if (!m_store) {
        m_status->setText(tr("No data store is connected to this panel."));
        return;
    }
    Result<QString> path = DatasetAssets::tablePath(m_record, *m_store);
    if (!path) {
        m_status->setText(path.error().message);
        m_view->setVisible(false);
        return;
    }
    m_view->setVisible(true);
    m_model->open(*path);
    updateStatus();
}

void DataPreviewTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

QString DataPreviewTab::statusText() const
{
    return m_status->text();
}

void DataPreviewTab::updateStatus()
{
    const QLocale locale;
    if (!m_model->errorText().isEmpty()) {
        m_status->setText(m_model->errorText());
        return;
    }
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_status->setText(tr("Reading the data…"));
        return;
    }
    if (m_model->columnCount() == 0) {
        m_status->setText(m_record.id.isEmpty() ? QString() : tr("The data preview opens when this tab is shown."));
        return;
    }
    const int shown = m_model->rowCount();
    const qint64 total = m_model->totalRows();
    if (m_model->isComplete())
        m_status->setText(shown == 1 ? tr("1 row") : tr("%1 rows").arg(locale.toString(shown)));
    else if (total >= 0)
        m_status->setText(tr("First %1 of %2 rows; scroll down to read more").arg(locale.toString(shown), locale.toString(total)));
    else
        m_status->setText(tr("First %1 rows; scroll down to read more").arg(locale.toString(shown)));
}

} // namespace urbis
