#include "labelplacer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace urbis {

LabelPlacer::LabelPlacer(const QFont &font, const QRectF &view) : m_font(font), m_view(view) {}

bool LabelPlacer::add(const QString &text, const QPointF &anchor)
{
    if (text.isEmpty())
        return false;
    const QFontMetricsF fm(m_font);
    const double w = fm.horizontalAdvance(text), h = fm.height();
    // Above the anchor, clear of a point symbol.
    const QRectF rect(anchor.x() - w / 2, anchor.y() - h - 4, w, h);
    if (!m_view.contains(rect))
        return false;
    const QRectF padded = rect.adjusted(-3, -1, 3, 1);
    for (const Label &l : m_labels)
        if (l.rect.intersects(padded))
            return false;
    m_labels.append({text, padded, QPointF(rect.left(), rect.top() + fm.ascent())});
    return true;
}

void LabelPlacer::paint(QPainter &painter, const QColor &color) const
{
    if (m_labels.isEmpty())
        return;
    painter.save();
    painter.setFont(m_font);
    QPainterPath path;
    for (const Label &l : m_labels)
        path.addText(l.baseline, m_font, l.text);
    // A halo in the opposite lightness keeps text readable over any fill.
    const QColor halo = color.lightness() < 128 ? QColor(255, 255, 255, 200) : QColor(0, 0, 0, 200);
    painter.setPen(QPen(halo, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(path);
    painter.restore();
}

} // namespace urbis
