#pragma once

#include "kpichartpanel.h"

namespace urbis {

/**
 * Grouped bar chart. With a single period the categories are the dimension values (one bar each);
 * otherwise the categories are the periods and each dimension value (and KPI) is a bar set.
 * A period without a value has no bar (height 0), and its tooltip says "No value".
 * KpiStackedBarPanel reuses it with a QStackedBarSeries.
 */
class KpiBarPanel : public KpiChartPanel
{
    Q_OBJECT
public:
    explicit KpiBarPanel(QWidget *parent = nullptr);

    QStringList categories() const { return m_categories; }
    /** Bar sets, one per series (or one when the categories are dimension values). */
    int setCount() const { return int(m_sets.size()); }

protected:
    /** Used by KpiStackedBarPanel. */
    KpiBarPanel(bool stacked, QWidget *parent);
    void rebuild() override;

private:
    struct Cell { QString kpiName, period, dims, unit, status; std::optional<double> value; };
    void onHovered(bool status, int index, int set);

    bool m_stacked = false;
    QStringList m_categories;
    QList<QList<Cell>> m_sets; ///< per bar set, per category
};

} // namespace urbis
