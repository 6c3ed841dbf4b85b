#include "designergrid.h"

#include "designerdocument.h"
#include "designerpanelmodel.h"

#include <QDragEnterEvent>
#include <QMap>
#include <QMimeData>
#include <QPainter>

#include <cmath>

namespace urbis {

namespace {

constexpr int kHandle = 7; ///< pixels from a frame's border that grab the edge instead of the frame
constexpr int kGap = 3;

QRect clampToColumns(QRect cell)
{
    cell.setWidth(std::clamp(cell.width(), 1, Dashboard::kColumns));
    cell.moveLeft(std::clamp(cell.x(), 0, Dashboard::kColumns - cell.width()));
    cell.moveTop(std::max(cell.y(), 0));
    return cell;
}

} // namespace

DesignerGrid::DesignerGrid(DesignerDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setAcceptDrops(true);
    setMouseTracking(true); // resize cursors on frame edges
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Dashboard layout"));
    connect(m_document, &DesignerDocument::changed, this, [this] {
        updateHeight();
        update();
    });
    connect(m_document, &DesignerDocument::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(m_document, &DesignerDocument::readOnlyChanged, this, qOverload<>(&QWidget::update));
    updateHeight();
}

QSize DesignerGrid::defaultSize(DashboardPanel::Type type)
{
    using T = DashboardPanel::Type;
    // Charts need width for their time axis; single numbers need little.
    static const QMap<T, QSize> sizes{{T::Stat, {3, 2}},      {T::Gauge, {3, 3}},      {T::Pie, {4, 4}},
                                      {T::Histogram, {4, 4}}, {T::Map, {6, 5}},        {T::Line, {6, 4}},
                                      {T::Bar, {6, 4}},       {T::StackedBar, {6, 4}}, {T::Table, {6, 4}}};
    return sizes.value(type, QSize(4, 3));
}

bool DesignerGrid::fits(const Dashboard &dashboard, const QRect &cell, const QString &except)
{
    if (cell.x() < 0 || cell.y() < 0 || cell.width() < 1 || cell.height() < 1 ||
        cell.x() + cell.width() > Dashboard::kColumns)
        return false;
    return std::none_of(dashboard.panels.cbegin(), dashboard.panels.cend(),
                        [&](const DashboardPanel &p) { return p.id != except && p.cell.intersects(cell); });
}

double DesignerGrid::columnWidth() const
{
    return std::max(1.0, double(width() - 2 * kMargin) / Dashboard::kColumns);
}

int DesignerGrid::rowCount() const
{
    int bottom = 0;
    for (const DashboardPanel &p : m_document->dashboard().panels)
        bottom = std::max(bottom, p.cell.y() + p.cell.height());
    if (m_mode != Mode::None || !m_preview.isNull())
        bottom = std::max(bottom, m_preview.y() + m_preview.height());
    return std::max(bottom + 3, 8); // room below the last panel to drop or drag into
}

QRect DesignerGrid::cellRect(const QRect &cell) const
{
    const double cw = columnWidth();
    const int left = kMargin + int(std::lround(cell.x() * cw));
    const int right = kMargin + int(std::lround((cell.x() + cell.width()) * cw));
    return QRect(left, kMargin + cell.y() * kRowHeight, right - left, cell.height() * kRowHeight);
}

QPoint DesignerGrid::cellAt(const QPoint &pos) const
{
    const int col = int(std::floor((pos.x() - kMargin) / columnWidth()));
    const int row = int(std::floor(double(pos.y() - kMargin) / kRowHeight));
    return {std::clamp(col, 0, Dashboard::kColumns - 1), std::max(row, 0)};
}

QString DesignerGrid::panelAt(const QPoint &pos) const
{
    const QList<DashboardPanel> &panels = m_document->dashboard().panels;
    for (auto it = panels.crbegin(); it != panels.crend(); ++it)
        if (cellRect(it->cell).adjusted(kGap, kGap, -kGap, -kGap).contains(pos))
            return it->id;
    return {};
}

void DesignerGrid::updateHeight()
{
    setMinimumHeight(rowCount() * kRowHeight + 2 * kMargin);
    updateGeometry();
}

Qt::Edges DesignerGrid::edgesAt(const DashboardPanel &panel, const QPoint &pos) const
{
    const QRect r = cellRect(panel.cell).adjusted(kGap, kGap, -kGap, -kGap);
    Qt::Edges edges;
    if (pos.x() - r.left() < kHandle)
        edges |= Qt::LeftEdge;
    if (r.right() - pos.x() < kHandle)
        edges |= Qt::RightEdge;
    if (pos.y() - r.top() < kHandle)
        edges |= Qt::TopEdge;
    if (r.bottom() - pos.y() < kHandle)
        edges |= Qt::BottomEdge;
    return edges;
}

void DesignerGrid::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QString id = panelAt(event->position().toPoint());
    m_document->setSelectedPanel(id);
    if (event->button() != Qt::LeftButton || id.isEmpty() || m_document->isReadOnly())
        return;
    const DashboardPanel *panel = m_document->dashboard().panel(id);
    m_dragId = id;
    m_pressPos = event->position().toPoint();
    m_origin = panel->cell;
    m_preview = panel->cell;
    m_edges = edgesAt(*panel, m_pressPos);
    m_mode = m_edges ? Mode::Resize : Mode::Move;
}

QRect DesignerGrid::dragCandidate(const QPoint &pos) const
{
    const int dc = int(std::lround((pos.x() - m_pressPos.x()) / columnWidth()));
    const int dr = int(std::lround(double(pos.y() - m_pressPos.y()) / kRowHeight));
    if (m_mode == Mode::Move)
        return clampToColumns(m_origin.translated(dc, dr));
    // Resizing moves only the grabbed edges, never past the opposite one (at least one cell stays).
    int l = m_origin.x(), t = m_origin.y(), r = m_origin.x() + m_origin.width(),
        b = m_origin.y() + m_origin.height();
    if (m_edges & Qt::LeftEdge)
        l = std::clamp(l + dc, 0, r - 1);
    if (m_edges & Qt::RightEdge)
        r = std::clamp(r + dc, l + 1, int(Dashboard::kColumns));
    if (m_edges & Qt::TopEdge)
        t = std::clamp(t + dr, 0, b - 1);
    if (m_edges & Qt::BottomEdge)
        b = std::max(b + dr, t + 1);
    return QRect(l, t, r - l, b - t);
}

void DesignerGrid::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_mode == Mode::None) {
        const DashboardPanel *panel = m_document->dashboard().panel(panelAt(pos));
        const Qt::Edges e = panel && !m_document->isReadOnly() ? edgesAt(*panel, pos) : Qt::Edges();
        const bool diagonal = (e & (Qt::LeftEdge | Qt::RightEdge)) && (e & (Qt::TopEdge | Qt::BottomEdge));
        const bool falling = e == (Qt::LeftEdge | Qt::TopEdge) || e == (Qt::RightEdge | Qt::BottomEdge);
        setCursor(diagonal                             ? (falling ? Qt::SizeFDiagCursor : Qt::SizeBDiagCursor)
                  : e & (Qt::LeftEdge | Qt::RightEdge) ? Qt::SizeHorCursor
                  : e & (Qt::TopEdge | Qt::BottomEdge) ? Qt::SizeVerCursor
                  : panel && !m_document->isReadOnly() ? Qt::OpenHandCursor
                                                       : Qt::ArrowCursor);
        return;
    }
    const QRect candidate = dragCandidate(pos);
    if (candidate != m_preview && fits(m_document->dashboard(), candidate, m_dragId)) {
        m_preview = candidate; // an overlapping place is refused: the frame stays at the last free one
        updateHeight();
        update();
    }
}

void DesignerGrid::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_mode == Mode::None || event->button() != Qt::LeftButton)
        return;
    const QString id = m_dragId;
    const QRect target = m_preview;
    const bool resize = m_mode == Mode::Resize;
    const bool moved = target != m_origin;
    endDrag();
    if (moved)
        emit geometryRequested(id, target, resize);
}

void DesignerGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = panelAt(event->position().toPoint());
    if (!id.isEmpty())
        emit editRequested(id);
}

void DesignerGrid::endDrag()
{
    m_mode = Mode::None;
    m_dragId.clear();
    m_preview = QRect();
    m_dropTarget.clear();
    updateHeight();
    update();
}

void DesignerGrid::keyPressEvent(QKeyEvent *event)
{
    const QString id = m_document->selectedPanel();
    const DashboardPanel *panel = m_document->dashboard().panel(id);
    if (event->key() == Qt::Key_Escape && m_mode != Mode::None) {
        endDrag();
        return;
    }
    if (!panel || m_document->isReadOnly() || m_mode != Mode::None) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        emit removeRequested(id);
        return;
    }
    static const QMap<int, QPoint> steps{
        {Qt::Key_Left, {-1, 0}}, {Qt::Key_Right, {1, 0}}, {Qt::Key_Up, {0, -1}}, {Qt::Key_Down, {0, 1}}};
    if (!steps.contains(event->key())) {
        QWidget::keyPressEvent(event);
        return;
    }
    const QPoint step = steps.value(event->key());
    const bool resize = event->modifiers() & Qt::ShiftModifier;
    QRect target = panel->cell;
    if (resize)
        target.setSize(
            QSize(std::max(1, target.width() + step.x()), std::max(1, target.height() + step.y())));
    else
        target.translate(step);
    if (target != panel->cell && fits(m_document->dashboard(), target, id))
        emit geometryRequested(id, target, resize);
}

void DesignerGrid::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_document->isReadOnly() &&
        event->mimeData()->hasFormat(QString::fromLatin1(DesignerItem::kMimeType)))
        event->acceptProposedAction();
}

void DesignerGrid::dragMoveEvent(QDragMoveEvent *event)
{
    const std::optional<DesignerItem> item =
        DesignerItem::fromMime(event->mimeData()->data(QString::fromLatin1(DesignerItem::kMimeType)));
    if (!item || m_document->isReadOnly()) {
        event->ignore();
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_dropTarget = panelAt(pos);
    if (!m_dropTarget.isEmpty()) { // onto a panel: a KPI joins it, a type changes it
        m_preview = QRect();
        event->acceptProposedAction();
    } else {
        const QSize size =
            defaultSize(item->kind == DesignerItem::Kind::Type ? item->type : DashboardPanel::Type::Line);
        m_preview = clampToColumns(QRect(cellAt(pos), size));
        m_previewFits = fits(m_document->dashboard(), m_preview, {});
        m_previewFits ? event->acceptProposedAction() : event->ignore();
    }
    update();
}

void DesignerGrid::dragLeaveEvent(QDragLeaveEvent *)
{
    endDrag();
}

void DesignerGrid::dropEvent(QDropEvent *event)
{
    const std::optional<DesignerItem> item =
        DesignerItem::fromMime(event->mimeData()->data(QString::fromLatin1(DesignerItem::kMimeType)));
    const QString target = m_dropTarget;
    const QRect cell = m_preview;
    const bool ok = item && (!target.isEmpty() || m_previewFits);
    endDrag();
    if (!ok) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const DashboardPanel *onto = m_document->dashboard().panel(target);
    emit itemDropped(*item, onto ? onto->cell : cell, target);
}

void DesignerGrid::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    // Column stripes and row lines: the cells a panel snaps to.
    const int rows = rowCount();
    const QColor stripe = palette().color(QPalette::AlternateBase);
    for (int c = 0; c < Dashboard::kColumns; c += 2)
        p.fillRect(cellRect(QRect(c, 0, 1, rows)), stripe);
    p.setPen(QPen(palette().color(QPalette::Midlight), 1, Qt::DotLine));
    for (int r = 0; r <= rows; ++r) {
        const int y = kMargin + r * kRowHeight;
        p.drawLine(kMargin, y, width() - kMargin, y);
    }

    const Dashboard &d = m_document->dashboard();
    for (const DashboardPanel &panel : d.panels) {
        const bool dragged = m_mode != Mode::None && panel.id == m_dragId;
        paintPanel(p, panel, panel.cell, dragged);
        if (dragged)
            paintPanel(p, panel, m_preview, false);
    }
    if (m_mode == Mode::None && !m_preview.isNull()) { // a palette entry hovering over free cells
        const QRect r = cellRect(m_preview).adjusted(kGap, kGap, -kGap, -kGap);
        const QColor c = m_previewFits ? palette().color(QPalette::Highlight) : QColor(0xc6, 0x28, 0x28);
        p.setPen(QPen(c, 2, Qt::DashLine));
        p.setBrush(QColor(c.red(), c.green(), c.blue(), 40));
        p.drawRoundedRect(r, 4, 4);
    }
    if (d.panels.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                   m_document->isReadOnly()
                       ? tr("This dashboard has no panels.")
                       : tr("Drag a KPI or a visualisation from the palette onto the grid."));
    }
}

void DesignerGrid::paintPanel(QPainter &p, const DashboardPanel &panel, const QRect &cell, bool ghost) const
{
    const Dashboard &d = m_document->dashboard();
    const QRect r = cellRect(cell).adjusted(kGap, kGap, -kGap, -kGap);
    const bool selected = panel.id == m_document->selectedPanel() || panel.id == m_dropTarget;
    p.save();
    p.setOpacity(ghost ? 0.35 : 1.0);
    p.setBrush(palette().color(QPalette::Window));
    p.setPen(selected ? QPen(palette().color(QPalette::Highlight), 2)
                      : QPen(palette().color(QPalette::Mid), 1));
    p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    const QRect text = r.adjusted(8, 5, -8, -5);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bm(bold);
    const QFontMetrics fm(font());
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    int y = text.top();
    p.drawText(QRect(text.left(), y, text.width(), bm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               bm.elidedText(DesignerPanelModel::displayTitle(d, panel), Qt::ElideRight, text.width()));
    y += bm.height() + 2;
    p.setFont(font());
    p.setPen(palette().color(QPalette::Highlight));
    const QString type =
        tr("%1 · %2×%3").arg(DashboardPanel::typeLabel(panel.type)).arg(cell.width()).arg(cell.height());
    if (y + fm.height() <= text.bottom() + 1)
        p.drawText(QRect(text.left(), y, text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(type, Qt::ElideRight, text.width()));
    y += fm.height() + 2;
    p.setPen(palette().color(QPalette::PlaceholderText));
    for (qsizetype i = 0; i < panel.kpis.size(); ++i) {
        if (y + 2 * fm.height() > text.bottom() + 1 &&
            i + 1 < panel.kpis.size()) { // no room: say how many are left
            p.drawText(QRect(text.left(), y, text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("+ %n more KPI(s)", nullptr, int(panel.kpis.size() - i)));
            break;
        }
        if (y + fm.height() > text.bottom() + 1)
            break;
        const KpiDefinition *k = d.kpi(panel.kpis.at(i));
        const QString name = k ? (k->name.isEmpty() ? k->id : k->name) : panel.kpis.at(i);
        p.drawText(QRect(text.left(), y, text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(QStringLiteral("• ") + name, Qt::ElideRight, text.width()));
        y += fm.height();
    }
    if (selected && !ghost && !m_document->isReadOnly()) { // the resize grip says the corner can be dragged
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.2));
        for (int i = 1; i <= 3; ++i)
            p.drawLine(r.right() - 3 * i - 1, r.bottom() - 2, r.right() - 2, r.bottom() - 3 * i - 1);
    }
    p.restore();
}

} // namespace urbis
