#include "footprintview.h"

#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace urbis {

namespace {
const Extent kEurope(-12.0, 34.0, 32.0, 62.0);

double gridStep(double span)
{
    for (double step : {0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0}) {
        if (span / step <= 10.0)
            return step;
    }
    return 60.0;
}

QString degrees(double v, bool isLon)
{
    const QChar hemi = isLon ? (v < 0 ? u'W' : u'E') : (v < 0 ? u'S' : u'N');
    const int decimals = std::abs(v - std::round(v)) < 1e-9 ? 0 : 2;
    return QStringLiteral("%1°%2").arg(std::abs(v), 0, 'f', decimals).arg(hemi);
}
} // namespace

FootprintView::FootprintView(QWidget *parent) : QWidget(parent), m_view(kEurope)
{
    setObjectName(QStringLiteral("footprintView"));
    setMinimumSize(200, 150);
    setAutoFillBackground(false);
}

void FootprintView::setRecords(const QList<DatasetRecord> &records)
{
    m_records = records;
    Extent all;
    for (const DatasetRecord &r : records) {
        if (!r.bbox.isValid() || r.bbox.crossesAntimeridian())
            continue;
        if (all.isValid())
            all.expand(r.bbox);
        else
            all = r.bbox;
    }
    if (!all.isValid()) {
        m_view = kEurope;
    } else {
        // A margin keeps edge labels readable; a minimum span keeps one city from filling the view.
        const double mx = std::max(1.0, (all.east - all.west) * 0.15);
        const double my = std::max(0.7, (all.north - all.south) * 0.15);
        m_view = Extent(std::max(-180.0, all.west - mx), std::max(-90.0, all.south - my),
                        std::min(180.0, all.east + mx), std::min(90.0, all.north + my));
    }
    update();
}

void FootprintView::setHighlighted(const QString &id)
{
    m_highlighted = id;
    update();
}

QRectF FootprintView::frame() const
{
    // Keep degrees of longitude shorter than latitude (cos of the mid latitude), as on a map.
    const double midLat = (m_view.south + m_view.north) / 2.0 * M_PI / 180.0;
    const double w = (m_view.east - m_view.west) * std::max(0.2, std::cos(midLat));
    const double h = m_view.north - m_view.south;
    const QRectF area = QRectF(rect()).adjusted(40, 20, -20, -40);
    const double scale = std::min(area.width() / w, area.height() / h);
    QRectF f(0, 0, w * scale, h * scale);
    f.moveCenter(area.center());
    return f;
}

QPointF FootprintView::toScreen(double lon, double lat, const QRectF &f) const
{
    return {f.left() + (lon - m_view.west) / (m_view.east - m_view.west) * f.width(),
            f.bottom() - (lat - m_view.south) / (m_view.north - m_view.south) * f.height()};
}

QRectF FootprintView::toScreen(const Extent &box, const QRectF &f) const
{
    return QRectF(toScreen(box.west, box.north, f), toScreen(box.east, box.south, f)).normalized();
}

void FootprintView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QRectF f = frame();
    p.fillRect(f, QColor(0xe8, 0xf1, 0xf8));

    const QColor gridColor = palette().mid().color();
    p.setFont(font());
    const double step = gridStep(std::max(m_view.east - m_view.west, m_view.north - m_view.south));
    for (double lon = std::ceil(m_view.west / step) * step; lon <= m_view.east; lon += step) {
        const QPointF top = toScreen(lon, m_view.north, f), bottom = toScreen(lon, m_view.south, f);
        p.setPen(QPen(gridColor, 0, Qt::DotLine));
        p.drawLine(top, bottom);
        p.setPen(palette().text().color());
        p.drawText(QRectF(bottom.x() - 40, bottom.y() + 4, 80, 16), Qt::AlignHCenter | Qt::AlignTop,
                   degrees(lon, true));
    }
    for (double lat = std::ceil(m_view.south / step) * step; lat <= m_view.north; lat += step) {
        const QPointF left = toScreen(m_view.west, lat, f), right = toScreen(m_view.east, lat, f);
        p.setPen(QPen(gridColor, 0, Qt::DotLine));
        p.drawLine(left, right);
        p.setPen(palette().text().color());
        p.drawText(QRectF(0, left.y() - 8, left.x() - 4, 16), Qt::AlignRight | Qt::AlignVCenter,
                   degrees(lat, false));
    }
    p.setPen(QPen(gridColor, 1));
    p.drawRect(f);

    // Several datasets of one city share a box: draw each, label the city once with its count.
    QHash<QString, int> perCity;
    QHash<QString, QRectF> cityBox;
    p.setClipRect(f);
    for (const DatasetRecord &r : std::as_const(m_records)) {
        if (!r.bbox.isValid() || r.bbox.crossesAntimeridian())
            continue;
        const QRectF box = toScreen(r.bbox, f);
        const bool hot = r.id == m_highlighted;
        p.setPen(QPen(hot ? QColor(0xd8, 0x43, 0x15) : QColor(0x15, 0x65, 0xc0), hot ? 2.5 : 1.2));
        p.setBrush(hot ? QColor(0xd8, 0x43, 0x15, 90) : QColor(0x15, 0x65, 0xc0, 40));
        p.drawRect(box.width() < 3 ? box.adjusted(-2, -2, 2, 2) : box);
        const QString city = r.city.isEmpty() ? tr("(no city)") : r.city;
        perCity[city] += 1;
        cityBox.insert(city, box);
    }
    p.setPen(palette().text().color());
    QList<QRectF> taken;
    for (auto it = cityBox.cbegin(); it != cityBox.cend(); ++it) {
        const int n = perCity.value(it.key());
        const QString label = n > 1 ? tr("%1 (%2)").arg(it.key()).arg(n) : it.key();
        QRectF where = p.fontMetrics().boundingRect(label).adjusted(-2, 0, 2, 0);
        where.moveCenter(QPointF(it.value().center().x(), it.value().top() - where.height() / 2 - 2));
        // Neighbouring cities (Grenoble, Torino) would print over each other: try below the box.
        const auto overlaps = [&taken](const QRectF &r) {
            return std::any_of(taken.cbegin(), taken.cend(),
                               [&r](const QRectF &t) { return t.intersects(r); });
        };
        if (overlaps(where))
            where.moveTop(it.value().bottom() + 2);
        taken << where;
        p.drawText(where, Qt::AlignCenter, label);
    }
    p.setClipping(false);
    p.setPen(palette().placeholderText().color());
    const QString hint = m_records.isEmpty()
                             ? tr("No datasets match the search.")
                             : tr("Dataset footprints (longitude / latitude); the map view comes later.");
    p.drawText(rect().adjusted(8, 0, -8, -4), Qt::AlignLeft | Qt::AlignBottom, hint);
}

} // namespace urbis
