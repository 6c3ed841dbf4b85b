#include "previewpage.h"

#include "importwizard.h"
#include "previewrowsmodel.h"
#include "taskprogresswidget.h"
#include "util/functiontask.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace urbis {

namespace {

QString rasterText(const RasterInfo &r)
{
    QStringList lines;
    lines << PreviewPage::tr("Format: %1 (%2)").arg(r.format, r.mediaType)
          << PreviewPage::tr("Size: %1 × %2 pixels, %n band(s)", nullptr, r.bands).arg(r.width).arg(r.height)
          << PreviewPage::tr("Band types: %1").arg(r.bandTypes.join(QStringLiteral(", ")))
          << PreviewPage::tr("CRS: %1").arg(r.crs.isEmpty() ? PreviewPage::tr("not georeferenced") : r.crs.left(80));
    if (r.bbox)
        lines << PreviewPage::tr("Extent (WGS84): %1, %2 — %3, %4")
                     .arg(r.bbox->west).arg(r.bbox->south).arg(r.bbox->east).arg(r.bbox->north);
    if (r.noData)
        lines << PreviewPage::tr("No-data value: %1").arg(*r.noData);
    if (r.gpsLatitude && r.gpsLongitude)
        lines << PreviewPage::tr("GPS position: %1, %2").arg(*r.gpsLatitude).arg(*r.gpsLongitude);
    if (r.takenAt.isValid())
        lines << PreviewPage::tr("Taken at: %1").arg(r.takenAt.toString(Qt::ISODate));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PreviewPage::PreviewPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows of the file, with the type detected for each column. "
                   "Check that the columns were split correctly."));
    m_model = new PreviewRowsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_raster = new QLabel(this);
    m_raster->setObjectName(QStringLiteral("rasterSummary"));
    m_raster->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_raster->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_raster->hide();
    m_progress = new TaskProgressWidget(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_raster, 1);
    connect(m_progress, &TaskProgressWidget::finished, this, &PreviewPage::completeChanged);
}

void PreviewPage::initializePage()
{
    const QString path = static_cast<ImportWizard *>(wizard())->currentFile();
    if (path != m_path || (!m_preview && !isReading()))
        read(path);
}

bool PreviewPage::isReading() const
{
    return m_progress->isRunning();
}

bool PreviewPage::isComplete() const
{
    return m_preview.has_value() && !isReading();
}

void PreviewPage::read(const QString &path)
{
    m_progress->cancel();
    m_path = path;
    m_preview.reset();
    m_model->clear();
    m_summary->clear();
    auto result = std::make_shared<std::optional<Result<ImportPreview>>>();
    auto *task = new FunctionTask(tr("Reading %1").arg(QFileInfo(path).fileName()),
                                  [path, result](Feedback &feedback) -> Result<void> {
                                      *result = ImportPreview::read(path, ImportPreview::Options{}, &feedback);
                                      if (!**result)
                                          return (*result)->error();
                                      return {};
                                  });
    m_progress->watch(task);
    connect(task, &Task::finished, this, [this, result, path](bool ok) {
        if (path != m_path)
            return; // a newer read started
        if (ok && *result && **result)
            m_preview = std::move(***result);
        showPreview();
        emit completeChanged();
    });
    static_cast<ImportWizard *>(wizard())->submit(task);
    emit completeChanged();
}

void PreviewPage::showPreview()
{
    if (!m_preview) {
        m_table->show();
        m_raster->hide();
        m_summary->setText(tr("Nothing to show: %1").arg(QDir::toNativeSeparators(m_path)));
        return;
    }
    const ImportPreview &p = *m_preview;
    const bool raster = p.raster.has_value();
    m_table->setVisible(!raster);
    m_raster->setVisible(raster);
    if (raster) {
        m_raster->setText(rasterText(*p.raster));
        m_summary->setText(tr("%1 is a raster: it is imported as a tiled GeoTIFF; there are no rows to check.")
                               .arg(QFileInfo(p.path).fileName()));
        m_progress->showMessage(QString());
        return;
    }
    m_model->setPreview(p.labels, p.rows, p.guesses);
    m_table->resizeColumnsToContents();
    const QLocale l;
    m_summary->setText((p.moreRows ? tr("%1 · %2 fields · showing the first %3 rows (the file has more)")
                                   : tr("%1 · %2 fields · %3 rows"))
                           .arg(p.format)
                           .arg(p.labels.size())
                           .arg(l.toString(qlonglong(p.rows.size()))) +
                       (p.schemaSampled ? QLatin1Char(' ') + tr("· types detected from a sample") : QString()));
    m_progress->showMessage(QString());
}

bool PreviewPage::selectRow(qint64 rowNumber)
{
    const int row = m_model->rowForNumber(rowNumber);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
    return true;
}

void PreviewPage::setTypes(const QStringList &types)
{
    m_model->setTypes(types);
}

} // namespace urbis
