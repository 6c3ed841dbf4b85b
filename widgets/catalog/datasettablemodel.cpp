#include "datasettablemodel.h"

#include "backgroundreads.h"

#include <QLocale>

#include <optional>

namespace urbis {

struct DatasetTableModel::Source
{
    QString path;
    std::optional<DatasetTable> table; ///< opened by the first read, on the worker
};

struct DatasetTableModel::Batch
{
    QList<DatasetTable::Column> columns;
    qint64 total = -1;
    QList<DatasetTable::Row> rows;
    bool atEnd = false;
};

DatasetTableModel::DatasetTableModel(QObject *parent) : QAbstractTableModel(parent), m_reads(new BackgroundReads(this)) {}

DatasetTableModel::~DatasetTableModel() = default;

void DatasetTableModel::clear()
{
    m_reads->invalidate();
    beginResetModel();
    m_source.reset();
    m_columns.clear();
    m_rows.clear();
    m_total = -1;
    m_loading = false;
    m_atEnd = true;
    m_error.clear();
    endResetModel();
}

void DatasetTableModel::open(const QString &path)
{
    clear();
    m_source = std::make_shared<Source>();
    m_source->path = path;
    m_atEnd = false;
    readNext();
}

void DatasetTableModel::readNext()
{
    if (!m_source || m_loading || m_atEnd)
        return;
    m_loading = true;
    std::shared_ptr<Source> source = m_source;
    m_reads->start<Batch>(
        tr("Reading rows"),
        [source](Feedback &feedback) -> Result<Batch> {
            Batch b;
            if (!source->table) {
                Result<DatasetTable> t = DatasetTable::open(source->path);
                if (!t)
                    return t.error();
                source->table.emplace(std::move(*t));
                b.columns = source->table->columns();
                b.total = source->table->rowCount();
            }
            Result<QList<DatasetTable::Row>> rows = source->table->readRows(kBatchRows, &feedback);
            if (!rows)
                return rows.error();
            b.rows = std::move(*rows);
            b.atEnd = source->table->atEnd();
            return b;
        },
        [this](Result<Batch> batch) { onBatch(std::move(batch)); });
}

void DatasetTableModel::onBatch(Result<Batch> batch)
{
    m_loading = false;
    if (!batch) {
        m_atEnd = true;
        m_error = batch.error().detail.isEmpty() ? batch.error().message
                                                 : tr("%1: %2").arg(batch.error().message, batch.error().detail);
        emit failed(m_error);
        return;
    }
    if (!batch->columns.isEmpty()) {
        beginResetModel();
        m_columns = batch->columns;
        m_total = batch->total;
        endResetModel();
    }
    if (!batch->rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(batch->rows.size()) - 1);
        m_rows.append(std::move(batch->rows));
        endInsertRows();
    }
    // A known total saves one empty read at the end.
    m_atEnd = batch->atEnd || (m_total >= 0 && m_rows.size() >= m_total);
    emit loaded();
}

int DatasetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DatasetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant DatasetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DatasetTable::Row &row = m_rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    const QVariant &v = row.at(index.column());
    const bool number = v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong;
    switch (role) {
    case Qt::DisplayRole:
        if (v.typeId() == QMetaType::Double)
            return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        return v.isValid() ? v.toString() : QString();
    case Qt::EditRole:
        return v;
    case Qt::TextAlignmentRole:
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return v.isValid() ? QVariant() : QVariant(tr("empty (null)"));
    default:
        return {};
    }
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).name;
    if (role == Qt::ToolTipRole)
        return tr("%1 (%2)").arg(m_columns.at(section).name, m_columns.at(section).type);
    return {};
}

bool DatasetTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && !m_atEnd && !m_loading;
}

void DatasetTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        readNext();
}

} // namespace urbis
