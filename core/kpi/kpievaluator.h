#pragma once

#include "../util/result.h"
#include "aggregatetable.h"
#include "kpidefinition.h"
#include "kpiresult.h"

#include <QCoreApplication>
#include <QHash>

namespace urbis {

/**
 * Combines a formula's rolled-up aggregates into the KPI's values: for each period and dimension
 * tuple it evaluates the value expression (arithmetic, time shifts, the division-by-zero policy)
 * and judges the result with the definition's thresholds. Nulls propagate: a period with no facts
 * has no value, and so does anything computed from it.
 */
class KpiEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(urbis::KpiEvaluator)
public:
    KpiEvaluator(const KpiDefinition &kpi, TimeGrain grain, QHash<const FormulaNode *, const AggregateTable *> tables);

    /** Values for the given periods (at the KPI grain) and dimension tuples (in kpi.dimensions order). */
    Result<QList<KpiValue>> evaluate(const FormulaNode::Ptr &root, const QList<AggregateTable::Key> &keys);

private:
    std::optional<double> value(const FormulaNode *n, qint32 period, const QMap<QString, QString> &dims);
    std::optional<double> divide(std::optional<double> a, std::optional<double> b, qint32 period);

    const KpiDefinition &m_kpi;
    TimeGrain m_grain;
    QHash<const FormulaNode *, const AggregateTable *> m_tables;
    Error m_error;
};

} // namespace urbis
