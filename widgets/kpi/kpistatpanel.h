#pragma once

#include "kpipanelwidget.h"

#include <optional>

namespace urbis {

class KpiPaintCanvas;

/**
 * One big number: the latest value of the panel's first KPI (first dimension value with data)
 * with its unit, coloured by status (good green, warn amber, bad red, none grey), the change
 * against the previous period with a value as an arrow and a percentage (green when it moves the
 * KPI's preferred way), and the target when the KPI has one. Option "trend" (default true).
 */
class KpiStatPanel : public KpiPanelWidget
{
    Q_OBJECT
public:
    explicit KpiStatPanel(QWidget *parent = nullptr);

    std::optional<double> value() const { return m_value; }
    QString valueText() const;
    QString status() const { return m_status; }
    QColor statusColor() const;
    /** 100 × (value − previous) / |previous|; nullopt without a previous value (or when it is 0). */
    std::optional<double> trendPercent() const { return m_trend; }
    /** "▲ 12.5 % vs 2023-01"; empty without a trend. */
    QString trendText() const;
    /** "Target: 40 µg/m³ by 2030-12-31"; empty without a target. */
    QString targetText() const;
    /** Period and dimension values the number belongs to. */
    QString caption() const;

protected:
    void rebuild() override;
    void renderContent(QPainter *painter, const QRectF &rect) const override;

private:
    QColor trendColor() const;

    KpiPaintCanvas *m_canvas = nullptr;
    std::optional<double> m_value;
    std::optional<double> m_trend;
    QString m_status, m_period, m_previousPeriod, m_dims, m_unit;
    int m_otherSeries = 0;
};

} // namespace urbis
