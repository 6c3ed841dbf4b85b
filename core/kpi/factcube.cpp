#include "factcube.h"

#include "periodcalendar.h"

#include <algorithm>
#include <cstring>

namespace urbis {

namespace {

constexpr int kDayBits = 24;
constexpr qint64 kDayOffset = qint64(1) << (kDayBits - 1);

const std::vector<double> kNoValues;

quint64 prefixOf(std::string_view v)
{
    quint64 p = 0;
    if (!v.empty())
        std::memcpy(&p, v.data(), std::min<size_t>(8, v.size()));
    return p;
}
const std::vector<quint64> kNoHashes;

} // namespace

FactCube::FactCube(int dimCount, std::vector<MeasureKind> measures)
    : m_dimCount(dimCount), m_kinds(std::move(measures)), m_dims(size_t(dimCount)),
      m_bitsPerDim(dimCount == 0 ? 0 : (64 - kDayBits) / dimCount)
{
}

int FactCube::intern(int d, std::string_view value)
{
    Dim &dim = m_dims[size_t(d)];
    const quint64 prefix = prefixOf(value);
    for (const Dim::Few &f : dim.few)
        if (f.prefix == prefix && f.size == value.size() &&
            (value.size() <= 8 || std::memcmp(f.text.data() + 8, value.data() + 8, value.size() - 8) == 0))
            return f.id;
    auto it = dim.ids.find(value);
    if (it != dim.ids.end())
        return it->second;
    const int id = int(dim.values.size());
    dim.ids.emplace(std::string(value), id);
    dim.values.push_back(QString::fromUtf8(value.data(), qsizetype(value.size())));
    if (dim.few.size() < kFew)
        dim.few.push_back({prefix, value.size(), std::string(value), id});
    return id;
}

int FactCube::cell(qint32 day, const int *dims)
{
    const qint64 shifted = day == PeriodCalendar::kNoDay ? 0 : qint64(day) + kDayOffset;
    bool packable = day == PeriodCalendar::kNoDay || (shifted > 0 && shifted < (qint64(1) << kDayBits));
    quint64 key = quint64(shifted);
    for (int d = 0; d < m_dimCount && packable; ++d) {
        if (quint64(dims[d]) >> m_bitsPerDim)
            packable = false;
        key |= quint64(dims[d]) << (kDayBits + d * m_bitsPerDim);
    }
    if (packable) {
        Recent &r = m_recent[size_t((key * 0x9E3779B97F4A7C15ull) >> 56)];
        if (r.key == key)
            return r.cell;
        auto [it, inserted] = m_packed.try_emplace(key, 0);
        if (inserted)
            it->second = newCell(day, dims);
        r = {key, it->second};
        return it->second;
    }
    std::vector<qint32> wide(size_t(m_dimCount) + 1);
    wide[0] = day;
    for (int d = 0; d < m_dimCount; ++d)
        wide[size_t(d) + 1] = dims[d];
    auto [it, inserted] = m_wide.try_emplace(std::move(wide), 0);
    if (inserted)
        it->second = newCell(day, dims);
    return it->second;
}

int FactCube::newCell(qint32 day, const int *dims)
{
    const int id = int(m_days.size());
    m_days.push_back(day);
    m_cellDims.insert(m_cellDims.end(), dims, dims + m_dimCount);
    m_rows.push_back(0);
    m_accs.resize(m_accs.size() + m_kinds.size());
    if (!m_values.empty() || std::count(m_kinds.begin(), m_kinds.end(), MeasureKind::Values))
        m_values.resize(m_accs.size());
    if (!m_distinct.empty() || std::count(m_kinds.begin(), m_kinds.end(), MeasureKind::Distinct))
        m_distinct.resize(m_accs.size());
    return id;
}

void FactCube::add(int c, int m, double v)
{
    Acc &a = m_accs[slot(c, m)];
    a.sum += v;
    a.min = std::min(a.min, v);
    a.max = std::max(a.max, v);
    ++a.count;
    if (m_kinds[size_t(m)] == MeasureKind::Values)
        m_values[slot(c, m)].push_back(v);
}

void FactCube::addDistinct(int c, int m, quint64 hash)
{
    ++m_accs[slot(c, m)].count;
    m_distinct[slot(c, m)].push_back(hash);
}

void FactCube::merge(const FactCube &other)
{
    std::vector<std::vector<int>> remap(static_cast<size_t>(m_dimCount));
    for (int d = 0; d < m_dimCount; ++d)
        for (const QString &v : other.m_dims[size_t(d)].values)
            remap[size_t(d)].push_back(intern(d, v.toStdString()));
    std::vector<int> dims(static_cast<size_t>(m_dimCount), 0);
    for (int oc = 0; oc < other.cellCount(); ++oc) {
        for (int d = 0; d < m_dimCount; ++d)
            dims[size_t(d)] = remap[size_t(d)][size_t(other.dim(oc, d))];
        const int c = cell(other.day(oc), dims.data());
        m_rows[size_t(c)] += other.rows(oc);
        for (int m = 0; m < measureCount(); ++m) {
            const Acc &b = other.acc(oc, m);
            Acc &a = m_accs[slot(c, m)];
            a.sum += b.sum;
            a.min = std::min(a.min, b.min);
            a.max = std::max(a.max, b.max);
            a.count += b.count;
            if (m_kinds[size_t(m)] == MeasureKind::Values) {
                const auto &src = other.m_values[other.slot(oc, m)];
                m_values[slot(c, m)].insert(m_values[slot(c, m)].end(), src.begin(), src.end());
            } else if (m_kinds[size_t(m)] == MeasureKind::Distinct) {
                const auto &src = other.m_distinct[other.slot(oc, m)];
                m_distinct[slot(c, m)].insert(m_distinct[slot(c, m)].end(), src.begin(), src.end());
            }
        }
    }
    factRows += other.factRows;
}

void FactCube::finish()
{
    for (auto &h : m_distinct) {
        std::sort(h.begin(), h.end());
        h.erase(std::unique(h.begin(), h.end()), h.end());
    }
}

const std::vector<double> &FactCube::values(int c, int m) const
{
    return m_values.empty() ? kNoValues : m_values[slot(c, m)];
}

const std::vector<quint64> &FactCube::distinct(int c, int m) const
{
    return m_distinct.empty() ? kNoHashes : m_distinct[slot(c, m)];
}

qint64 FactCube::bytes() const
{
    qint64 b = qint64(m_days.size()) * (4 + 8 + 24) + qint64(m_cellDims.size()) * 4 + qint64(m_accs.size()) * qint64(sizeof(Acc));
    for (const auto &v : m_values)
        b += qint64(v.capacity()) * 8 + 24;
    for (const auto &h : m_distinct)
        b += qint64(h.capacity()) * 8 + 24;
    for (const auto &d : m_dims)
        for (const QString &s : d.values)
            b += 64 + s.size() * 4;
    return b;
}

} // namespace urbis
