#include "mapcanvas.h"

#include "layertreemodel.h"
#include "mapoverlay.h"
#include "scalebar.h"
#include "geo/webmercator.h"
#include "map/footprintslayer.h"
#include "map/maprenderjob.h"
#include "map/vectorlayer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace urbis {

namespace {
constexpr double kClickSlop = 4;       // pixels a click may move and still be a click
constexpr double kIdentifyPixels = 5;  // hit tolerance round points and lines
} // namespace

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent), m_layers(new LayerTreeModel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(64, 64);
    setAccessibleName(tr("Map"));
    m_settings.setZoom(1);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(10);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(m_layers, &LayerTreeModel::layersChanged, this, &MapCanvas::refresh);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setBackgroundColor(const QColor &color)
{
    m_settings.setBackgroundColor(color);
    refresh();
}

bool MapCanvas::isRendering() const
{
    return m_refreshTimer.isActive() || (m_job && m_job->isActive() && !m_job->isCancelled());
}

void MapCanvas::addOverlay(MapOverlay *overlay)
{
    if (!overlay || m_overlays.contains(overlay))
        return;
    m_overlays << overlay;
    // Overlay changes repaint only: the layers' image is still right.
    connect(overlay, &MapOverlay::changed, this, qOverload<>(&QWidget::update));
    connect(overlay, &QObject::destroyed, this, [this] {
        m_overlays.removeIf([](const QPointer<MapOverlay> &o) { return o.isNull(); });
        update();
    });
    update();
}

void MapCanvas::removeOverlay(MapOverlay *overlay)
{
    if (!overlay || !m_overlays.removeOne(overlay))
        return;
    overlay->disconnect(this);
    update();
}

QList<MapOverlay *> MapCanvas::overlays() const
{
    QList<MapOverlay *> out;
    for (const QPointer<MapOverlay> &o : m_overlays)
        if (o)
            out << o.data();
    return out;
}

void MapCanvas::setCenterLonLat(double lon, double lat)
{
    m_settings.setCenterLonLat(lon, lat);
    viewMoved();
}

void MapCanvas::setCenter(const QPointF &meters)
{
    m_settings.setCenter(meters);
    viewMoved();
}

void MapCanvas::setZoom(double zoom)
{
    m_settings.setZoom(zoom);
    viewMoved();
}

void MapCanvas::zoomToExtent(const Extent &extent)
{
    if (!extent.isValid())
        return;
    m_settings.zoomToExtent(extent);
    viewMoved();
}

void MapCanvas::panBy(const QPointF &pixels)
{
    const double res = m_settings.resolution();
    m_settings.setCenter(m_settings.center() + QPointF(pixels.x() * res, -pixels.y() * res));
    viewMoved();
}

void MapCanvas::zoomAt(const QPointF &pos, double levels)
{
    // The point under the cursor stays put: zoom, then shift the centre back under it.
    const QPointF anchor = m_settings.toMeters(pos);
    m_settings.setZoom(m_settings.zoom() + levels);
    const QPointF moved = m_settings.toMeters(pos);
    m_settings.setCenter(m_settings.center() + (anchor - moved));
    viewMoved();
}

void MapCanvas::viewMoved()
{
    emit viewChanged();
    emit scaleChanged(m_settings.scaleDenominator());
    update(); // the old image, moved, right away
    refresh();
}

void MapCanvas::refresh()
{
    // The running job draws an outdated view: stop it now rather than when the timer fires.
    if (m_job)
        m_job->cancel();
    m_refreshTimer.start();
}

void MapCanvas::startRender()
{
    m_settings.setSize(size());
    m_settings.setDevicePixelRatio(devicePixelRatioF());
    if (m_job) {
        // A cancelled job may still be stopping on its thread: it deletes itself when it has, so
        // the GUI thread never waits for a worker.
        MapRenderJob *old = m_job.release();
        old->cancel();
        old->disconnect(this);
        if (old->isActive())
            connect(old, &MapRenderJob::stopped, old, &QObject::deleteLater);
        else
            delete old;
    }
    m_job = std::make_unique<MapRenderJob>(m_settings, m_layers->renderOrder());
    connect(m_job.get(), &MapRenderJob::finished, this, &MapCanvas::jobFinished);
    m_job->start();
}

void MapCanvas::jobFinished(const QImage &image)
{
    auto *job = qobject_cast<MapRenderJob *>(sender());
    if (!job || job != m_job.get())
        return;
    m_image = image;
    m_imageSettings = job->settings();
    update();
    emit rendered();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_settings.backgroundColor());
    if (!m_image.isNull()) {
        // Where the image's corners are in the current view: a pan shifts it, a zoom scales it.
        const QPointF topLeft = m_settings.toScreen(m_imageSettings.toMeters(QPointF(0, 0)));
        const QPointF bottomRight = m_settings.toScreen(
            m_imageSettings.toMeters(QPointF(m_imageSettings.size().width(), m_imageSettings.size().height())));
        const bool exact = m_imageSettings.zoom() == m_settings.zoom() && m_imageSettings.size() == size();
        p.setRenderHint(QPainter::SmoothPixmapTransform, !exact);
        p.drawImage(QRectF(topLeft, bottomRight), m_image);
    }
    for (const QPointer<MapOverlay> &overlay : std::as_const(m_overlays)) {
        if (!overlay || !overlay->isVisible())
            continue;
        p.save();
        overlay->paint(p, m_settings);
        p.restore();
    }
    if (m_drag == Drag::Box) {
        p.setPen(QPen(palette().highlight().color(), 1, Qt::DashLine));
        p.setBrush(QColor(palette().highlight().color().red(), palette().highlight().color().green(),
                          palette().highlight().color().blue(), 50));
        p.drawRect(QRectF(m_pressPos, m_dragPos).normalized());
    }
    ScaleBar::paint(p, m_settings, QPointF(12, height() - 10));
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    // The centre stays the centre; the image is redrawn for the new size.
    m_settings.setSize(size());
    emit scaleChanged(m_settings.scaleDenominator());
    refresh();
}

void MapCanvas::showEvent(QShowEvent *)
{
    refresh();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = m_dragPos = event->position();
    m_pressCenter = m_settings.center();
    m_moved = false;
    m_drag = event->modifiers() & Qt::ShiftModifier ? Drag::Box : Drag::Pan;
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF lonLat = webmercator::metersToLonLat(m_settings.toMeters(event->position()));
    emit cursorMoved(lonLat.x(), lonLat.y());
    if (m_drag == Drag::None) {
        hover(event->position());
        return;
    }
    m_dragPos = event->position();
    const QPointF delta = m_dragPos - m_pressPos;
    if (!m_moved && std::hypot(delta.x(), delta.y()) < kClickSlop)
        return;
    m_moved = true;
    if (m_drag == Drag::Pan) {
        const double res = m_settings.resolution();
        m_settings.setCenter(m_pressCenter - QPointF(delta.x() * res, -delta.y() * res));
        viewMoved();
    } else {
        update();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None)
        return;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (!m_moved) {
        identify(event->position());
        return;
    }
    if (drag == Drag::Box) {
        const QRectF box = QRectF(m_pressPos, event->position()).normalized();
        const QPointF a = m_settings.toMeters(box.topLeft()), b = m_settings.toMeters(box.bottomRight());
        const QPointF sw = webmercator::metersToLonLat(QPointF(a.x(), b.y())), ne = webmercator::metersToLonLat(QPointF(b.x(), a.y()));
        m_settings.zoomToExtent(Extent(sw.x(), sw.y(), ne.x(), ne.y()), 0);
        viewMoved();
    }
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    // 120 units = one notch = one zoom level; touchpads send smaller steps for smooth zooming.
    const double levels = event->angleDelta().y() / 120.0;
    if (levels != 0)
        zoomAt(event->position(), levels);
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const double stepX = width() / 4.0, stepY = height() / 4.0;
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(QPointF(-stepX, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(stepX, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, -stepY));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, stepY));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapCanvas::hover(const QPointF &pos)
{
    const QPointF meters = m_settings.toMeters(pos);
    const double tolerance = kIdentifyPixels * m_settings.resolution();
    for (const auto &layer : m_layers->layers()) {
        auto *footprints = qobject_cast<FootprintsLayer *>(layer.get());
        if (!footprints || !layer->isVisible())
            continue;
        const QString id = footprints->datasetAt(meters, tolerance);
        if (id == m_hovered)
            return;
        m_hovered = id;
        footprints->setHighlighted(id);
        emit datasetHovered(id);
        refresh();
        return;
    }
}

void MapCanvas::identify(const QPointF &pos)
{
    const QPointF meters = m_settings.toMeters(pos);
    const double tolerance = kIdentifyPixels * m_settings.resolution();
    // Top layer first: what the user sees under the cursor answers.
    for (const auto &layer : m_layers->layers()) {
        if (!layer->isVisible())
            continue;
        if (auto *footprints = qobject_cast<FootprintsLayer *>(layer.get())) {
            const QString id = footprints->datasetAt(meters, tolerance);
            if (!id.isEmpty()) {
                footprints->setSelected(id);
                emit datasetClicked(id);
                return;
            }
        } else if (auto *vector = qobject_cast<VectorLayer *>(layer.get())) {
            const auto hit = vector->identify(meters, tolerance);
            if (hit && hit->has_value()) {
                emit featureIdentified(vector->name(), **hit);
                return;
            }
        }
    }
}

} // namespace urbis
