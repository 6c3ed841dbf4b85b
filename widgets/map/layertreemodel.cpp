#include "layertreemodel.h"

#include "map/maplayer.h"

#include <QMimeData>

#include <algorithm>

namespace urbis {

namespace {
const QString kMime = QStringLiteral("application/x-urbis-layer-row");
}

LayerTreeModel::LayerTreeModel(QObject *parent) : QAbstractListModel(parent) {}

LayerTreeModel::~LayerTreeModel()
{
    // Render jobs may still hold the layers: make sure none calls back into this model.
    for (const auto &l : std::as_const(m_layers))
        l->disconnect(this);
}

void LayerTreeModel::watch(MapLayer *layer)
{
    connect(layer, &MapLayer::changed, this, [this, layer] {
        const int row = rowOf(layer->id());
        if (row >= 0)
            emit dataChanged(index(row), index(row));
        emit layersChanged();
    });
    connect(layer, &MapLayer::repaintRequested, this, &LayerTreeModel::layersChanged);
}

void LayerTreeModel::addLayer(const std::shared_ptr<MapLayer> &layer, bool onTop)
{
    if (!layer || rowOf(layer->id()) >= 0)
        return;
    const int row = onTop ? 0 : int(m_layers.size());
    beginInsertRows({}, row, row);
    m_layers.insert(row, layer);
    endInsertRows();
    watch(layer.get());
    emit layersChanged();
}

void LayerTreeModel::removeLayer(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_layers.at(row)->disconnect(this);
    m_layers.removeAt(row);
    endRemoveRows();
    emit layersChanged();
}

std::shared_ptr<MapLayer> LayerTreeModel::layer(int row) const
{
    return row >= 0 && row < m_layers.size() ? m_layers.at(row) : nullptr;
}

std::shared_ptr<MapLayer> LayerTreeModel::layerById(const QString &id) const
{
    return layer(rowOf(id));
}

int LayerTreeModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_layers.size(); ++i)
        if (m_layers.at(i)->id() == id)
            return i;
    return -1;
}

QList<std::shared_ptr<MapLayer>> LayerTreeModel::renderOrder() const
{
    QList<std::shared_ptr<MapLayer>> out(m_layers.crbegin(), m_layers.crend());
    return out;
}

bool LayerTreeModel::moveUp(int row)
{
    return row > 0 && moveRows({}, row, 1, {}, row - 1);
}

bool LayerTreeModel::moveDown(int row)
{
    // moveRows counts the destination before the move, as beginMoveRows does.
    return row >= 0 && row + 1 < m_layers.size() && moveRows({}, row, 1, {}, row + 2);
}

int LayerTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layers.size());
}

QVariant LayerTreeModel::data(const QModelIndex &index, int role) const
{
    const auto l = layer(index.row());
    if (!l || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return l->name();
    case Qt::CheckStateRole:
        return l->isVisible() ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return tr("%1 (opacity %2 %)").arg(l->name()).arg(qRound(l->opacity() * 100));
    case OpacityRole:
        return l->opacity();
    case LayerIdRole:
        return l->id();
    default:
        return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const auto l = layer(index.row());
    if (!l)
        return false;
    switch (role) {
    case Qt::CheckStateRole:
        l->setVisible(value.toInt() == Qt::Checked);
        return true;
    case Qt::EditRole:
        if (value.toString().trimmed().isEmpty())
            return false;
        l->setName(value.toString().trimmed());
        return true;
    case OpacityRole:
        l->setOpacity(value.toDouble());
        return true;
    default:
        return false;
    }
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable
        | Qt::ItemIsDragEnabled;
}

bool LayerTreeModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_layers.size() || destinationChild < 0 || destinationChild > m_layers.size()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_layers.move(sourceRow, to);
    endMoveRows();
    emit layersChanged();
    return true;
}

QStringList LayerTreeModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *LayerTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kMime, QByteArray::number(indexes.first().row()));
    return mime;
}

bool LayerTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMime))
        return false;
    bool ok = false;
    const int from = data->data(kMime).toInt(&ok);
    if (!ok)
        return false;
    // Dropped onto an item (row -1): before that item.
    const int to = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_layers.size()));
    moveRows({}, from, 1, {}, to);
    // The move is done here; returning false keeps the view from removing the source row.
    return false;
}

} // namespace urbis
