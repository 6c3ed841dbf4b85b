#pragma once

#include <QWidget>

class QListView;
class QSlider;
class QToolButton;

namespace urbis {

class LayerTreeModel;

/**
 * The layer list beside the map: check boxes for visibility, drag (or the up/down buttons,
 * Ctrl+Up/Down) to reorder, a slider for the opacity of the current layer. Edits go straight to
 * the LayerTreeModel, which the canvas listens to. GUI thread only.
 */
class LayerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LayerPanel(LayerTreeModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QSlider *opacitySlider() const { return m_opacity; }
    QToolButton *styleButton() const { return m_style; }
    /** Row of the current layer, -1 when none. */
    int currentRow() const;
    void setCurrentRow(int row);

private:
    void currentChanged();
    void moveCurrent(int delta);
    void editStyle();

    LayerTreeModel *m_model;
    QListView *m_view;
    QSlider *m_opacity;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_style;
};

} // namespace urbis
