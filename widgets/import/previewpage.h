#pragma once

#include "ingest/importpreview.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QTableView;

namespace urbis {

class PreviewRowsModel;
class TaskProgressWidget;

/**
 * Second page: the first 1,000 rows of the current file with the detected type under each column
 * name (or the summary of a raster). Reading runs as a Task (ImportPreview::read) with progress and
 * Cancel; the page is complete once the preview is there.
 */
class PreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreviewPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;

    /** The preview read last; null while reading or after a failure. */
    const ImportPreview *preview() const { return m_preview ? &*m_preview : nullptr; }
    PreviewRowsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TaskProgressWidget *progress() const { return m_progress; }
    bool isReading() const;
    /** Selects the record with Frictionless row number `rowNumber`; false when it is not among the previewed rows. */
    bool selectRow(qint64 rowNumber);
    /** Shows the types the schema page holds in the column headers. */
    void setTypes(const QStringList &types);

private:
    void read(const QString &path);
    void showPreview();

    std::optional<ImportPreview> m_preview;
    QString m_path;
    PreviewRowsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_raster = nullptr;
    TaskProgressWidget *m_progress = nullptr;
};

} // namespace urbis
