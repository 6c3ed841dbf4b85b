#pragma once

#include "factcube.h"
#include "formulanode.h"
#include "timegrain.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <optional>

namespace urbis {

/**
 * One aggregate of a formula (say `sum(recycled)`) rolled up from cached FactCubes to periods and
 * dimension values, ready to be looked up by the evaluator. A source whose time is coarser than
 * the KPI's grain is kept at its own grain and looked up by the enclosing period; a timeless source
 * answers for every period; a source without some KPI dimension answers for every value of it.
 */
class AggregateTable
{
public:
    /** Facts whose day is outside [from, to] are left out of the periods that overlap it. */
    struct Clip
    {
        std::optional<qint32> from, to;
        QMap<QString, QStringList> dimensionValues;
    };

    /** `rowsOnly`: count() without an argument, which counts rows rather than values. */
    AggregateTable(FormulaNode::Function function, double percentile, std::optional<TimeGrain> grain, QStringList dims,
                   bool rowsOnly = false);

    /**
     * Adds a cube. `measure` is the cube's measure for the aggregate's argument, -1 for count();
     * `cubeDims[i]` is the cube dimension holding dims()[i].
     */
    void add(const FactCube &cube, int measure, const std::vector<int> &cubeDims, const Clip &clip);
    /** Sorts collected values once all cubes are in. */
    void finish();

    /** The value for the KPI period starting at `periodStart` (at `kpiGrain`) and the KPI's dimension values. */
    std::optional<double> value(qint32 periodStart, TimeGrain kpiGrain, const QMap<QString, QString> &dims) const;
    /** Period starts and dimension values that have facts. */
    struct Key
    {
        qint32 period;
        QStringList dims;
    };
    QList<Key> keys() const;

    const QStringList &dims() const { return m_dims; }
    bool timeless() const { return !m_grain.has_value(); }
    std::optional<TimeGrain> grain() const { return m_grain; }

private:
    struct Cell
    {
        qint32 period = 0;
        QStringList dims;
        FactCube::Acc acc;
        qint64 rows = 0;
        std::vector<double> values;
        std::vector<quint64> distinct;
    };
    static QString keyOf(qint32 period, const QStringList &dims);
    std::optional<double> finalValue(const Cell &c) const;

    FormulaNode::Function m_function;
    double m_percentile;
    bool m_rowsOnly;
    std::optional<TimeGrain> m_grain;
    QStringList m_dims;
    QHash<QString, Cell> m_cells;
};

} // namespace urbis
