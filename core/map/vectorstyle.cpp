#include "vectorstyle.h"

#include <algorithm>

namespace urbis {

QColor VectorStyle::colorFor(const QVariant &value) const
{
    switch (mode) {
    case Mode::Single:
        return fill;
    case Mode::Categorised:
        return categories.value(value.toString(), fill);
    case Mode::Graduated: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || value.isNull() || classColors.size() != breaks.size() + 1)
            return fill;
        // The class is the number of breaks at or below the value.
        const auto it = std::upper_bound(breaks.cbegin(), breaks.cend(), v);
        return classColors.at(int(it - breaks.cbegin()));
    }
    }
    return fill;
}

VectorStyle VectorStyle::categorised(const QString &field, const QHash<QString, QColor> &categories)
{
    VectorStyle s;
    s.mode = Mode::Categorised;
    s.field = field;
    s.categories = categories;
    return s;
}

VectorStyle VectorStyle::graduated(const QString &field, const QList<double> &breaks, const QList<QColor> &colors)
{
    VectorStyle s;
    s.mode = Mode::Graduated;
    s.field = field;
    s.breaks = breaks;
    std::sort(s.breaks.begin(), s.breaks.end());
    s.classColors = colors;
    return s;
}

QList<QColor> VectorStyle::interpolated(const QColor &from, const QColor &to, int count)
{
    QList<QColor> out;
    for (int i = 0; i < count; ++i) {
        const double t = count > 1 ? double(i) / (count - 1) : 0.0;
        out << QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                                float(from.greenF() + (to.greenF() - from.greenF()) * t),
                                float(from.blueF() + (to.blueF() - from.blueF()) * t),
                                float(from.alphaF() + (to.alphaF() - from.alphaF()) * t));
    }
    return out;
}

} // namespace urbis
