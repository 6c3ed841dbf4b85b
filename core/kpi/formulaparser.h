#pragma once

#include "formulacheck.h"
#include "formulanode.h"
#include "formulatoken.h"

#include <QCoreApplication>

#include <optional>

namespace urbis {

/**
 * Recursive-descent parser for the KPI formula language (docs/kpi-formulas.md). The formula's
 * trailing `where` is and-ed into every aggregate's own condition, so later stages only look at
 * aggregates. Stops at the first syntax error and says where it is and what was expected.
 */
class FormulaParser
{
    Q_DECLARE_TR_FUNCTIONS(urbis::FormulaParser)
public:
    struct Outcome
    {
        ParsedFormula formula;
        std::optional<FormulaDiagnostic> error;
    };
    static Outcome parse(const QString &text);

    /** Visits every aggregate of a value expression (depth first, left to right). */
    template <typename F>
    static void forEachAggregate(const FormulaNode::Ptr &node, F &&f)
    {
        if (!node)
            return;
        if (node->kind == FormulaNode::Kind::Aggregate) {
            f(node);
            return;
        }
        for (const FormulaNode::Ptr &c : node->children)
            forEachAggregate(c, f);
    }

private:
    explicit FormulaParser(QList<FormulaToken> tokens) : m_tokens(std::move(tokens)) {}

    using Operand = FormulaNode::Ptr (FormulaParser::*)();
    /** operand { (op1 | op2) operand }, left-associative. */
    FormulaNode::Ptr level(Operand operand, const char *op1, const char *op2);
    /** operand { word operand } for and / or. */
    FormulaNode::Ptr logical(Operand operand, const char *word, FormulaNode::Kind kind);
    FormulaNode::Ptr expr();
    FormulaNode::Ptr term();
    FormulaNode::Ptr unary();
    FormulaNode::Ptr primary();
    FormulaNode::Ptr call(const FormulaToken &name);
    FormulaNode::Ptr rowExpr();
    FormulaNode::Ptr rowTerm();
    FormulaNode::Ptr rowUnary();
    FormulaNode::Ptr field();
    FormulaNode::Ptr condition();
    FormulaNode::Ptr conjunction();
    FormulaNode::Ptr negation();
    FormulaNode::Ptr comparison();
    std::optional<QVariant> literal();
    FormulaNode::Ptr withCondition(const FormulaNode::Ptr &node, const FormulaNode::Ptr &where) const;

    const FormulaToken &peek() const { return m_tokens.at(m_pos); }
    FormulaToken next() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }
    bool expect(FormulaToken::Kind kind, const QString &what);
    void fail(const FormulaToken &at, const QString &message);
    bool failed() const { return m_error.has_value(); }

    QList<FormulaToken> m_tokens;
    qsizetype m_pos = 0;
    std::optional<FormulaDiagnostic> m_error;
};

} // namespace urbis
