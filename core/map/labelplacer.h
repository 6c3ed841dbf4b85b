#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace urbis {

/**
 * Collects labels while a layer draws and paints them afterwards, first come first served:
 * a label that would overlap one already placed (or leave the view) is dropped, so dense layers
 * stay readable. Used by one render on one thread.
 */
class LabelPlacer
{
public:
    LabelPlacer(const QFont &font, const QRectF &view);

    /** Offers `text` centred above `anchor` (logical pixels); false when it did not fit. */
    bool add(const QString &text, const QPointF &anchor);
    /** Draws the placed labels with a light halo in `color`. */
    void paint(QPainter &painter, const QColor &color) const;
    int count() const { return int(m_labels.size()); }

private:
    struct Label
    {
        QString text;
        QRectF rect;
        QPointF baseline;
    };
    QFont m_font;
    QRectF m_view;
    QList<Label> m_labels;
};

} // namespace urbis
