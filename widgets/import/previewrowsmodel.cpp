#include "previewrowsmodel.h"

#include <QLocale>

namespace urbis {

PreviewRowsModel::PreviewRowsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PreviewRowsModel::setPreview(QStringList labels, QList<SourceRow> rows, QList<FieldGuess> guesses)
{
    beginResetModel();
    m_labels = std::move(labels);
    m_rows = std::move(rows);
    m_guesses = std::move(guesses);
    m_types.clear();
    for (int i = 0; i < m_labels.size(); ++i)
        m_types << (i < m_guesses.size() ? m_guesses.at(i).field.type : QString());
    m_shown = int(std::min<qsizetype>(BatchSize, m_rows.size()));
    endResetModel();
}

void PreviewRowsModel::clear()
{
    setPreview({}, {}, {});
}

QString PreviewRowsModel::typeOf(int column) const
{
    return m_types.value(column);
}

void PreviewRowsModel::setTypes(const QStringList &types)
{
    for (int i = 0; i < m_types.size() && i < types.size(); ++i)
        m_types[i] = types.at(i);
    if (!m_labels.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_labels.size()) - 1);
}

int PreviewRowsModel::rowForNumber(qint64 rowNumber)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).number != rowNumber)
            continue;
        while (m_shown <= i)
            fetchMore({});
        return i;
    }
    return -1;
}

int PreviewRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int PreviewRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

QVariant PreviewRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    const SourceRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return r.cells.value(index.column());
    case RowNumberRole:
        return r.number;
    case TypeRole:
        return m_types.value(index.column());
    case Qt::TextAlignmentRole: {
        const QString t = m_types.value(index.column());
        if (t == u"number" || t == u"integer" || t == u"year")
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
}

QVariant PreviewRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_rows.size())
            return m_rows.at(section).number;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_labels.size())
        return {};
    const QString type = m_types.value(section);
    if (role == Qt::DisplayRole)
        return type.isEmpty() ? m_labels.at(section) : QStringLiteral("%1\n%2").arg(m_labels.at(section), type);
    if (role == Qt::ToolTipRole && section < m_guesses.size()) {
        const FieldGuess &g = m_guesses.at(section);
        return tr("%1: detected %2 (%3 of %4 cells fit)")
            .arg(m_labels.at(section), g.field.type, QLocale().toString(g.confidence * 100, 'f', 0) + QLatin1Char('%'))
            .arg(g.sampled);
    }
    if (role == TypeRole)
        return type;
    return {};
}

bool PreviewRowsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < m_rows.size();
}

void PreviewRowsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int last = int(std::min<qsizetype>(m_shown + BatchSize, m_rows.size()));
    beginInsertRows({}, m_shown, last - 1);
    m_shown = last;
    endInsertRows();
}

} // namespace urbis
