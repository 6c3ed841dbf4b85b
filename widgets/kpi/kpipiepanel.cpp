#include "kpipiepanel.h"

#include "kpipanelstyle.h"

#include <QChart>
#include <QPieSeries>
#include <QPieSlice>

namespace urbis {

KpiPiePanel::KpiPiePanel(QWidget *parent) : KpiChartPanel(parent) {}

int KpiPiePanel::sliceCount() const
{
    const QList<QAbstractSeries *> all = chart()->series();
    return all.isEmpty() ? 0 : int(static_cast<QPieSeries *>(all.first())->count());
}

double KpiPiePanel::sliceSum() const
{
    const QList<QAbstractSeries *> all = chart()->series();
    return all.isEmpty() ? 0.0 : static_cast<QPieSeries *>(all.first())->sum();
}

bool KpiPiePanel::hasContent() const
{
    return sliceCount() > 0;
}

void KpiPiePanel::rebuild()
{
    clearChart();
    chart()->setTitle(QString());
    m_period.clear();
    if (results().isEmpty())
        return;
    const KpiSeriesData pivot = KpiSeriesData::build({results().first()}, kpis(), dimension());
    const int p = pivot.latestPeriod();
    if (p < 0)
        return;
    m_period = pivot.periods[p];
    auto *series = new QPieSeries;
    series->setPieSize(0.7);
    int skipped = 0;
    for (int si = 0; si < pivot.series.size(); ++si) {
        const KpiSeriesData::Series &s = pivot.series[si];
        const std::optional<double> v = s.values.value(p);
        if (!v || *v <= 0) {
            ++skipped;
            continue;
        }
        auto *slice = series->append(s.name, *v);
        slice->setColor(KpiPanelStyle::seriesColor(si));
        slice->setBorderColor(Qt::white);
        const QString tip = KpiPanelStyle::tooltip(s.kpiName, m_period, s.key, v, s.unit, s.statuses.value(p));
        connect(slice, &QPieSlice::hovered, this, [slice, tip](bool state) {
            slice->setExploded(state);
            showToolTip(state ? tip + QStringLiteral("<br>") + tr("Share: %1 %").arg(slice->percentage() * 100, 0, 'f', 1)
                              : QString());
        });
    }
    if (series->count() == 0) {
        delete series;
        return;
    }
    // The legend carries names and values: slice labels would repeat them and squeeze the pie.
    series->setLabelsVisible(false);
    series->setPieSize(0.85);
    for (QPieSlice *slice : series->slices())
        slice->setLabel(QStringLiteral("%1: %2").arg(slice->label(), KpiPanelStyle::formatNumber(slice->value())));
    chart()->addSeries(series);
    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignRight);
    QString title = m_period;
    if (skipped > 0)
        title += QStringLiteral(" ") + tr("(%n value(s) without a slice)", nullptr, skipped);
    QFont font = chart()->titleFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    chart()->setTitleFont(font);
    chart()->setTitle(title);
}

} // namespace urbis
