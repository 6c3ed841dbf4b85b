#include "kpipanelstyle.h"

#include <QLocale>
#include <QPainter>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace urbis {

QColor KpiPanelStyle::statusColor(const QString &status)
{
    if (status == QLatin1String("good"))
        return QColor(0x2e, 0x9d, 0x4f);
    if (status == QLatin1String("warn"))
        return QColor(0xe6, 0x9a, 0x00);
    if (status == QLatin1String("bad"))
        return QColor(0xd0, 0x32, 0x2b);
    return QColor(0x8a, 0x8f, 0x96);
}

QString KpiPanelStyle::statusLabel(const QString &status)
{
    if (status == QLatin1String("good"))
        return tr("Good");
    if (status == QLatin1String("warn"))
        return tr("Warning");
    if (status == QLatin1String("bad"))
        return tr("Bad");
    return tr("No status");
}

QColor KpiPanelStyle::seriesColor(int index)
{
    // Okabe–Ito: distinguishable with the common colour-vision deficiencies.
    static const QList<QColor> palette = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                          QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                          QColor(0xf0, 0xe4, 0x42), QColor(0x44, 0x44, 0x44)};
    return palette.at(((index % palette.size()) + palette.size()) % palette.size());
}

QColor KpiPanelStyle::rampColor(double t)
{
    static const QList<QColor> stops = {QColor(0xff, 0xf5, 0xb8), QColor(0xfe, 0xb2, 0x4c), QColor(0xf0, 0x3b, 0x20),
                                        QColor(0x80, 0x00, 0x26)};
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0) * (stops.size() - 1);
    const int i = std::min(int(t), int(stops.size()) - 2);
    const double f = t - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QString KpiPanelStyle::formatNumber(double value)
{
    const double a = std::abs(value);
    // Enough digits to tell neighbouring values apart without printing float noise.
    const int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? 2 : a == 0 ? 0 : 3;
    return QLocale().toString(value, 'f', decimals);
}

QString KpiPanelStyle::formatValue(std::optional<double> value, const QString &unit)
{
    if (!value)
        return QStringLiteral("–");
    const QString number = formatNumber(*value);
    if (unit.isEmpty() || unit == QLatin1String("1"))
        return number;
    return unit == QLatin1String("%") ? number + unit : number + QChar(0x202f) + unit;
}

QString KpiPanelStyle::dimsLabel(const QMap<QString, QString> &dims)
{
    QStringList parts;
    for (auto it = dims.cbegin(); it != dims.cend(); ++it)
        parts << (it.value().isEmpty() ? tr("(empty)") : it.value());
    return parts.join(QStringLiteral(" · "));
}

QString KpiPanelStyle::tooltip(const QString &kpiName, const QString &period, const QString &dims,
                               std::optional<double> value, const QString &unit, const QString &status)
{
    QString text = QStringLiteral("<b>%1</b>").arg(kpiName.toHtmlEscaped());
    if (!period.isEmpty())
        text += QStringLiteral("<br>") + tr("Period: %1").arg(period.toHtmlEscaped());
    if (!dims.isEmpty())
        text += QStringLiteral("<br>") + dims.toHtmlEscaped();
    text += QStringLiteral("<br>") + (value ? tr("Value: %1").arg(formatValue(value, unit).toHtmlEscaped()) : tr("No value"));
    if (!status.isEmpty())
        text += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(statusColor(status).name(), statusLabel(status).toHtmlEscaped());
    return text;
}

QString KpiPanelStyle::noDataText()
{
    return tr("No data for these filters");
}

void KpiPanelStyle::paintMessage(QPainter *painter, const QRectF &rect, const QString &text, const QColor &color)
{
    painter->save();
    painter->setPen(color.isValid() ? color : QColor(0x6b, 0x70, 0x78));
    QFont font = painter->font();
    font.setItalic(true);
    painter->setFont(font);
    painter->drawText(rect.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, text);
    painter->restore();
}

} // namespace urbis
