#pragma once

#include "catalog/datasetrecord.h"
#include "ingest/validationreport.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace urbis {

class BackgroundReads;
class ObjectStore;
class ReportErrorFilter;
class ReportErrorsModel;

/**
 * The details panel's "Validation report" tab: the report stored with the dataset (its "report"
 * asset), read back by core's ReportReader off the GUI thread and shown with the import wizard's
 * ReportErrorsModel and ReportErrorFilter (type filter, text search, sortable columns).
 * Loads only when shown. GUI thread only.
 */
class ReportTab : public QWidget
{
    Q_OBJECT
public:
    explicit ReportTab(QWidget *parent = nullptr);

    void setObjectStore(std::shared_ptr<ObjectStore> store);
    void setRecord(const DatasetRecord &record);
    void ensureLoaded();
    bool isLoading() const;
    ReportErrorsModel *model() const { return m_model; }
    QString summaryText() const;

signals:
    /** The report of the current record is shown (or why there is none). */
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showReport(const ValidationReport &report);
    void showMessage(const QString &text);

    std::shared_ptr<ObjectStore> m_store;
    DatasetRecord m_record;
    bool m_pending = false;
    BackgroundReads *m_reads = nullptr;
    ReportErrorsModel *m_model = nullptr;
    ReportErrorFilter *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_types = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace urbis
