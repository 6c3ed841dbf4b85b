#pragma once

#include "kpi/kpiresult.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace urbis {

/**
 * Presentation rules shared by every dashboard panel, so a value, a status or a tooltip reads the
 * same in a stat tile, a chart and an exported PDF: status colours, number formatting, series
 * colours, the colour ramp of maps and the "no data" message. Stateless; GUI thread.
 */
class KpiPanelStyle
{
    Q_DECLARE_TR_FUNCTIONS(urbis::KpiPanelStyle)
public:
    /** good = green, warn = amber, bad = red, anything else = grey. */
    static QColor statusColor(const QString &status);
    /** Translated status name ("Good", "Warning", "Bad", "No status"). */
    static QString statusLabel(const QString &status);
    /** A colour-blind-friendly palette (Okabe–Ito), cycling. */
    static QColor seriesColor(int index);
    /** Sequential ramp for maps, t in [0, 1]: pale yellow to dark red. */
    static QColor rampColor(double t);
    /** "12.3 µg/m³" with sensible precision; "–" for no value. */
    static QString formatValue(std::optional<double> value, const QString &unit = {});
    static QString formatNumber(double value);
    /** "Athens · ATH-01"; empty when there are no dimensions. */
    static QString dimsLabel(const QMap<QString, QString> &dims);
    /** Rich-text tooltip: KPI name, period, dimensions, value with unit, status. */
    static QString tooltip(const QString &kpiName, const QString &period, const QString &dims,
                           std::optional<double> value, const QString &unit, const QString &status);
    static QString noDataText();
    /** Centered, wrapped, grey message text in `rect` (the no-data / error text of exports). */
    static void paintMessage(QPainter *painter, const QRectF &rect, const QString &text, const QColor &color = {});
};

} // namespace urbis
