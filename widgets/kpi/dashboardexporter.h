#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace urbis {

class DashboardView;
class KpiPanelWidget;

/**
 * Writes what a dashboard shows to files: one panel as PNG (rendered at 2× for sharp print and
 * slides) or SVG, the whole dashboard as a PDF (A4 landscape; title, the filters line, panels at
 * their grid positions scaled to the page width, more pages when the grid is long). Files are
 * written through QSaveFile, so a failed export leaves no half file. GUI thread (it renders widgets).
 */
class DashboardExporter
{
    Q_DECLARE_TR_FUNCTIONS(urbis::DashboardExporter)
public:
    /** The panel at its export size × `scale` (device pixel ratio `scale`). */
    static QImage panelImage(const KpiPanelWidget &panel, qreal scale = 2.0);
    static Result<void> panelToPng(const KpiPanelWidget &panel, const QString &path, qreal scale = 2.0);
    static Result<void> panelToSvg(const KpiPanelWidget &panel, const QString &path);
    /** `filtersLine`: the filters in words (DashboardFilterBar::describe()). */
    static Result<void> dashboardToPdf(const DashboardView &view, const QString &path, const QString &filtersLine);
};

} // namespace urbis
