#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace urbis {

/**
 * A node of a parsed KPI formula. Three layers share the type: value expressions (numbers,
 * arithmetic, aggregates, time shifts), row expressions inside an aggregate (fields, numbers,
 * arithmetic) and row conditions (comparisons, in, is null, and/or/not). Immutable once parsed;
 * shared between the checker, the SQL compiler and the evaluator.
 */
struct FormulaNode
{
    enum class Kind {
        Number,    ///< number
        Field,     ///< alias.name (alias may be empty)
        Binary,    ///< op in + - * /; children[0], children[1]
        Negate,    ///< children[0]
        Aggregate, ///< function; children[0] = row expression or null (count()); condition
        Shift,     ///< function prev/last_year/pct_change/yoy_pct; children[0]
        Compare,   ///< op in = != < <= > >=; children[0] = Field; literal
        In,        ///< children[0] = Field; literals
        IsNull,    ///< children[0] = Field; negated = "is not null"
        And,       ///< children[0], children[1]
        Or,        ///< children[0], children[1]
        Not        ///< children[0]
    };
    enum class Function { None, Sum, Avg, Min, Max, Count, CountDistinct, Median, Percentile, Prev, LastYear, PctChange, YoyPct };

    Kind kind = Kind::Number;
    int start = 0;  ///< place in the formula text, for diagnostics
    int length = 0;
    double number = 0;      ///< Number; the percentile for Percentile (0..100)
    QString alias, name;    ///< Field
    QString op;             ///< Binary, Compare ("!=" for "<>")
    Function function = Function::None;
    QList<QVariant> literals; ///< Compare (one), In (several): double or QString
    bool negated = false;   ///< IsNull
    QList<std::shared_ptr<const FormulaNode>> children;
    std::shared_ptr<const FormulaNode> condition; ///< Aggregate: its own where, and-ed with the formula's

    using Ptr = std::shared_ptr<const FormulaNode>;
};

/** A parsed formula: the value expression and its trailing where (null when none). */
struct ParsedFormula
{
    FormulaNode::Ptr root;
    FormulaNode::Ptr where;
};

} // namespace urbis
