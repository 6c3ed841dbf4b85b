#include "dashboardview.h"

#include "dashboardgridlayout.h"
#include "kpimappanel.h"
#include "kpipanelfactory.h"
#include "kpipanelwidget.h"

#include <QLabel>

namespace urbis {

DashboardView::DashboardView(QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_canvas = new QWidget;
    m_canvas->setObjectName(QStringLiteral("dashboardCanvas"));
    m_grid = new DashboardGridLayout(m_canvas);
    m_grid->setRowHeight(80);
    setWidget(m_canvas);
}

DashboardView::~DashboardView() = default;

void DashboardView::setDashboard(const Dashboard &dashboard)
{
    m_dashboard = dashboard;
    for (KpiPanelWidget *panel : std::as_const(m_panels)) {
        m_grid->removeWidget(panel);
        delete panel;
    }
    m_panels.clear();
    for (const DashboardPanel &p : dashboard.panels) {
        KpiPanelWidget *widget = KpiPanelFactory::create(p.type, m_canvas);
        widget->setObjectName(QStringLiteral("panel-") + p.id);
        widget->setPanel(p, dashboard.kpis);
        connect(widget, &KpiPanelWidget::exportRequested, this,
                [this, id = p.id](const QString &format) { emit panelExportRequested(id, format); });
        m_grid->addWidget(widget, p.cell);
        widget->show();
        m_panels.append(widget);
    }
    m_canvas->updateGeometry();
}

void DashboardView::setResults(const QList<KpiResult> &results, const QMap<QString, QString> &errors)
{
    for (KpiPanelWidget *panel : std::as_const(m_panels))
        panel->setResults(results, errors);
}

void DashboardView::setMapShapes(const QString &panelId, const QList<KpiMapData::Shape> &shapes, const QString &error)
{
    if (auto *map = qobject_cast<KpiMapPanel *>(panelWidget(panelId)))
        map->setShapes(shapes, error);
}

KpiPanelWidget *DashboardView::panelWidget(const QString &panelId) const
{
    for (KpiPanelWidget *panel : m_panels)
        if (panel->panel().id == panelId)
            return panel;
    return nullptr;
}

int DashboardView::rowHeight() const
{
    return m_grid->rowHeight();
}

} // namespace urbis
