#include "dashboardexporter.h"

#include "dashboardview.h"
#include "kpipanelwidget.h"

#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <climits>

namespace urbis {

namespace {

constexpr qreal kPdfColumn = 100; // logical width of one grid column in the PDF layout
constexpr qreal kGap = 8;
constexpr qreal kMinFitShrink = 0.6; // one page unless that needs panels below 60 % of the page-width size

Error ioError(const QString &path, const QString &why)
{
    return Error(Error::Code::Io, DashboardExporter::tr("Could not write %1.").arg(path), why);
}

Result<void> commit(QSaveFile &file)
{
    if (!file.commit())
        return ioError(file.fileName(), file.errorString());
    return {};
}

/** First grid row of each PDF page: pages break only between rows no panel spans. */
QList<int> pageStarts(const Dashboard &dashboard, int rowsPerPage)
{
    int rows = 0;
    for (const DashboardPanel &p : dashboard.panels)
        rows = std::max(rows, p.cell.y() + p.cell.height());
    QList<int> starts{0};
    int start = 0;
    while (start + rowsPerPage < rows) {
        int end = start + rowsPerPage;
        const auto spans = [&](int row) {
            for (const DashboardPanel &p : dashboard.panels)
                if (p.cell.y() < row && p.cell.y() + p.cell.height() > row)
                    return true;
            return false;
        };
        while (end > start + 1 && spans(end))
            --end;
        if (end == start + 1 && spans(end))
            end = start + rowsPerPage; // a panel taller than a page: cut it rather than loop
        starts << end;
        start = end;
    }
    return starts;
}

} // namespace

QImage DashboardExporter::panelImage(const KpiPanelWidget &panel, qreal scale)
{
    const QSize size = panel.exportSize();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    panel.renderTo(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

Result<void> DashboardExporter::panelToPng(const KpiPanelWidget &panel, const QString &path, qreal scale)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    QImage image = panelImage(panel, scale);
    image.setDevicePixelRatio(1.0); // the file's pixels are what viewers should show
    if (!image.save(&file, "PNG"))
        return ioError(path, tr("PNG encoding failed."));
    return commit(file);
}

Result<void> DashboardExporter::panelToSvg(const KpiPanelWidget &panel, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    const QSize size = panel.exportSize();
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96); // the same logical pixels as on screen, so fonts keep their size
    svg.setTitle(panel.title());
    svg.setDescription(tr("Urbis dashboard panel"));
    QPainter painter;
    if (!painter.begin(&svg))
        return ioError(path, tr("Could not start the SVG painter."));
    panel.renderTo(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return commit(file);
}

Result<void> DashboardExporter::dashboardToPdf(const DashboardView &view, const QString &path, const QString &filtersLine)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    const Dashboard &dashboard = view.dashboard();
    QPdfWriter pdf(&file);
    pdf.setResolution(96); // logical pixels like the screen: fonts and line widths keep their proportions
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    pdf.setTitle(dashboard.title);
    pdf.setCreator(QStringLiteral("Urbis"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return ioError(path, tr("Could not start the PDF painter."));

    const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    QFont titleFont = view.font();
    titleFont.setPixelSize(20);
    titleFont.setBold(true);
    QFont lineFont = view.font();
    lineFont.setPixelSize(11);
    const qreal header = QFontMetricsF(titleFont).height() + QFontMetricsF(lineFont).height() * 2 + 8;

    // Panels keep their grid proportions. A grid that fits one page without shrinking much more
    // than the page width demands goes on one page; longer ones keep the width and break into pages.
    const qreal gridWidth = Dashboard::kColumns * kPdfColumn;
    const qreal rowHeight = view.rowHeight();
    int gridRows = 1;
    for (const DashboardPanel &p : dashboard.panels)
        gridRows = std::max(gridRows, p.cell.y() + p.cell.height());
    const qreal widthScale = page.width() / gridWidth;
    const qreal fitScale = std::min(widthScale, (page.height() - header) / (gridRows * (rowHeight + kGap)));
    const bool onePage = fitScale >= kMinFitShrink * widthScale;
    const qreal scale = onePage ? fitScale : widthScale;
    const qreal left = (page.width() - gridWidth * scale) / 2;
    const int rowsPerPage = onePage ? gridRows : std::max(1, int((page.height() - header) / scale / (rowHeight + kGap)));
    const QList<int> starts = pageStarts(dashboard, rowsPerPage);

    for (int pi = 0; pi < starts.size(); ++pi) {
        if (pi > 0)
            pdf.newPage();
        painter.setFont(titleFont);
        painter.setPen(QColor(0x20, 0x24, 0x2a));
        painter.drawText(QRectF(0, 0, page.width(), QFontMetricsF(titleFont).height()), Qt::AlignLeft | Qt::AlignVCenter,
                         dashboard.title.isEmpty() ? tr("Dashboard") : dashboard.title);
        painter.setFont(lineFont);
        painter.setPen(QColor(0x50, 0x55, 0x5c));
        const QString stamp = tr("Exported %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
        const QString pageText = starts.size() > 1 ? tr("Page %1 of %2").arg(pi + 1).arg(starts.size()) : QString();
        painter.drawText(QRectF(0, QFontMetricsF(titleFont).height() + 2, page.width(), QFontMetricsF(lineFont).height() * 2),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, filtersLine);
        painter.drawText(QRectF(0, 0, page.width(), QFontMetricsF(titleFont).height()), Qt::AlignRight | Qt::AlignVCenter,
                         pageText.isEmpty() ? stamp : stamp + QStringLiteral(" · ") + pageText);

        const int first = starts[pi], last = pi + 1 < starts.size() ? starts[pi + 1] : INT_MAX;
        painter.save();
        painter.translate(left, header);
        painter.scale(scale, scale);
        const qreal pageRows = (page.height() - header) / scale;
        painter.setClipRect(QRectF(0, 0, gridWidth, pageRows));
        for (const KpiPanelWidget *panel : view.panelWidgets()) {
            const QRect cell = panel->panel().cell;
            if (cell.y() < first || cell.y() >= last)
                continue;
            const QRectF target(cell.x() * kPdfColumn, (cell.y() - first) * (rowHeight + kGap),
                                cell.width() * kPdfColumn - kGap, cell.height() * (rowHeight + kGap) - kGap);
            panel->renderTo(&painter, target);
        }
        painter.restore();
    }
    painter.end();
    return commit(file);
}

} // namespace urbis
