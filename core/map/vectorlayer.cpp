#include "vectorlayer.h"

#include "labelplacer.h"
#include "geo/vectorreader.h"

#include <QFileInfo>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace urbis {

/** A reader borrowed from the pool for the length of one read; returned on destruction. */
class VectorLayer::ReaderLease
{
public:
    ReaderLease(const VectorLayer *layer, std::unique_ptr<VectorReader> reader)
        : m_layer(layer), m_reader(std::move(reader))
    {
    }
    ReaderLease(ReaderLease &&) noexcept = default;
    ~ReaderLease()
    {
        if (!m_reader)
            return;
        QMutexLocker lock(&m_layer->m_mutex);
        m_layer->m_idle.push_back(std::move(m_reader));
    }
    VectorReader *operator->() const { return m_reader.get(); }

private:
    const VectorLayer *m_layer;
    std::unique_ptr<VectorReader> m_reader;
};

namespace {

// Screen polygon of a part; consecutive vertices in the same pixel are dropped (no visible
// change, far fewer segments for dense lines when zoomed out).
QPolygonF toScreen(const QPolygonF &part, const MapSettings &s)
{
    QPolygonF out;
    out.reserve(part.size());
    for (const QPointF &p : part) {
        const QPointF q = s.toScreen(p);
        if (out.isEmpty() || std::abs(q.x() - out.last().x()) >= 0.5 || std::abs(q.y() - out.last().y()) >= 0.5)
            out.append(q);
    }
    if (part.size() > 1 && out.size() == 1)
        out.append(out.first()); // keep a tiny line or ring visible as a dot
    return out;
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

bool hits(const MercatorFeature &f, const QPointF &p, double tolerance)
{
    if (f.kind == MercatorFeature::Kind::Polygon) {
        int inside = 0; // odd-even over all rings: holes cancel their outer ring
        for (const QPolygonF &ring : f.parts)
            inside += ring.containsPoint(p, Qt::OddEvenFill) ? 1 : 0;
        if (inside % 2 == 1)
            return true;
    }
    for (const QPolygonF &part : f.parts) {
        if (part.size() == 1 && std::hypot(part[0].x() - p.x(), part[0].y() - p.y()) <= tolerance)
            return true;
        for (int i = 1; i < part.size(); ++i)
            if (distanceToSegment(p, part[i - 1], part[i]) <= tolerance)
                return true;
    }
    return false;
}

QPointF labelAnchor(const MercatorFeature &f)
{
    if (f.kind == MercatorFeature::Kind::Line) {
        const QPolygonF &line = f.parts.first();
        return line.at(line.size() / 2);
    }
    if (f.kind == MercatorFeature::Kind::Polygon)
        return f.parts.first().boundingRect().center();
    return f.parts.first().first();
}

} // namespace

VectorLayer::VectorLayer(const QString &path, const QString &layerName, const QString &name)
    : MapLayer(name), m_path(path), m_layerName(layerName)
{
}

VectorLayer::~VectorLayer() = default;

Result<std::shared_ptr<VectorLayer>> VectorLayer::open(const QString &path, const QString &layerName,
                                                       const QString &name)
{
    auto reader = VectorReader::open(path, layerName);
    if (!reader)
        return reader.error();
    std::shared_ptr<VectorLayer> layer(
        new VectorLayer(path, layerName, name.isEmpty() ? QFileInfo(path).completeBaseName() : name));
    layer->m_fields = reader->fieldNames();
    layer->m_extent = reader->extent();
    layer->m_idle.push_back(std::make_unique<VectorReader>(std::move(reader).value()));
    return layer;
}

VectorStyle VectorLayer::style() const
{
    QMutexLocker lock(&m_mutex);
    return m_style;
}

void VectorLayer::setStyle(const VectorStyle &style)
{
    {
        QMutexLocker lock(&m_mutex);
        m_style = style;
    }
    emit changed();
}

Result<VectorLayer::ReaderLease> VectorLayer::lease() const
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_idle.empty()) {
            std::unique_ptr<VectorReader> r = std::move(m_idle.back());
            m_idle.pop_back();
            return ReaderLease(this, std::move(r));
        }
    }
    // Every reader is busy on another thread: open one more (it joins the pool afterwards).
    auto reader = VectorReader::open(m_path, m_layerName);
    if (!reader)
        return reader.error();
    return ReaderLease(this, std::make_unique<VectorReader>(std::move(reader).value()));
}

Result<void> VectorLayer::render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) const
{
    const VectorStyle style = this->style();
    if (settings.zoom() < style.minZoom || settings.zoom() > style.maxZoom)
        return {};
    auto reader = lease();
    if (!reader)
        return reader.error();
    const int styleIndex = style.usesField() ? m_fields.indexOf(style.field) : -1;
    const bool labelled = !style.labelField.isEmpty() && settings.zoom() >= style.labelMinZoom;
    const int labelIndex = labelled ? m_fields.indexOf(style.labelField) : -1;

    QFont font = painter.font();
    font.setPixelSize(style.labelPixelSize);
    LabelPlacer labels(font, QRectF(QPointF(0, 0), QSizeF(settings.size())));
    const QPen outline = style.strokeWidth > 0 ? QPen(style.stroke, style.strokeWidth) : QPen(Qt::NoPen);
    const double r = style.pointSize / 2;
    // Features whose symbols reach into the view from outside count too.
    const double margin = (r + style.strokeWidth) * settings.resolution();
    const QRectF area = settings.visibleMeters().adjusted(-margin, -margin, margin, margin);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    auto draw = [&](const MercatorFeature &f) {
        const QColor color = styleIndex >= 0 ? style.colorFor(f.values.at(0)) : style.fill;
        switch (f.kind) {
        case MercatorFeature::Kind::Polygon: {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF &ring : f.parts)
                path.addPolygon(toScreen(ring, settings));
            painter.setPen(outline);
            painter.setBrush(color);
            painter.drawPath(path);
            break;
        }
        case MercatorFeature::Kind::Line:
            // A line's colour is its class colour; the stroke colour is for outlines only.
            painter.setPen(QPen(style.mode == VectorStyle::Mode::Single ? style.stroke : color,
                                std::max(1.0, style.strokeWidth), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            for (const QPolygonF &part : f.parts)
                painter.drawPolyline(toScreen(part, settings));
            break;
        default:
            painter.setPen(outline);
            painter.setBrush(color);
            for (const QPolygonF &part : f.parts)
                painter.drawEllipse(settings.toScreen(part.first()), r, r);
            break;
        }
        if (labelIndex >= 0)
            labels.add(f.values.at(styleIndex >= 0 ? 1 : 0).toString(), settings.toScreen(labelAnchor(f)));
        return !cancel.load(std::memory_order_relaxed);
    };
    QList<int> wanted;
    if (styleIndex >= 0)
        wanted << styleIndex;
    if (labelIndex >= 0)
        wanted << labelIndex;
    Result<void> result = (*reader)->read(area, wanted, draw, &cancel);
    if (result && !cancel.load())
        labels.paint(painter, style.labelColor);
    painter.restore();
    return result;
}

Result<std::optional<QVariantMap>> VectorLayer::identify(const QPointF &meters, double toleranceMeters) const
{
    auto reader = lease();
    if (!reader)
        return reader.error();
    QList<int> all;
    for (int i = 0; i < m_fields.size(); ++i)
        all << i;
    const QRectF area(meters.x() - toleranceMeters, meters.y() - toleranceMeters, 2 * toleranceMeters,
                      2 * toleranceMeters);
    std::optional<QVariantMap> found;
    // Later features are drawn over earlier ones, so the last hit is the one on top.
    auto check = [&](const MercatorFeature &f) {
        if (hits(f, meters, toleranceMeters)) {
            QVariantMap attributes;
            for (int i = 0; i < m_fields.size(); ++i)
                attributes.insert(m_fields.at(i), f.values.at(i));
            found = attributes;
        }
        return true;
    };
    const std::atomic<bool> never{false};
    if (auto r = (*reader)->read(area, all, check, &never); !r)
        return r.error();
    return found;
}

} // namespace urbis
