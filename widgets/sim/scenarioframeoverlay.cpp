#include "scenarioframeoverlay.h"

#include "geo/webmercator.h"
#include "map/colorramp.h"
#include "map/mapsettings.h"
#include "simtime.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace urbis {

namespace {

constexpr int kFillAlpha = 204; // 80 %: the map stays readable under the burned area
constexpr int kDepthBins = 1024;

bool sameGeoref(const GridGeoref &a, const GridGeoref &b)
{
    return a.crs == b.crs && a.wkt == b.wkt && a.originX == b.originX && a.originY == b.originY
           && a.cellSize == b.cellSize && a.width == b.width && a.height == b.height;
}

QRgb premultiplied(const QColor &c)
{
    return qPremultiply(c.rgba());
}

ColorRamp depthRamp()
{
    return ColorRamp({{0.0, QColor(198, 219, 239)}, {0.5, QColor(66, 146, 198)}, {1.0, QColor(8, 48, 107)}});
}

QPolygonF quad(const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &d)
{
    QPolygonF q;
    q << a << b << c << d;
    return q;
}

} // namespace

ScenarioFrameOverlay::ScenarioFrameOverlay(QObject *parent) : MapOverlay(parent) {}

QColor ScenarioFrameOverlay::arrivalColor(int arrival, int steps)
{
    QColor c = ColorRamp::hazard().at(steps > 0 ? double(arrival) / steps : 0.0);
    c.setAlpha(kFillAlpha);
    return c;
}

QColor ScenarioFrameOverlay::frontColor()
{
    return QColor(255, 236, 25);
}

int ScenarioFrameOverlay::frontSteps(int steps)
{
    return std::max(2, steps / 30);
}

QColor ScenarioFrameOverlay::depthColor(double metres)
{
    if (!(metres >= kMinDepth))
        return QColor(0, 0, 0, 0);
    const double u = std::clamp((metres - kMinDepth) / (kFullDepth - kMinDepth), 0.0, 1.0);
    QColor c = depthRamp().at(std::sqrt(u));
    c.setAlpha(kFillAlpha);
    return c;
}

void ScenarioFrameOverlay::setScenario(const Scenario &scenario)
{
    m_title = scenario.displayName();
    m_ignitions = scenario.type == Scenario::Type::Wildfire ? scenario.ignitions : QList<QPoint>();
    m_barriers = scenario.barrierLines;
    m_inflowCell = scenario.type == Scenario::Type::Flood && !scenario.inflow.isEmpty() ? scenario.inflowCell : QPoint(-1, -1);
    emit changed();
}

void ScenarioFrameOverlay::setLegendVisible(bool visible)
{
    if (visible == m_legend)
        return;
    m_legend = visible;
    emit changed();
}

void ScenarioFrameOverlay::clear()
{
    m_frame.reset();
    m_image = QImage();
    m_step = 0;
    m_title.clear();
    m_ignitions.clear();
    m_barriers.clear();
    m_inflowCell = QPoint(-1, -1);
    emit changed();
}

void ScenarioFrameOverlay::setFrame(FramePtr frame, int step)
{
    if (frame == m_frame && step == m_step && !m_image.isNull())
        return;
    m_frame = std::move(frame);
    m_step = step;
    if (m_frame)
        locate(m_frame->georef);
    rebuildImage();
    emit changed();
}

void ScenarioFrameOverlay::locate(const GridGeoref &georef)
{
    if (!m_corners.isEmpty() && sameGeoref(georef, m_located))
        return;
    m_located = georef;
    m_corners.clear();
    Result<std::array<QPointF, 4>> corners = georef.wgs84Corners();
    if (!corners) {
        m_placementError = corners.error().message;
        return;
    }
    m_placementError.clear();
    for (const QPointF &lonLat : *corners)
        m_corners << webmercator::lonLatToMeters(lonLat.x(), lonLat.y());
}

void ScenarioFrameOverlay::rebuildImage()
{
    if (!m_frame) {
        m_image = QImage();
        return;
    }
    const ScenarioFrame &f = *m_frame;
    const bool fire = f.type == Scenario::Type::Wildfire;
    const int w = fire ? f.arrival.width() : f.depth.width();
    const int h = fire ? f.arrival.height() : f.depth.height();
    if (w <= 0 || h <= 0) {
        m_image = QImage();
        return;
    }
    if (m_image.size() != QSize(w, h))
        m_image = QImage(w, h, QImage::Format_ARGB32_Premultiplied);

    if (fire) {
        if (m_tableSteps != f.steps || m_table.size() != f.steps + 1) {
            m_table.resize(f.steps + 1);
            for (int a = 0; a <= f.steps; ++a)
                m_table[a] = premultiplied(arrivalColor(a, f.steps));
            m_tableSteps = f.steps;
        }
        const int step = std::clamp(m_step, 0, f.steps);
        const int frontFrom = step - frontSteps(f.steps) + 1;
        const QRgb front = premultiplied(frontColor());
        for (int row = 0; row < h; ++row) {
            const std::int32_t *in = f.arrival.data() + f.arrival.index(0, row);
            auto *out = reinterpret_cast<QRgb *>(m_image.scanLine(row));
            for (int col = 0; col < w; ++col) {
                const std::int32_t a = in[col];
                out[col] = a < 0 || a > step ? 0 : a >= frontFrom ? front : m_table[std::min(a, f.steps)];
            }
        }
        return;
    }

    if (m_tableSteps != -2) { // the depth table does not depend on the run
        m_table.resize(kDepthBins);
        for (int i = 0; i < kDepthBins; ++i)
            m_table[i] = premultiplied(depthColor(kMinDepth + (kFullDepth - kMinDepth) * (i + 0.5) / kDepthBins));
        m_tableSteps = -2;
    }
    const float scale = float(kDepthBins / (kFullDepth - kMinDepth));
    for (int row = 0; row < h; ++row) {
        const float *in = f.depth.data() + f.depth.index(0, row);
        auto *out = reinterpret_cast<QRgb *>(m_image.scanLine(row));
        for (int col = 0; col < w; ++col) {
            const float d = in[col];
            // NaN fails the comparison and stays transparent too.
            out[col] = d >= float(kMinDepth) ? m_table[std::min(int((d - float(kMinDepth)) * scale), kDepthBins - 1)] : 0;
        }
    }
}

void ScenarioFrameOverlay::paint(QPainter &painter, const MapSettings &settings)
{
    if (!m_frame || m_image.isNull() || m_corners.size() != 4)
        return;
    const QPolygonF screen = quad(settings.toScreen(m_corners.at(0)), settings.toScreen(m_corners.at(1)),
                                  settings.toScreen(m_corners.at(2)), settings.toScreen(m_corners.at(3)));
    const QRectF view(QPointF(0, 0), QSizeF(settings.size()));
    QTransform cellToScreen;
    const double w = m_image.width(), h = m_image.height();
    if (!QTransform::quadToQuad(quad({0, 0}, {w, 0}, {w, h}, {0, h}), screen, cellToScreen))
        return;
    if (screen.boundingRect().intersects(view)) {
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // cells stay crisp when zoomed in
        painter.setTransform(cellToScreen, true);
        painter.drawImage(QPointF(0, 0), m_image);
        painter.restore();

        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(60, 60, 60, 160), 1, Qt::DashLine));
        painter.drawPolygon(screen);
        paintMarks(painter, cellToScreen);
        painter.restore();
    }
    if (m_legend)
        paintLegend(painter, view);
}

void ScenarioFrameOverlay::paintMarks(QPainter &painter, const QTransform &cellToScreen) const
{
    const auto centre = [&](const QPoint &cell) { return cellToScreen.map(QPointF(cell.x() + 0.5, cell.y() + 0.5)); };
    painter.setPen(QPen(QColor(35, 35, 35), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygon &line : m_barriers) {
        QPolygonF points;
        for (const QPoint &p : line)
            points << centre(p);
        painter.drawPolyline(points);
    }
    painter.setPen(QPen(QColor(40, 40, 40), 1.5));
    painter.setBrush(Qt::white);
    for (const QPoint &p : m_ignitions)
        painter.drawEllipse(centre(p), 4, 4);
    if (m_inflowCell.x() >= 0) {
        const QPointF at = centre(m_inflowCell);
        painter.setBrush(QColor(0, 90, 200));
        painter.setPen(QPen(Qt::white, 1.5));
        painter.drawPolygon(quad(at + QPointF(0, -7), at + QPointF(6, 4), at + QPointF(-6, 4), at + QPointF(0, -7)));
    }
}

void ScenarioFrameOverlay::paintLegend(QPainter &painter, const QRectF &view) const
{
    const ScenarioFrame &f = *m_frame;
    const bool fire = f.type == Scenario::Type::Wildfire;
    const double stepSeconds = f.step > 0 ? f.timeSec / f.step : 0;
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font), fmBold(bold);

    const QString title = m_title.isEmpty() ? (fire ? tr("Wildfire") : tr("Flood")) : m_title;
    const QString status = tr("Step %1 / %2 · %3").arg(m_step).arg(f.steps).arg(SimTime::format(m_step * stepSeconds));
    const QString rampTitle = fire ? tr("Arrival time") : tr("Water depth");
    const QString lo = fire ? SimTime::format(0) : tr("%1 cm").arg(kMinDepth * 100, 0, 'f', 0);
    const QString hi = fire ? SimTime::format(f.steps * stepSeconds) : tr("≥ %1 m").arg(kFullDepth, 0, 'f', 0);
    const QString front = tr("Active front");
    const double pad = 8, line = fm.height(), barW = 150;
    const double w = std::min(view.width() - 20,
                              std::max({barW, fmBold.horizontalAdvance(title), fm.horizontalAdvance(status),
                                        fm.horizontalAdvance(rampTitle)}) + 2 * pad);
    const double h = pad + fmBold.height() + line + 6 + line + 12 + line + (fire ? line + 4 : 0) + pad;
    const QRectF box(view.right() - w - 10, view.bottom() - h - 10, w, h);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0, 0, 0, 90), 1));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRoundedRect(box, 4, 4);
    const double x = box.left() + pad, innerW = w - 2 * pad;
    double y = box.top() + pad;
    painter.setPen(QColor(30, 30, 30));
    painter.setFont(bold);
    painter.drawText(QRectF(x, y, innerW, fmBold.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     fmBold.elidedText(title, Qt::ElideRight, innerW));
    y += fmBold.height();
    painter.setFont(font);
    painter.drawText(QRectF(x, y, innerW, line), Qt::AlignLeft | Qt::AlignVCenter, status);
    y += line + 6;
    painter.drawText(QRectF(x, y, innerW, line), Qt::AlignLeft | Qt::AlignVCenter, rampTitle);
    y += line;
    const QRectF bar(x, y, innerW, 10);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 10; ++i)
        gradient.setColorAt(i / 10.0, fire ? arrivalColor(i, 10)
                                           : depthColor(kMinDepth + (kFullDepth - kMinDepth) * (i / 10.0) * (i / 10.0)));
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter.setBrush(gradient);
    painter.drawRect(bar);
    y += 12;
    painter.setPen(QColor(30, 30, 30));
    painter.drawText(QRectF(x, y, innerW, line), Qt::AlignLeft | Qt::AlignVCenter, lo);
    painter.drawText(QRectF(x, y, innerW, line), Qt::AlignRight | Qt::AlignVCenter, hi);
    y += line;
    if (fire) {
        y += 4;
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
        painter.setBrush(frontColor());
        painter.drawRect(QRectF(x, y + line / 2 - 5, 18, 10));
        painter.setPen(QColor(30, 30, 30));
        painter.drawText(QRectF(x + 24, y, innerW - 24, line), Qt::AlignLeft | Qt::AlignVCenter, front);
    }
    painter.restore();
}

} // namespace urbis
