#include "kpipreviewsparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <limits>

namespace urbis {

KpiPreviewSparkline::KpiPreviewSparkline(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Preview trend"));
}

void KpiPreviewSparkline::setValues(const QList<std::optional<double>> &values)
{
    m_values = values;
    update();
}

void KpiPreviewSparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(area.bottomLeft(), area.bottomRight());

    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    for (const std::optional<double> &v : m_values) {
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    }
    if (lo > hi) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("no values"));
        return;
    }
    if (hi == lo) { // a flat line sits in the middle instead of on the axis
        hi += 1;
        lo -= 1;
    }
    const qsizetype n = m_values.size();
    const auto point = [&](qsizetype i, double v) {
        const double x = n == 1 ? area.center().x() : area.left() + area.width() * double(i) / double(n - 1);
        return QPointF(x, area.bottom() - area.height() * (v - lo) / (hi - lo));
    };
    QPainterPath path;
    bool drawing = false;
    for (qsizetype i = 0; i < n; ++i) {
        if (!m_values.at(i)) {
            drawing = false;
            continue;
        }
        const QPointF pt = point(i, *m_values.at(i));
        drawing ? path.lineTo(pt) : path.moveTo(pt);
        drawing = true;
    }
    p.setPen(QPen(palette().color(QPalette::Highlight), 1.6));
    p.drawPath(path);
    // The last value is what the officer watches; mark it.
    for (qsizetype i = n - 1; i >= 0; --i) {
        if (m_values.at(i)) {
            p.setBrush(palette().color(QPalette::Highlight));
            p.drawEllipse(point(i, *m_values.at(i)), 2.5, 2.5);
            break;
        }
    }
}

} // namespace urbis
