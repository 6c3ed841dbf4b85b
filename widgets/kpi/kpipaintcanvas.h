#pragma once

#include <QWidget>

#include <functional>

namespace urbis {

/**
 * The content area of a painted panel (stat, gauge, map): calls the panel's paint function on
 * screen, the same one exports call, so both look alike; hover asks the panel for a tooltip.
 */
class KpiPaintCanvas : public QWidget
{
    Q_OBJECT
public:
    using PaintFunction = std::function<void(QPainter *, const QRectF &)>;
    using ToolTipFunction = std::function<QString(const QPointF &pos, const QRectF &rect)>;

    explicit KpiPaintCanvas(PaintFunction paint, QWidget *parent = nullptr);
    void setToolTipFunction(ToolTipFunction toolTip) { m_toolTip = std::move(toolTip); }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    PaintFunction m_paint;
    ToolTipFunction m_toolTip;
};

} // namespace urbis
