#pragma once

#include "catalog/datasetrecord.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace urbis {

class DatasetTableModel;
class ObjectStore;

/**
 * The details panel's "Data preview" tab: the rows of the dataset's stored GeoPackage in a lazy
 * table (first 1,000 rows, more as the user scrolls), with a line saying how many are shown, or a
 * clear message when there is nothing to preview (rasters, no object store, missing blob).
 *
 * Loads only when shown, so browsing the catalog with another tab open opens no files.
 * GUI thread only.
 */
class DataPreviewTab : public QWidget
{
    Q_OBJECT
public:
    explicit DataPreviewTab(QWidget *parent = nullptr);

    void setObjectStore(std::shared_ptr<ObjectStore> store);
    /** Remembers `record`; reads it now when visible, else when first shown. */
    void setRecord(const DatasetRecord &record);
    /** Reads the remembered record now if it was not yet (tests, or a tab switch). */
    void ensureLoaded();
    DatasetTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateStatus();

    std::shared_ptr<ObjectStore> m_store;
    DatasetRecord m_record;
    bool m_pending = false;
    DatasetTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace urbis
