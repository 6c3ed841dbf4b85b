#pragma once

#include "kpi/dashboard.h"
#include "kpi/kpimapdata.h"
#include "kpi/kpiresult.h"

#include <QMap>
#include <QScrollArea>

namespace urbis {

class DashboardGridLayout;
class KpiPanelWidget;

/**
 * Shows a dashboard's panels on its 12-column grid (DashboardPanel::cell), scrolling vertically.
 * It shows results it is given; evaluation is DashboardPage's (through a Task). A KPI that
 * failed shows its error inside its panels. Owns the panel widgets. GUI thread only.
 */
class DashboardView : public QScrollArea
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    /** Rebuilds every panel (panels show "No data" until setResults()). */
    void setDashboard(const Dashboard &dashboard);
    const Dashboard &dashboard() const { return m_dashboard; }
    /** `errors`: KPI id -> message of KPIs that failed. */
    void setResults(const QList<KpiResult> &results, const QMap<QString, QString> &errors = {});
    /** Geometry for a map panel (from KpiMapData on a worker), or why there is none. */
    void setMapShapes(const QString &panelId, const QList<KpiMapData::Shape> &shapes, const QString &error = {});

    QList<KpiPanelWidget *> panelWidgets() const { return m_panels; }
    KpiPanelWidget *panelWidget(const QString &panelId) const;
    int rowHeight() const;

signals:
    /** A panel's context menu asked for "png" or "svg". */
    void panelExportRequested(const QString &panelId, const QString &format);

private:
    Dashboard m_dashboard;
    QWidget *m_canvas = nullptr;
    DashboardGridLayout *m_grid = nullptr;
    QList<KpiPanelWidget *> m_panels;
};

} // namespace urbis
