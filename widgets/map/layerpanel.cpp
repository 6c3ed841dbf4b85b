#include "layerpanel.h"

#include "layerstyledialog.h"
#include "layertreemodel.h"
#include "map/stylesuggestion.h"
#include "map/vectorlayer.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace urbis {

LayerPanel::LayerPanel(LayerTreeModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new QListView(this)), m_opacity(new QSlider(Qt::Horizontal, this)),
      m_up(new QToolButton(this)), m_down(new QToolButton(this)), m_style(new QToolButton(this))
{
    m_view->setObjectName(QStringLiteral("layerList"));
    m_view->setModel(m_model);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Map layers"));

    m_up->setObjectName(QStringLiteral("layerUp"));
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move the layer up (Ctrl+Up)"));
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down->setObjectName(QStringLiteral("layerDown"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move the layer down (Ctrl+Down)"));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));

    m_style->setObjectName(QStringLiteral("layerStyle"));
    m_style->setText(tr("&Style…"));
    m_style->setToolTip(tr("Colour the features by a field and label them"));

    m_opacity->setObjectName(QStringLiteral("layerOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setAccessibleName(tr("Layer opacity"));
    auto *opacityLabel = new QLabel(tr("&Opacity"), this);
    opacityLabel->setBuddy(m_opacity);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_style);
    buttons->addSpacing(8);
    buttons->addWidget(opacityLabel);
    buttons->addWidget(m_opacity, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_style, &QToolButton::clicked, this, &LayerPanel::editStyle);
    connect(m_view, &QListView::doubleClicked, this, &LayerPanel::editStyle);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &LayerPanel::currentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LayerPanel::currentChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &LayerPanel::currentChanged);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        const int row = currentRow();
        if (row >= 0)
            m_model->setData(m_model->index(row), value / 100.0, LayerTreeModel::OpacityRole);
    });
    currentChanged();
}

int LayerPanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void LayerPanel::setCurrentRow(int row)
{
    m_view->setCurrentIndex(m_model->index(row));
}

void LayerPanel::currentChanged()
{
    const int row = currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_opacity->setEnabled(row >= 0);
    m_style->setEnabled(row >= 0 && qobject_cast<VectorLayer *>(m_model->layer(row).get()));
    const QSignalBlocker block(m_opacity);
    m_opacity->setValue(row >= 0 ? qRound(m_model->index(row).data(LayerTreeModel::OpacityRole).toDouble() * 100)
                                 : 100);
}

void LayerPanel::moveCurrent(int delta)
{
    const int row = currentRow();
    const bool moved = delta < 0 ? m_model->moveUp(row) : m_model->moveDown(row);
    if (moved)
        setCurrentRow(row + delta);
}

void LayerPanel::editStyle()
{
    const int row = currentRow();
    const std::shared_ptr<MapLayer> layer = row >= 0 ? m_model->layer(row) : nullptr;
    auto *vector = qobject_cast<VectorLayer *>(layer.get());
    if (!vector)
        return;
    const VectorStyle current = vector->style();
    LayerStyleDialog dialog(vector->name(), vector->fieldNames(), current.usesField() ? current.field : QString(),
                            current.labelField, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    VectorStyle style = current;
    if (dialog.colourField().isEmpty()) {
        style.mode = VectorStyle::Mode::Single;
        style.field.clear();
    } else {
        const Result<VectorStyle> suggested = StyleSuggestion::forAnyField(vector->path(), dialog.colourField());
        if (!suggested) {
            QMessageBox::warning(this, tr("Style"), suggested.error().message);
            return;
        }
        style = *suggested;
    }
    style.labelField = dialog.labelField();
    vector->setStyle(style);
}

} // namespace urbis
