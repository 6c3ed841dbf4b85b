#include "footprintslayer.h"

#include "geo/webmercator.h"
#include "geo/wkbparts.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace urbis {

namespace {

QList<QPolygonF> ringsOf(const DatasetRecord &r)
{
    QList<QPolygonF> rings;
    const MercatorFeature parts = wkb::parts(r.footprint);
    if (parts.kind == MercatorFeature::Kind::Polygon) {
        for (const QPolygonF &ring : parts.parts) {
            QPolygonF m;
            for (const QPointF &p : ring)
                m << webmercator::lonLatToMeters(p.x(), p.y());
            rings << m;
        }
        return rings;
    }
    if (!r.bbox.isValid())
        return rings;
    // No polygon footprint (points, unknown): the bbox stands in for it.
    const double east = r.bbox.crossesAntimeridian() ? r.bbox.east + 360 : r.bbox.east;
    const QPointF sw = webmercator::lonLatToMeters(r.bbox.west, r.bbox.south);
    const QPointF ne = webmercator::lonLatToMeters(east, r.bbox.north);
    rings << QPolygonF(QRectF(sw, ne).normalized());
    return rings;
}

QPainterPath pathOf(const QList<QPolygonF> &rings, const MapSettings &s)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF &ring : rings) {
        QPolygonF screen;
        for (const QPointF &p : ring)
            screen << s.toScreen(p);
        path.addPolygon(screen);
        path.closeSubpath();
    }
    return path;
}

} // namespace

FootprintsLayer::FootprintsLayer(const QString &name, QObject *parent) : MapLayer(name, parent) {}

void FootprintsLayer::setRecords(const QList<DatasetRecord> &records)
{
    QList<Footprint> footprints;
    for (const DatasetRecord &r : records) {
        Footprint f{r.id, r.bbox, ringsOf(r), {}, 0};
        if (f.rings.isEmpty())
            continue;
        for (const QPolygonF &ring : f.rings)
            f.bounds |= ring.boundingRect();
        // A point dataset has a zero-size box; give it a sliver of area so it sorts as smallest.
        f.area = std::max(f.bounds.width() * f.bounds.height(), 1e-6);
        footprints << f;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_footprints = footprints;
    }
    emit changed();
}

int FootprintsLayer::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_footprints.size());
}

void FootprintsLayer::setSelected(const QString &id)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_selected == id)
            return;
        m_selected = id;
    }
    emit changed();
}

QString FootprintsLayer::selected() const
{
    QMutexLocker lock(&m_mutex);
    return m_selected;
}

void FootprintsLayer::setHighlighted(const QString &id)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_highlighted == id)
            return;
        m_highlighted = id;
    }
    emit changed();
}

QString FootprintsLayer::highlighted() const
{
    QMutexLocker lock(&m_mutex);
    return m_highlighted;
}

Extent FootprintsLayer::extent() const
{
    QMutexLocker lock(&m_mutex);
    Extent all;
    for (const Footprint &f : m_footprints) {
        if (!all.isValid())
            all = f.bbox;
        else
            all.expand(f.bbox);
    }
    return all;
}

Extent FootprintsLayer::extentOf(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    for (const Footprint &f : m_footprints)
        if (f.id == id)
            return f.bbox;
    return {};
}

QString FootprintsLayer::datasetAt(const QPointF &meters, double toleranceMeters) const
{
    QMutexLocker lock(&m_mutex);
    QString best;
    double bestArea = 0;
    for (const Footprint &f : m_footprints) {
        const QRectF near = f.bounds.adjusted(-toleranceMeters, -toleranceMeters, toleranceMeters, toleranceMeters);
        if (!near.contains(meters))
            continue;
        int inside = 0;
        for (const QPolygonF &ring : f.rings)
            inside += ring.containsPoint(meters, Qt::OddEvenFill) ? 1 : 0;
        // Tiny footprints (points, small sites) are hit anywhere within the tolerance box.
        const bool tiny = f.bounds.width() < 2 * toleranceMeters && f.bounds.height() < 2 * toleranceMeters;
        if ((inside % 2 == 1 || tiny) && (best.isEmpty() || f.area < bestArea)) {
            best = f.id;
            bestArea = f.area;
        }
    }
    return best;
}

Result<void> FootprintsLayer::render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) const
{
    QList<Footprint> footprints;
    QString selected, highlighted;
    {
        QMutexLocker lock(&m_mutex);
        footprints = m_footprints;
        selected = m_selected;
        highlighted = m_highlighted;
    }
    const QRectF view = settings.visibleMeters();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPen normalPen(QColor(200, 40, 40), 1.5);
    const QBrush normalBrush(QColor(200, 40, 40, 40));
    const Footprint *sel = nullptr, *hi = nullptr;
    for (const Footprint &f : std::as_const(footprints)) {
        if (cancel.load(std::memory_order_relaxed))
            break;
        if (f.id == selected)
            sel = &f;
        if (f.id == highlighted)
            hi = &f;
        if (!f.bounds.intersects(view) && !view.contains(f.bounds.topLeft()))
            continue;
        QPainterPath path = pathOf(f.rings, settings);
        painter.setPen(normalPen);
        painter.setBrush(normalBrush);
        if (path.boundingRect().width() < 6 && path.boundingRect().height() < 6) {
            // Too small to see as an outline at this zoom: a dot marks it.
            painter.drawEllipse(path.boundingRect().center(), 3.5, 3.5);
            continue;
        }
        painter.drawPath(path);
    }
    // Highlight and selection last, so they are never hidden under a neighbour.
    auto emphasise = [&](const Footprint *f, const QColor &color) {
        if (!f)
            return;
        QPainterPath path = pathOf(f->rings, settings);
        painter.setPen(QPen(color, 3));
        painter.setBrush(QColor(color.red(), color.green(), color.blue(), 70));
        if (path.boundingRect().width() < 6 && path.boundingRect().height() < 6)
            painter.drawEllipse(path.boundingRect().center(), 5, 5);
        else
            painter.drawPath(path);
    };
    emphasise(hi, QColor(255, 200, 0));
    emphasise(sel, QColor(255, 120, 0));
    painter.restore();
    return {};
}

} // namespace urbis
