#pragma once

#include <QAbstractListModel>
#include <QList>

#include <memory>

namespace urbis {

class MapLayer;

/**
 * The map's layers as a list model, top layer first (row 0 is drawn last), as QGIS's layer tree
 * shows them: name, a visibility check box, opacity (OpacityRole, 0..1); rows can be moved by drag
 * and drop or moveUp()/moveDown(). Owns the layers (shared with running render jobs).
 *
 * GUI thread only. layersChanged() fires for anything that changes the picture.
 */
class LayerTreeModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { OpacityRole = Qt::UserRole + 1, LayerIdRole };

    explicit LayerTreeModel(QObject *parent = nullptr);
    ~LayerTreeModel() override;

    /** Adds `layer` on top (row 0), or at the bottom when `onTop` is false. */
    void addLayer(const std::shared_ptr<MapLayer> &layer, bool onTop = true);
    void removeLayer(const QString &id);
    std::shared_ptr<MapLayer> layer(int row) const;
    std::shared_ptr<MapLayer> layerById(const QString &id) const;
    int rowOf(const QString &id) const;
    /** Top first, as listed. */
    QList<std::shared_ptr<MapLayer>> layers() const { return m_layers; }
    /** Bottom first, the order to draw in. */
    QList<std::shared_ptr<MapLayer>> renderOrder() const;

    bool moveUp(int row);
    bool moveDown(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    /** Order, visibility, opacity, style or data of a layer changed: the map needs redrawing. */
    void layersChanged();

private:
    void watch(MapLayer *layer);
    QList<std::shared_ptr<MapLayer>> m_layers;
};

} // namespace urbis
