#include "formulaparser.h"

#include "formulalexer.h"

#include <QHash>

namespace urbis {

namespace {

using Kind = FormulaNode::Kind;
using Fn = FormulaNode::Function;
using T = FormulaToken::Kind;

const QHash<QString, Fn> &functionsByName()
{
    static const QHash<QString, Fn> map{
        {QStringLiteral("sum"), Fn::Sum},          {QStringLiteral("avg"), Fn::Avg},
        {QStringLiteral("min"), Fn::Min},          {QStringLiteral("max"), Fn::Max},
        {QStringLiteral("count"), Fn::Count},      {QStringLiteral("count_distinct"), Fn::CountDistinct},
        {QStringLiteral("median"), Fn::Median},    {QStringLiteral("percentile"), Fn::Percentile},
        {QStringLiteral("prev"), Fn::Prev},        {QStringLiteral("last_year"), Fn::LastYear},
        {QStringLiteral("pct_change"), Fn::PctChange}, {QStringLiteral("yoy_pct"), Fn::YoyPct},
    };
    return map;
}

bool isShift(Fn f)
{
    return f == Fn::Prev || f == Fn::LastYear || f == Fn::PctChange || f == Fn::YoyPct;
}

std::shared_ptr<FormulaNode> make(Kind kind, const FormulaToken &at)
{
    auto n = std::make_shared<FormulaNode>();
    n->kind = kind;
    n->start = at.start;
    n->length = at.length;
    return n;
}

std::shared_ptr<FormulaNode> binary(Kind kind, const QString &op, const FormulaNode::Ptr &l, const FormulaNode::Ptr &r)
{
    auto n = std::make_shared<FormulaNode>();
    n->kind = kind;
    n->op = op;
    n->start = l->start;
    n->length = r->start + r->length - l->start;
    n->children = {l, r};
    return n;
}

} // namespace

FormulaParser::Outcome FormulaParser::parse(const QString &text)
{
    FormulaParser p(FormulaLexer::tokenize(text));
    Outcome out;
    FormulaNode::Ptr root = p.expr();
    FormulaNode::Ptr where;
    if (!p.failed() && p.peek().isWord("where")) {
        p.next();
        where = p.condition();
    }
    if (!p.failed() && p.peek().kind != T::End)
        p.fail(p.peek(), tr("unexpected \"%1\" after the end of the formula").arg(p.peek().text));
    if (!p.failed() && root && where)
        root = p.withCondition(root, where);
    if (p.failed()) {
        out.error = p.m_error;
        return out;
    }
    out.formula.root = root;
    out.formula.where = where;
    return out;
}

void FormulaParser::fail(const FormulaToken &at, const QString &message)
{
    if (m_error)
        return;
    FormulaDiagnostic d;
    d.start = at.start;
    d.length = at.length;
    d.message = at.kind == T::Invalid ? at.text : message;
    m_error = d;
}

bool FormulaParser::expect(FormulaToken::Kind kind, const QString &what)
{
    if (peek().kind == kind) {
        next();
        return true;
    }
    fail(peek(), peek().kind == T::End ? tr("%1 expected at the end").arg(what) : tr("%1 expected, found \"%2\"").arg(what, peek().text));
    return false;
}

FormulaNode::Ptr FormulaParser::withCondition(const FormulaNode::Ptr &node, const FormulaNode::Ptr &where) const
{
    if (node->kind == Kind::Aggregate) {
        auto copy = std::make_shared<FormulaNode>(*node);
        copy->condition = node->condition ? binary(Kind::And, QStringLiteral("and"), where, node->condition) : where;
        return copy;
    }
    if (node->children.isEmpty())
        return node;
    auto copy = std::make_shared<FormulaNode>(*node);
    for (FormulaNode::Ptr &c : copy->children)
        c = withCondition(c, where);
    return copy;
}

FormulaNode::Ptr FormulaParser::level(Operand operand, const char *op1, const char *op2)
{
    FormulaNode::Ptr left = (this->*operand)();
    while (!failed() && (peek().isOp(op1) || peek().isOp(op2))) {
        const QString op = next().text;
        FormulaNode::Ptr right = (this->*operand)();
        if (failed())
            return {};
        left = binary(Kind::Binary, op, left, right);
    }
    return failed() ? nullptr : left;
}

FormulaNode::Ptr FormulaParser::logical(Operand operand, const char *word, FormulaNode::Kind kind)
{
    FormulaNode::Ptr left = (this->*operand)();
    while (!failed() && peek().isWord(word)) {
        next();
        FormulaNode::Ptr right = (this->*operand)();
        if (failed())
            return {};
        left = binary(kind, QString::fromLatin1(word), left, right);
    }
    return failed() ? nullptr : left;
}

FormulaNode::Ptr FormulaParser::expr()
{
    return level(&FormulaParser::term, "+", "-");
}

FormulaNode::Ptr FormulaParser::term()
{
    return level(&FormulaParser::unary, "*", "/");
}

FormulaNode::Ptr FormulaParser::unary()
{
    if (peek().isOp("-")) {
        const FormulaToken minus = next();
        FormulaNode::Ptr inner = unary();
        if (failed())
            return {};
        auto n = make(Kind::Negate, minus);
        n->length = inner->start + inner->length - minus.start;
        n->children = {inner};
        return n;
    }
    return primary();
}

FormulaNode::Ptr FormulaParser::primary()
{
    const FormulaToken t = next();
    switch (t.kind) {
    case T::Number: {
        auto n = make(Kind::Number, t);
        n->number = t.number;
        return n;
    }
    case T::LParen: {
        FormulaNode::Ptr inner = expr();
        if (failed() || !expect(T::RParen, tr("')'")))
            return {};
        return inner;
    }
    case T::Identifier:
        if (peek().kind == T::LParen)
            return call(t);
        if (functionsByName().contains(t.text.toLower()))
            fail(t, tr("\"%1\" is a function: write %1(…)").arg(t.text));
        else
            fail(t, tr("\"%1\" must be inside an aggregate such as avg(%1) or sum(%1)").arg(t.text));
        return {};
    case T::QuotedIdentifier:
        fail(t, tr("the field \"%1\" must be inside an aggregate such as avg(…)").arg(t.text));
        return {};
    case T::End:
        fail(t, tr("the formula ends too early: a value is missing"));
        return {};
    default:
        fail(t, tr("a number, an aggregate or '(' expected, found \"%1\"").arg(t.text));
        return {};
    }
}

FormulaNode::Ptr FormulaParser::call(const FormulaToken &name)
{
    const auto fn = functionsByName().constFind(name.text.toLower());
    if (fn == functionsByName().constEnd()) {
        fail(name, tr("unknown function \"%1\"").arg(name.text));
        return {};
    }
    next(); // (
    auto n = make(isShift(*fn) ? Kind::Shift : Kind::Aggregate, name);
    n->function = *fn;
    if (isShift(*fn)) {
        FormulaNode::Ptr inner = expr();
        if (failed())
            return {};
        n->children = {inner};
    } else {
        const bool noArgs = peek().kind == T::RParen || peek().isWord("where") || peek().isOp("*");
        if (peek().isOp("*") && *fn != Fn::Count) {
            fail(peek(), tr("only count(*) takes '*'"));
            return {};
        }
        if (peek().isOp("*"))
            next();
        if (noArgs && *fn != Fn::Count) {
            fail(peek(), tr("%1() needs a field, e.g. %1(pm10)").arg(name.text));
            return {};
        }
        if (!noArgs) {
            FormulaNode::Ptr arg = rowExpr();
            if (failed())
                return {};
            n->children = {arg};
        }
        if (*fn == Fn::Percentile) {
            if (!expect(T::Comma, tr("',' and the percentile (0–100)")))
                return {};
            const FormulaToken p = next();
            if (p.kind != T::Number || p.number < 0 || p.number > 100) {
                fail(p, tr("the percentile must be a number from 0 to 100"));
                return {};
            }
            n->number = p.number;
        } else if (*fn == Fn::Median) {
            n->number = 50;
        }
        if (peek().isWord("where")) {
            next();
            n->condition = condition();
            if (failed())
                return {};
        }
    }
    if (!expect(T::RParen, tr("')'")))
        return {};
    n->length = m_tokens.at(m_pos - 1).start + 1 - name.start;
    return n;
}

FormulaNode::Ptr FormulaParser::rowExpr()
{
    return level(&FormulaParser::rowTerm, "+", "-");
}

FormulaNode::Ptr FormulaParser::rowTerm()
{
    return level(&FormulaParser::rowUnary, "*", "/");
}

FormulaNode::Ptr FormulaParser::rowUnary()
{
    const FormulaToken t = peek();
    if (t.isOp("-")) {
        next();
        FormulaNode::Ptr inner = rowUnary();
        if (failed())
            return {};
        auto n = make(Kind::Negate, t);
        n->length = inner->start + inner->length - t.start;
        n->children = {inner};
        return n;
    }
    if (t.kind == T::Number) {
        next();
        auto n = make(Kind::Number, t);
        n->number = t.number;
        return n;
    }
    if (t.kind == T::LParen) {
        next();
        FormulaNode::Ptr inner = rowExpr();
        if (failed() || !expect(T::RParen, tr("')'")))
            return {};
        return inner;
    }
    if (t.kind == T::Identifier && m_tokens.at(m_pos + 1).kind == T::LParen) {
        fail(t, tr("aggregates cannot be nested: %1(…) inside an aggregate").arg(t.text));
        return {};
    }
    return field();
}

FormulaNode::Ptr FormulaParser::field()
{
    const FormulaToken first = next();
    if (first.kind != T::Identifier && first.kind != T::QuotedIdentifier) {
        fail(first, first.kind == T::End ? tr("a field name expected at the end") : tr("a field name expected, found \"%1\"").arg(first.text));
        return {};
    }
    auto n = make(Kind::Field, first);
    n->name = first.text;
    if (first.kind == T::Identifier && peek().kind == T::Dot) {
        next();
        const FormulaToken second = next();
        if (second.kind != T::Identifier && second.kind != T::QuotedIdentifier) {
            fail(second, tr("a field name expected after \"%1.\"").arg(first.text));
            return {};
        }
        n->alias = first.text;
        n->name = second.text;
        n->length = second.start + second.length - first.start;
    }
    return n;
}

FormulaNode::Ptr FormulaParser::condition()
{
    return logical(&FormulaParser::conjunction, "or", Kind::Or);
}

FormulaNode::Ptr FormulaParser::conjunction()
{
    return logical(&FormulaParser::negation, "and", Kind::And);
}

FormulaNode::Ptr FormulaParser::negation()
{
    if (peek().isWord("not")) {
        const FormulaToken t = next();
        FormulaNode::Ptr inner = negation();
        if (failed())
            return {};
        auto n = make(Kind::Not, t);
        n->length = inner->start + inner->length - t.start;
        n->children = {inner};
        return n;
    }
    if (peek().kind == T::LParen) {
        next();
        FormulaNode::Ptr inner = condition();
        if (failed() || !expect(T::RParen, tr("')'")))
            return {};
        return inner;
    }
    return comparison();
}

std::optional<QVariant> FormulaParser::literal()
{
    const FormulaToken t = next();
    if (t.kind == T::Number)
        return QVariant(t.number);
    if (t.kind == T::Text)
        return QVariant(t.text);
    if (t.isOp("-") && peek().kind == T::Number)
        return QVariant(-next().number);
    fail(t, t.kind == T::QuotedIdentifier ? tr("\"%1\" is a field name; text values take single quotes: '%1'").arg(t.text)
                                          : tr("a number or a 'text' value expected, found \"%1\"").arg(t.text));
    return std::nullopt;
}

FormulaNode::Ptr FormulaParser::comparison()
{
    FormulaNode::Ptr f = field();
    if (failed())
        return {};
    const FormulaToken t = next();
    std::shared_ptr<FormulaNode> n;
    if (t.kind == T::Operator && t.text != QLatin1String("+") && t.text != QLatin1String("-") && t.text != QLatin1String("*") &&
        t.text != QLatin1String("/")) {
        n = make(Kind::Compare, t);
        n->op = t.text == QLatin1String("<>") ? QStringLiteral("!=") : t.text;
        const auto v = literal();
        if (!v)
            return {};
        n->literals = {*v};
    } else if (t.isWord("in")) {
        n = make(Kind::In, t);
        if (!expect(T::LParen, tr("'(' and a list of values")))
            return {};
        do {
            const auto v = literal();
            if (!v)
                return {};
            n->literals.append(*v);
        } while (peek().kind == T::Comma && (next(), true));
        if (!expect(T::RParen, tr("')'")))
            return {};
    } else if (t.isWord("is")) {
        n = make(Kind::IsNull, t);
        if (peek().isWord("not")) {
            next();
            n->negated = true;
        }
        const FormulaToken nul = next();
        if (!nul.isWord("null")) {
            fail(nul, tr("\"null\" expected after \"is\""));
            return {};
        }
    } else {
        fail(t, tr("a comparison (=, !=, <, <=, >, >=, in, is null) expected after \"%1\"").arg(f->name));
        return {};
    }
    n->start = f->start;
    n->length = m_tokens.at(m_pos - 1).start + m_tokens.at(m_pos - 1).length - f->start;
    n->children = {f};
    return n;
}

} // namespace urbis
