#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace urbis {

/**
 * Facts of one scan grouped by UTC day and grouping-field values, with per-measure partial
 * aggregates that roll up to any coarser period: count, sum, min, max; the values themselves when
 * a median or percentile needs them; hashes of distinct values for count_distinct.
 *
 * Built by one thread (FactScan gives each worker its own and merges them), then read-only and
 * shared through the KpiCache.
 */
class FactCube
{
public:
    enum class MeasureKind { Numeric, Values, Distinct };
    struct Acc
    {
        double sum = 0;
        double min = std::numeric_limits<double>::infinity();
        double max = -std::numeric_limits<double>::infinity();
        qint64 count = 0;
    };

    FactCube(int dimCount, std::vector<MeasureKind> measures);

    // Building.
    int intern(int dim, std::string_view value);
    /** The cell for a day (PeriodCalendar::kNoDay for timeless facts) and interned dimension ids. */
    int cell(qint32 day, const int *dims);
    void addRow(int cell) { ++m_rows[size_t(cell)]; }
    void add(int cell, int measure, double value);
    void addDistinct(int cell, int measure, quint64 hash);
    /** Folds `other` (same dims and measures, built by another worker) into this one. */
    void merge(const FactCube &other);
    /** Sorts and de-duplicates distinct hashes; call once after building. */
    void finish();

    // Reading.
    int cellCount() const { return int(m_days.size()); }
    int dimCount() const { return m_dimCount; }
    int measureCount() const { return int(m_kinds.size()); }
    MeasureKind kind(int measure) const { return m_kinds[size_t(measure)]; }
    qint32 day(int cell) const { return m_days[size_t(cell)]; }
    int dim(int cell, int d) const { return m_cellDims[size_t(cell * m_dimCount + d)]; }
    int dimValueCount(int d) const { return int(m_dims[size_t(d)].values.size()); }
    const QString &dimValue(int d, int id) const { return m_dims[size_t(d)].values[size_t(id)]; }
    qint64 rows(int cell) const { return m_rows[size_t(cell)]; }
    const Acc &acc(int cell, int measure) const { return m_accs[slot(cell, measure)]; }
    const std::vector<double> &values(int cell, int measure) const;
    const std::vector<quint64> &distinct(int cell, int measure) const;

    qint64 factRows = 0; ///< rows read by the scan
    qint64 bytes() const;

private:
    size_t slot(int cell, int measure) const { return size_t(cell) * m_kinds.size() + size_t(measure); }
    int newCell(qint32 day, const int *dims);

    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    struct Dim
    {
        std::unordered_map<std::string, int, StringHash, std::equal_to<>> ids;
        std::vector<QString> values;
        /**
         * The first few distinct values, searched linearly by length and first eight bytes:
         * cheaper than hashing for cities and stations.
         */
        struct Few
        {
            quint64 prefix;
            size_t size;
            std::string text;
            int id;
        };
        std::vector<Few> few;
    };
    static constexpr size_t kFew = 16;
    struct Recent
    {
        quint64 key = ~quint64(0);
        int cell = -1;
    };
    std::vector<Recent> m_recent = std::vector<Recent>(256); ///< direct-mapped cache in front of m_packed

    int m_dimCount;
    std::vector<MeasureKind> m_kinds;
    std::vector<Dim> m_dims;
    std::vector<qint32> m_days;
    std::vector<int> m_cellDims;
    std::vector<qint64> m_rows;
    std::vector<Acc> m_accs;
    std::vector<std::vector<double>> m_values;    ///< per slot, only for Values measures
    std::vector<std::vector<quint64>> m_distinct; ///< per slot, only for Distinct measures
    std::unordered_map<quint64, int> m_packed;    ///< day and dims packed in 64 bits (the usual case)
    std::map<std::vector<qint32>, int> m_wide;    ///< when they do not fit
    int m_bitsPerDim;
};

} // namespace urbis
