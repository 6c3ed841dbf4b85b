#include "colorramp.h"

#include <algorithm>

namespace urbis {

ColorRamp::ColorRamp(QList<Stop> stops) : m_stops(std::move(stops))
{
    std::sort(m_stops.begin(), m_stops.end(), [](const Stop &a, const Stop &b) { return a.first < b.first; });
}

QColor ColorRamp::at(double t) const
{
    if (m_stops.isEmpty())
        return Qt::black;
    if (t <= m_stops.first().first)
        return m_stops.first().second;
    if (t >= m_stops.last().first)
        return m_stops.last().second;
    for (int i = 1; i < m_stops.size(); ++i) {
        const Stop &a = m_stops.at(i - 1), &b = m_stops.at(i);
        if (t > b.first)
            continue;
        const double span = b.first - a.first;
        const double f = span > 0 ? (t - a.first) / span : 0.0;
        auto mix = [f](int x, int y) { return int(x + (y - x) * f + 0.5); };
        return QColor(mix(a.second.red(), b.second.red()), mix(a.second.green(), b.second.green()),
                      mix(a.second.blue(), b.second.blue()), mix(a.second.alpha(), b.second.alpha()));
    }
    return m_stops.last().second;
}

ColorRamp ColorRamp::hazard()
{
    return ColorRamp({{0.0, QColor(255, 255, 178)}, {0.5, QColor(253, 141, 60)}, {1.0, QColor(189, 0, 38)}});
}

ColorRamp ColorRamp::blues()
{
    return ColorRamp({{0.0, QColor(222, 235, 247)}, {0.5, QColor(107, 174, 214)}, {1.0, QColor(8, 48, 107)}});
}

ColorRamp ColorRamp::viridis()
{
    return ColorRamp({{0.0, QColor(68, 1, 84)},
                      {0.25, QColor(59, 82, 139)},
                      {0.5, QColor(33, 145, 140)},
                      {0.75, QColor(94, 201, 98)},
                      {1.0, QColor(253, 231, 37)}});
}

} // namespace urbis
