#pragma once

#include "designeritem.h"
#include "kpi/dashboard.h"

#include <QWidget>

namespace urbis {

class DesignerDocument;

/**
 * The designer's canvas: Dashboard::kColumns columns of cells with a frame per panel (title, type,
 * KPI names). Palette entries are dropped onto it (DesignerItem mime data); a frame is dragged to
 * move it and by its edges or corners to resize it, always snapping to whole cells; a position that
 * would overlap another panel or leave the columns is refused (the frame stays at the last free
 * place). Delete removes the selected panel, arrow keys move it, Shift+arrow keys resize it.
 *
 * The grid never changes the dashboard itself: it asks with signals and the designer records the
 * change on the undo stack. GUI thread only; does not own the document.
 */
class DesignerGrid : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRowHeight = 52;
    static constexpr int kMargin = 8;

    explicit DesignerGrid(DesignerDocument *document, QWidget *parent = nullptr);

    /** Pixel rectangle of a rectangle of cells. */
    QRect cellRect(const QRect &cell) const;
    /** The cell under a pixel position (column clamped to the grid). */
    QPoint cellAt(const QPoint &pos) const;
    /** The panel under a pixel position, or empty. */
    QString panelAt(const QPoint &pos) const;
    /** Where a drag or drop would put the panel now (cells); empty when nothing is being dragged. */
    QRect preview() const { return m_preview; }

    static QSize defaultSize(DashboardPanel::Type type);
    /** True when `cell` is inside the columns and overlaps no panel but `except`. */
    static bool fits(const Dashboard &dashboard, const QRect &cell, const QString &except = {});

    QSize sizeHint() const override
    {
        return {Dashboard::kColumns * 72 + 2 * kMargin, rowCount() * kRowHeight + 2 * kMargin};
    }
    QSize minimumSizeHint() const override
    {
        return {Dashboard::kColumns * 36 + 2 * kMargin, 8 * kRowHeight + 2 * kMargin};
    }

signals:
    /** A palette entry was dropped: on free cells `cell`, or onto the panel `onPanel` (then `cell` is its
     * cell). */
    void itemDropped(const urbis::DesignerItem &item, const QRect &cell, const QString &onPanel);
    /** The user moved (`resize` false) or resized a panel to `cell`. */
    void geometryRequested(const QString &panelId, const QRect &cell, bool resize);
    void removeRequested(const QString &panelId);
    void editRequested(const QString &panelId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Mode { None, Move, Resize };

    double columnWidth() const;
    int rowCount() const;
    Qt::Edges edgesAt(const DashboardPanel &panel, const QPoint &pos) const;
    QRect dragCandidate(const QPoint &pos) const;
    void paintPanel(QPainter &p, const DashboardPanel &panel, const QRect &cell, bool ghost) const;
    void updateHeight();
    void endDrag();

    DesignerDocument *m_document;
    Mode m_mode = Mode::None;
    Qt::Edges m_edges;
    QString m_dragId;
    QPoint m_pressPos;
    QRect m_origin;
    QRect m_preview;      ///< cells: the dragged panel's (or dropped item's) place if released now
    QString m_dropTarget; ///< panel a palette entry hovers over
    bool m_previewFits = true;
};

} // namespace urbis
