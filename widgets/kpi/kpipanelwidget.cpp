#include "kpipanelwidget.h"

#include "kpipanelstyle.h"

#include <QContextMenuEvent>
#include <QCursor>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace urbis {

namespace {
constexpr int kCellWidth = 100;  // export size of one grid cell when the panel was never laid out
constexpr int kCellHeight = 80;
constexpr qreal kTitleHeight = 28;
} // namespace

KpiPanelWidget::KpiPanelWidget(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setMinimumSize(120, 90);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #d0322b;"));
    m_note->hide();
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #6b7078; font-style: italic;"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
}

KpiPanelWidget::~KpiPanelWidget() = default;

void KpiPanelWidget::setPanel(const DashboardPanel &panel, const QList<KpiDefinition> &kpis)
{
    m_panel = panel;
    m_kpis.clear();
    for (const QString &id : panel.kpis)
        for (const KpiDefinition &k : kpis)
            if (k.id == id)
                m_kpis.append(k);
    m_title->setText(title());
    m_results.clear();
    m_errors.clear();
    refresh();
}

void KpiPanelWidget::setResults(const QList<KpiResult> &results, const QMap<QString, QString> &errors)
{
    m_results.clear();
    m_errors.clear();
    for (const QString &id : m_panel.kpis) {
        for (const KpiResult &r : results)
            if (r.id == id)
                m_results.append(r);
        if (errors.contains(id))
            m_errors.insert(id, errors.value(id));
    }
    refresh();
}

QString KpiPanelWidget::title() const
{
    if (!m_panel.title.isEmpty())
        return m_panel.title;
    if (!m_kpis.isEmpty())
        return m_kpis.first().name.isEmpty() ? m_kpis.first().id : m_kpis.first().name;
    return m_panel.kpis.value(0, tr("Panel"));
}

const KpiDefinition *KpiPanelWidget::kpi(const QString &id) const
{
    for (const KpiDefinition &k : m_kpis)
        if (k.id == id)
            return &k;
    return nullptr;
}

QString KpiPanelWidget::dimension() const
{
    return m_panel.options.value(QLatin1String("dimension")).toString();
}

void KpiPanelWidget::setContentWidget(QWidget *content)
{
    m_content = content;
    m_stack->addWidget(content);
    m_stack->setCurrentWidget(m_message);
    m_message->setText(KpiPanelStyle::noDataText());
}

bool KpiPanelWidget::hasContent() const
{
    for (const KpiResult &r : m_results)
        for (const KpiValue &v : r.values)
            if (v.value)
                return true;
    return false;
}

QString KpiPanelWidget::emptyMessage() const
{
    return KpiPanelStyle::noDataText();
}

QString KpiPanelWidget::message() const
{
    if (!m_errors.isEmpty() && (m_errors.size() == m_panel.kpis.size() || !hasContent())) {
        QStringList lines;
        for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
            const KpiDefinition *k = kpi(it.key());
            lines << tr("%1: %2").arg(k && !k->name.isEmpty() ? k->name : it.key(), it.value());
        }
        return lines.join(QLatin1Char('\n'));
    }
    return hasContent() ? QString() : emptyMessage();
}

void KpiPanelWidget::refresh()
{
    rebuild();
    const QString text = message();
    // A KPI that failed next to ones that did not: keep the chart, name the failure above it.
    const bool partial = text.isEmpty() && !m_errors.isEmpty();
    m_note->setVisible(partial);
    if (partial)
        m_note->setText(tr("Not shown: %1").arg(QStringList(m_errors.keys()).join(QStringLiteral(", "))));
    m_message->setText(text);
    m_message->setStyleSheet(m_errors.isEmpty() ? QStringLiteral("color: #6b7078; font-style: italic;")
                                                : QStringLiteral("color: #d0322b;"));
    m_stack->setCurrentWidget(text.isEmpty() && m_content ? m_content : m_message);
}

QSize KpiPanelWidget::exportSize() const
{
    if (testAttribute(Qt::WA_WState_Created) && isVisible() && width() > 0)
        return size();
    return QSize(m_panel.cell.width() * kCellWidth, m_panel.cell.height() * kCellHeight);
}

void KpiPanelWidget::renderTo(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setClipRect(rect);
    const QRectF frame = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(QColor(0xc8, 0xcc, 0xd2));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(frame, 4, 4);

    QFont font = this->font();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x20, 0x24, 0x2a));
    const QRectF titleRect(rect.left() + 8, rect.top() + 4, rect.width() - 16, kTitleHeight - 4);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(title(), Qt::ElideRight, int(titleRect.width())));
    painter->setFont(this->font());

    const QRectF body = rect.adjusted(6, kTitleHeight, -6, -6);
    const QString text = message();
    if (text.isEmpty())
        renderContent(painter, body);
    else
        KpiPanelStyle::paintMessage(painter, body, text, m_errors.isEmpty() ? QColor() : QColor(0xd0, 0x32, 0x2b));
    painter->restore();
}

void KpiPanelWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export panel as PNG…"), this, [this] { emit exportRequested(QStringLiteral("png")); });
    menu.addAction(tr("Export panel as SVG…"), this, [this] { emit exportRequested(QStringLiteral("svg")); });
    menu.exec(event->globalPos());
}

void KpiPanelWidget::showToolTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

} // namespace urbis
