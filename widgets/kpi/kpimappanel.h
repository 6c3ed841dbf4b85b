#pragma once

#include "kpi/kpimapdata.h"
#include "kpipanelwidget.h"

#include <QHash>

#include <optional>

namespace urbis {

class KpiPaintCanvas;

/**
 * A painted map of the latest period: boundary polygons (choropleth) or station points coloured
 * on a sequential ramp by the value of the dimension value matching their key, with a legend.
 * The geometry comes from core (KpiMapData, loaded on a worker by DashboardPage) through
 * setShapes(); the panel draws no basemap, only the shapes fitted to the panel.
 */
class KpiMapPanel : public KpiPanelWidget
{
    Q_OBJECT
public:
    explicit KpiMapPanel(QWidget *parent = nullptr);

    /** The shapes to colour (EPSG:3857); an error replaces the map with its message. */
    void setShapes(const QList<KpiMapData::Shape> &shapes, const QString &error = {});
    /** Keys of shapes that have a value in the latest period. */
    int coloredShapeCount() const;
    std::optional<double> valueOf(const QString &key) const { return m_values.contains(key) ? std::optional<double>(m_values.value(key)) : std::nullopt; }

protected:
    void rebuild() override;
    bool hasContent() const override;
    QString emptyMessage() const override;
    void renderContent(QPainter *painter, const QRectF &rect) const override;

private:
    QTransform transformFor(const QRectF &mapRect) const;
    QRectF mapRectIn(const QRectF &rect) const;
    QRectF legendRectIn(const QRectF &rect) const;
    void paintLegend(QPainter *painter, const QRectF &rect) const;
    QString toolTipAt(const QPointF &pos, const QRectF &rect) const;

    KpiPaintCanvas *m_canvas = nullptr;
    QList<KpiMapData::Shape> m_shapes;
    bool m_loaded = false;
    QString m_error;
    QRectF m_bounds; ///< of all shapes, 3857
    QString m_period, m_unit, m_kpiName;
    QHash<QString, double> m_values;
    QHash<QString, QString> m_statuses;
    double m_min = 0, m_max = 0;
};

} // namespace urbis
