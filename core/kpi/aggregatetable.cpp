#include "aggregatetable.h"

#include "periodcalendar.h"

#include <algorithm>
#include <cmath>

namespace urbis {

using Fn = FormulaNode::Function;

AggregateTable::AggregateTable(FormulaNode::Function function, double percentile, std::optional<TimeGrain> grain, QStringList dims,
                               bool rowsOnly)
    : m_function(function), m_percentile(percentile), m_rowsOnly(rowsOnly), m_grain(grain), m_dims(std::move(dims))
{
}

QString AggregateTable::keyOf(qint32 period, const QStringList &dims)
{
    QString k = QString::number(period);
    for (const QString &d : dims)
        k += QChar(0x1f) + d;
    return k;
}

void AggregateTable::add(const FactCube &cube, int measure, const std::vector<int> &cubeDims, const Clip &clip)
{
    // Which cube dimension ids pass the dimension filter, decided once per id rather than per cell.
    std::vector<std::vector<char>> allowed(m_dims.size());
    for (qsizetype i = 0; i < m_dims.size(); ++i) {
        const auto f = clip.dimensionValues.constFind(m_dims.at(i));
        if (f == clip.dimensionValues.constEnd())
            continue;
        for (int id = 0; id < cube.dimValueCount(cubeDims[size_t(i)]); ++id)
            allowed[size_t(i)].push_back(f->contains(cube.dimValue(cubeDims[size_t(i)], id)) ? 1 : 0);
    }
    QStringList dims;
    for (int c = 0; c < cube.cellCount(); ++c) {
        const qint32 day = cube.day(c);
        qint32 period = PeriodCalendar::kNoDay;
        if (m_grain && day != PeriodCalendar::kNoDay) {
            period = PeriodCalendar::periodStart(day, *m_grain);
            const bool outside = (clip.from && day < *clip.from) || (clip.to && day > *clip.to);
            if (outside) {
                const qint32 end = PeriodCalendar::periodEnd(period, *m_grain);
                const bool overlaps = (!clip.from || end >= *clip.from) && (!clip.to || period <= *clip.to);
                if (overlaps)
                    continue; // a period inside the range counts only the range's days
            }
        }
        dims.clear();
        bool pass = true;
        for (qsizetype i = 0; i < m_dims.size() && pass; ++i) {
            const int id = cube.dim(c, cubeDims[size_t(i)]);
            const auto &ok = allowed[size_t(i)];
            if (!ok.empty())
                pass = size_t(id) < ok.size() && ok[size_t(id)];
            dims << cube.dimValue(cubeDims[size_t(i)], id);
        }
        if (!pass)
            continue;
        Cell &cell = m_cells[keyOf(period, dims)];
        cell.period = period;
        cell.dims = dims;
        cell.rows += cube.rows(c);
        if (measure < 0)
            continue;
        const FactCube::Acc &a = cube.acc(c, measure);
        cell.acc.sum += a.sum;
        cell.acc.min = std::min(cell.acc.min, a.min);
        cell.acc.max = std::max(cell.acc.max, a.max);
        cell.acc.count += a.count;
        if (m_function == Fn::Median || m_function == Fn::Percentile) {
            const auto &v = cube.values(c, measure);
            cell.values.insert(cell.values.end(), v.begin(), v.end());
        } else if (m_function == Fn::CountDistinct) {
            const auto &h = cube.distinct(c, measure);
            cell.distinct.insert(cell.distinct.end(), h.begin(), h.end());
        }
    }
}

void AggregateTable::finish()
{
    for (Cell &c : m_cells) {
        std::sort(c.values.begin(), c.values.end());
        std::sort(c.distinct.begin(), c.distinct.end());
        c.distinct.erase(std::unique(c.distinct.begin(), c.distinct.end()), c.distinct.end());
    }
}

std::optional<double> AggregateTable::finalValue(const Cell &c) const
{
    const FactCube::Acc &a = c.acc;
    switch (m_function) {
    case Fn::Count: return double(m_rowsOnly ? c.rows : a.count);
    case Fn::CountDistinct: return double(c.distinct.size());
    case Fn::Sum: return a.count ? std::optional<double>(a.sum) : std::nullopt;
    case Fn::Avg: return a.count ? std::optional<double>(a.sum / double(a.count)) : std::nullopt;
    case Fn::Min: return a.count ? std::optional<double>(a.min) : std::nullopt;
    case Fn::Max: return a.count ? std::optional<double>(a.max) : std::nullopt;
    case Fn::Median:
    case Fn::Percentile: {
        if (c.values.empty())
            return std::nullopt;
        // Linear interpolation between closest ranks (numpy's default).
        const double rank = m_percentile / 100.0 * double(c.values.size() - 1);
        const size_t lo = size_t(std::floor(rank));
        const size_t hi = std::min(lo + 1, c.values.size() - 1);
        return c.values[lo] + (rank - double(lo)) * (c.values[hi] - c.values[lo]);
    }
    default: return std::nullopt;
    }
}

std::optional<double> AggregateTable::value(qint32 periodStart, TimeGrain kpiGrain, const QMap<QString, QString> &dims) const
{
    qint32 period = PeriodCalendar::kNoDay;
    if (m_grain)
        period = *m_grain == kpiGrain ? periodStart : PeriodCalendar::periodStart(periodStart, *m_grain);
    QStringList key;
    for (const QString &d : m_dims)
        key << dims.value(d);
    const auto it = m_cells.constFind(keyOf(period, key));
    if (it == m_cells.constEnd())
        return std::nullopt; // an empty period has no value, not 0
    return finalValue(*it);
}

QList<AggregateTable::Key> AggregateTable::keys() const
{
    QList<Key> out;
    out.reserve(m_cells.size());
    for (const Cell &c : m_cells)
        out.append({c.period, c.dims});
    return out;
}

} // namespace urbis
