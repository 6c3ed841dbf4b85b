#include "kpipaintcanvas.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace urbis {

KpiPaintCanvas::KpiPaintCanvas(PaintFunction paint, QWidget *parent) : QWidget(parent), m_paint(std::move(paint))
{
    setMinimumSize(60, 40);
}

void KpiPaintCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (m_paint)
        m_paint(&painter, QRectF(rect()));
}

bool KpiPaintCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_toolTip ? m_toolTip(help->pos(), QRectF(rect())) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace urbis
