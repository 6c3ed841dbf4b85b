#pragma once

#include "stream/channelpoint.h"

#include <QChartView>
#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace urbis {

/**
 * One live chart: the values of one measure of one station over a time window. Points come
 * already downsampled (ChannelSet::window with about one point per pixel), so a refresh only
 * replaces the data of a few QLineSeries: a gap (NaN point) ends one line and the next value
 * starts another, and a lone value between gaps shows as a dot. Series are pooled and reused.
 * GUI thread only.
 */
class StreamChart : public QChartView
{
    Q_OBJECT
public:
    explicit StreamChart(QWidget *parent = nullptr);

    void setMeasure(const QString &key, const QString &unit, const QColor &color);
    QString measureKey() const { return m_key; }

    /** Shows `points` (oldest first) on the x range [fromMs, toMs]. */
    void setPoints(const ChannelSeries &points, qint64 fromMs, qint64 toMs);
    /** How many points to ask the channel for: about one per pixel of the plot. */
    int pointBudget() const;

    /** The drawn lines, each a run of points between gaps (x = ms since the epoch); for tests. */
    QList<QList<QPointF>> segments() const;
    /** Lone values drawn as dots. */
    QList<QPointF> dots() const;
    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }

private:
    QLineSeries *segment(int i);
    void updateValueAxis(double lo, double hi);

    QString m_key;
    QColor m_color;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QList<QLineSeries *> m_lines;
    QScatterSeries *m_dots;
    int m_used = 0;
    qint64 m_from = 0;
    qint64 m_to = 0;
    double m_yLo = 0;
    double m_yHi = 0;
    bool m_yValid = false;
};

} // namespace urbis
