#include "scenariotextfields.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <optional>

namespace urbis {

namespace {

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(QLatin1Char('\n')))
        out << l.trimmed();
    return out;
}

/** "a, b" (comma and/or blanks between) as two numbers. */
std::optional<std::pair<double, double>> pair(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[,\\s]+"));
    const QStringList parts = text.trimmed().split(sep, Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return std::nullopt;
    bool okA = false, okB = false;
    const double a = QLocale::c().toDouble(parts.at(0), &okA);
    const double b = QLocale::c().toDouble(parts.at(1), &okB);
    if (!okA || !okB)
        return std::nullopt;
    return std::make_pair(a, b);
}

std::optional<QPoint> cell(const QString &text)
{
    const auto p = pair(text);
    if (!p || p->first != std::floor(p->first) || p->second != std::floor(p->second) || std::abs(p->first) > 1e9
        || std::abs(p->second) > 1e9)
        return std::nullopt;
    return QPoint(int(p->first), int(p->second));
}

Error lineError(const QString &field, int line, const QString &expected)
{
    return Error(Error::Code::InvalidData,
                 ScenarioTextFields::tr("%1, line %2: expected %3").arg(field).arg(line).arg(expected));
}

} // namespace

QString ScenarioTextFields::formatCells(const QList<QPoint> &cells)
{
    QStringList out;
    for (const QPoint &p : cells)
        out << QStringLiteral("%1, %2").arg(p.x()).arg(p.y());
    return out.join(QLatin1Char('\n'));
}

Result<QList<QPoint>> ScenarioTextFields::parseCells(const QString &text, const QString &field)
{
    QList<QPoint> cells;
    const QStringList ls = lines(text);
    for (int i = 0; i < ls.size(); ++i) {
        if (ls.at(i).isEmpty())
            continue;
        const auto c = cell(ls.at(i));
        if (!c)
            return lineError(field, i + 1, tr("a cell as \"column, row\" (whole numbers)"));
        cells << *c;
    }
    return cells;
}

QString ScenarioTextFields::formatPolylines(const QList<QPolygon> &polylines)
{
    QStringList out;
    for (const QPolygon &line : polylines) {
        QStringList cells;
        for (const QPoint &p : line)
            cells << QStringLiteral("%1, %2").arg(p.x()).arg(p.y());
        out << cells.join(QStringLiteral("; "));
    }
    return out.join(QLatin1Char('\n'));
}

Result<QList<QPolygon>> ScenarioTextFields::parsePolylines(const QString &text, const QString &field)
{
    QList<QPolygon> polylines;
    const QStringList ls = lines(text);
    for (int i = 0; i < ls.size(); ++i) {
        if (ls.at(i).isEmpty())
            continue;
        QPolygon line;
        for (const QString &part : ls.at(i).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const auto c = cell(part);
            if (!c)
                return lineError(field, i + 1, tr("cells as \"column, row; column, row; …\""));
            line << *c;
        }
        if (line.size() < 2)
            return lineError(field, i + 1, tr("at least two cells in a line"));
        polylines << line;
    }
    return polylines;
}

QString ScenarioTextFields::formatSeries(const QList<TimeSeriesPoint> &series)
{
    QStringList out;
    for (const TimeSeriesPoint &p : series)
        out << QStringLiteral("%1, %2").arg(p.timeSec, 0, 'g', 10).arg(p.value, 0, 'g', 10);
    return out.join(QLatin1Char('\n'));
}

Result<QList<TimeSeriesPoint>> ScenarioTextFields::parseSeries(const QString &text, const QString &field)
{
    QList<TimeSeriesPoint> series;
    const QStringList ls = lines(text);
    for (int i = 0; i < ls.size(); ++i) {
        if (ls.at(i).isEmpty())
            continue;
        const auto p = pair(ls.at(i));
        if (!p || p->first < 0 || p->second < 0)
            return lineError(field, i + 1, tr("\"seconds, value\" with numbers >= 0"));
        if (!series.isEmpty() && p->first <= series.last().timeSec)
            return lineError(field, i + 1, tr("a time later than the line before"));
        series << TimeSeriesPoint{p->first, p->second};
    }
    return series;
}

} // namespace urbis
