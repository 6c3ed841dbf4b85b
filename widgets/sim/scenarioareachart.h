#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>

class QLineSeries;
class QValueAxis;

namespace urbis {

/**
 * Burned or flooded area per step as lines (in hectares; or any per-step KPI, setValueAxis), with a dashed marker at the step the
 * timeline shows: one line for a run, three for a comparison (A, B and B - A). Lines are reused
 * between updates, so feeding it every frame is cheap. GUI thread only.
 */
class ScenarioAreaChart : public QChartView
{
    Q_OBJECT
public:
    struct Series
    {
        QString name;
        QColor color;
        QList<QPointF> points; ///< (step, value in the chart's unit before scaling: m² by default)
        Qt::PenStyle style = Qt::SolidLine;
    };

    explicit ScenarioAreaChart(QWidget *parent = nullptr);

    void setSeries(const QList<Series> &series);
    void clear() { setSeries({}); }
    /** The x axis spans the run's `steps` (or the data, if longer), so a running line grows into it. */
    void setStepCount(int steps);
    /** What the y axis shows: its title and the divisor from the series' values ("area (ha)", 10,000 by default). */
    void setValueAxis(const QString &title, double divisor);
    /** The dashed vertical marker; < 0 hides it. */
    void setCurrentStep(int step);

    QStringList seriesNames() const;
    /** Points of series `i` as drawn: (step, hectares). */
    QList<QPointF> points(int i) const;
    int currentStep() const { return m_step; }

private:
    void updateRanges();
    void updateMarker();

    QValueAxis *m_x;
    QValueAxis *m_y;
    QList<QLineSeries *> m_lines;
    qsizetype m_used = 0;
    QLineSeries *m_marker;
    int m_step = -1;
    int m_steps = 0;
    double m_minY = 0;
    double m_maxY = 1;
    double m_divisor;
};

} // namespace urbis
