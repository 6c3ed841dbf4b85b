#pragma once

#include "kpi/dashboardpanel.h"
#include "kpi/kpidefinition.h"
#include "kpi/kpiresult.h"

#include <QFrame>
#include <QMap>

class QLabel;
class QPainter;
class QStackedWidget;

namespace urbis {

/**
 * A dashboard tile: title, then one visualisation of the results of its KPIs, or a clear message
 * ("No data for these filters", or the KPI's evaluation error) instead of an empty frame.
 *
 * Subclasses build their content in rebuild() and paint it for exports in renderContent(); the
 * same title and message logic applies on screen and in PNG/SVG/PDF (renderTo()). Holds copies of
 * the panel, its definitions and its results; the widget tree is owned by Qt. GUI thread only.
 */
class KpiPanelWidget : public QFrame
{
    Q_OBJECT
public:
    explicit KpiPanelWidget(QWidget *parent = nullptr);
    ~KpiPanelWidget() override;

    /** `kpis` may be the whole dashboard's list: the panel keeps the ones it names. */
    void setPanel(const DashboardPanel &panel, const QList<KpiDefinition> &kpis);
    /** Keeps the results of this panel's KPIs; `errors` (KPI id -> message) replace content with the message. */
    void setResults(const QList<KpiResult> &results, const QMap<QString, QString> &errors = {});

    const DashboardPanel &panel() const { return m_panel; }
    QString title() const;
    /** The text shown instead of content (error or no data); empty while content is shown. */
    QString message() const;
    /** The panel as exports draw it: frame, title and content (or the message), scaled into `rect`. */
    void renderTo(QPainter *painter, const QRectF &rect) const;
    /** The size to export at: the on-screen size once laid out, else one derived from the grid cell. */
    QSize exportSize() const;

signals:
    /** The user picked "Export panel as PNG…" ("png") or "…as SVG…" ("svg") in the context menu. */
    void exportRequested(const QString &format);

protected:
    const QList<KpiDefinition> &kpis() const { return m_kpis; }
    const KpiDefinition *kpi(const QString &id) const;
    /** Results of this panel's KPIs, in the panel's order (KPIs without results are skipped). */
    const QList<KpiResult> &results() const { return m_results; }
    /** The panel's "dimension" option (may be empty). */
    QString dimension() const;
    /** The widget shown while there is content; owned by this panel. */
    void setContentWidget(QWidget *content);

    /** Rebuilds the content from panel(), kpis() and results(). */
    virtual void rebuild() = 0;
    /** False shows the no-data message; the default: some result has a value. */
    virtual bool hasContent() const;
    /** Why there is no content (the default: "No data for these filters"). */
    virtual QString emptyMessage() const;
    /** Paints the content into `rect` for exports, with a white background already drawn. */
    virtual void renderContent(QPainter *painter, const QRectF &rect) const = 0;

    void contextMenuEvent(QContextMenuEvent *event) override;
    /** Shows a hover tooltip at the cursor; an empty text hides it. */
    static void showToolTip(const QString &text);
    /** Rebuilds and re-decides between content and message (after data a subclass holds changed). */
    void refresh();

private:

    DashboardPanel m_panel;
    QList<KpiDefinition> m_kpis;
    QList<KpiResult> m_results;
    QMap<QString, QString> m_errors;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace urbis
