#pragma once

#include "kpipanelwidget.h"

#include <optional>

namespace urbis {

class KpiPaintCanvas;

/**
 * A 270° dial for the latest value of the panel's first KPI: the track is coloured by the KPI's
 * threshold bands (green / amber / red in the KPI's direction), a needle points at the value, the
 * target gets a tick. Range from options "min" and "max" (default 0 and 1.5 × the highest
 * threshold, else 1.5 × the larger of value and target).
 */
class KpiGaugePanel : public KpiPanelWidget
{
    Q_OBJECT
public:
    explicit KpiGaugePanel(QWidget *parent = nullptr);

    struct Band { double from = 0, to = 0; QString status; };

    std::optional<double> value() const { return m_value; }
    double minimum() const { return m_min; }
    double maximum() const { return m_max; }
    QList<Band> bands() const { return m_bands; }

protected:
    void rebuild() override;
    void renderContent(QPainter *painter, const QRectF &rect) const override;

private:
    double angleOf(double v) const;

    KpiPaintCanvas *m_canvas = nullptr;
    std::optional<double> m_value;
    QString m_status, m_period, m_dims, m_unit;
    double m_min = 0, m_max = 100;
    QList<Band> m_bands;
};

} // namespace urbis
