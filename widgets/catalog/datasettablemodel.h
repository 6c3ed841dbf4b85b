#pragma once

#include "geo/datasettable.h"

#include <QAbstractTableModel>

#include <memory>

namespace urbis {

class BackgroundReads;

/**
 * Lazy table model over the rows of a dataset's stored GeoPackage (core's DatasetTable): the first
 * kBatchRows rows arrive at once, more when the view scrolls to the end (canFetchMore/fetchMore).
 * Every read runs off the GUI thread; rows are appended when they arrive, and loaded() says so.
 * GUI thread only.
 */
class DatasetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kBatchRows = 1000;

    explicit DatasetTableModel(QObject *parent = nullptr);
    ~DatasetTableModel() override;

    /** Starts reading the GeoPackage at `path` (replaces what was shown). */
    void open(const QString &path);
    void clear();
    bool isLoading() const { return m_loading; }
    /** Rows in the whole table; -1 when unknown or nothing is open. */
    qint64 totalRows() const { return m_total; }
    bool isComplete() const { return m_atEnd; }
    QString errorText() const { return m_error; }
    const QList<DatasetTable::Column> &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /** A batch of rows arrived (the first one with the columns). */
    void loaded();
    /** Opening or reading failed; errorText() has the message. */
    void failed(const QString &message);

private:
    struct Batch;
    struct Source;
    void readNext();
    void onBatch(Result<Batch> batch);

    BackgroundReads *m_reads = nullptr;
    std::shared_ptr<Source> m_source; ///< shared with the read in flight, so closing never races it
    QList<DatasetTable::Column> m_columns;
    QList<DatasetTable::Row> m_rows;
    qint64 m_total = -1;
    bool m_loading = false;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace urbis
