#include "kpievaluator.h"

#include "periodcalendar.h"

#include <cmath>

namespace urbis {

using Kind = FormulaNode::Kind;
using Fn = FormulaNode::Function;

KpiEvaluator::KpiEvaluator(const KpiDefinition &kpi, TimeGrain grain, QHash<const FormulaNode *, const AggregateTable *> tables)
    : m_kpi(kpi), m_grain(grain), m_tables(std::move(tables))
{
}

std::optional<double> KpiEvaluator::divide(std::optional<double> a, std::optional<double> b, qint32 period)
{
    if (!a || !b)
        return std::nullopt;
    if (*b == 0) {
        if (m_kpi.divisionByZero == KpiDefinition::DivisionByZero::Error && !m_error.isError())
            m_error = Error(Error::Code::InvalidData,
                            tr("KPI \"%1\": division by zero in period %2").arg(m_kpi.id, PeriodCalendar::label(period, m_grain)));
        return std::nullopt;
    }
    return *a / *b;
}

std::optional<double> KpiEvaluator::value(const FormulaNode *n, qint32 period, const QMap<QString, QString> &dims)
{
    switch (n->kind) {
    case Kind::Number: return n->number;
    case Kind::Negate: {
        const auto v = value(n->children.at(0).get(), period, dims);
        return v ? std::optional<double>(-*v) : std::nullopt;
    }
    case Kind::Binary: {
        const auto a = value(n->children.at(0).get(), period, dims);
        const auto b = value(n->children.at(1).get(), period, dims);
        if (n->op == QLatin1String("/"))
            return divide(a, b, period);
        if (!a || !b)
            return std::nullopt;
        if (n->op == QLatin1String("+"))
            return *a + *b;
        if (n->op == QLatin1String("-"))
            return *a - *b;
        return *a * *b;
    }
    case Kind::Aggregate: {
        const AggregateTable *t = m_tables.value(n);
        return t ? t->value(period, m_grain, dims) : std::nullopt;
    }
    case Kind::Shift: {
        const FormulaNode *inner = n->children.at(0).get();
        const bool yearly = n->function == Fn::LastYear || n->function == Fn::YoyPct;
        const std::optional<qint32> other = yearly ? PeriodCalendar::sameLastYear(period, m_grain)
                                                   : std::optional<qint32>(PeriodCalendar::previous(period, m_grain));
        const auto before = other ? value(inner, *other, dims) : std::nullopt;
        if (n->function == Fn::Prev || n->function == Fn::LastYear)
            return before;
        const auto now = value(inner, period, dims);
        if (!now || !before)
            return std::nullopt;
        const auto ratio = divide(*now - *before, before, period);
        return ratio ? std::optional<double>(100.0 * *ratio) : std::nullopt;
    }
    default: return std::nullopt;
    }
}

Result<QList<KpiValue>> KpiEvaluator::evaluate(const FormulaNode::Ptr &root, const QList<AggregateTable::Key> &keys)
{
    QList<KpiValue> out;
    out.reserve(keys.size());
    for (const AggregateTable::Key &k : keys) {
        QMap<QString, QString> dims;
        for (qsizetype i = 0; i < m_kpi.dimensions.size(); ++i)
            dims.insert(m_kpi.dimensions.at(i), k.dims.value(i));
        KpiValue v;
        v.period = PeriodCalendar::label(k.period, m_grain);
        v.dims = dims;
        v.value = value(root.get(), k.period, dims);
        if (v.value && !std::isfinite(*v.value))
            v.value.reset();
        v.status = m_kpi.statusOf(v.value);
        if (m_error.isError())
            return m_error;
        out.append(v);
    }
    return out;
}

} // namespace urbis
