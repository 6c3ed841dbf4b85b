#include "formulacheck.h"

#include "formulaparser.h"

namespace urbis {

namespace {

using Kind = FormulaNode::Kind;
using Fn = FormulaNode::Function;

/** A unit being worked out; `free` for plain numbers, which take the other side's unit. */
struct Unit
{
    QString text;
    bool free = false;
    bool unknown = false;
};

QString normalized(QString u)
{
    u = u.trimmed();
    u.replace(QChar(0x00B5), QLatin1Char('u')).replace(QChar(0x03BC), QLatin1Char('u'));
    u.replace(QChar(0x00B3), QLatin1Char('3')).replace(QChar(0x00B2), QLatin1Char('2'));
    if (u == QLatin1String("%") || u == QLatin1String("1") || u.isEmpty())
        return QStringLiteral("1");
    return u;
}

bool sameUnit(const QString &a, const QString &b)
{
    return normalized(a) == normalized(b);
}

class Checker
{
public:
    Checker(const QMap<QString, QList<FieldInfo>> &fields, QList<FormulaDiagnostic> &out) : m_fields(fields), m_out(out) {}

    Unit value(const FormulaNode::Ptr &n)
    {
        switch (n->kind) {
        case Kind::Number: return {QString(), true, false};
        case Kind::Negate: return value(n->children.at(0));
        case Kind::Binary: return combine(n, value(n->children.at(0)), value(n->children.at(1)));
        case Kind::Shift: {
            const Unit inner = value(n->children.at(0));
            if (n->function == Fn::PctChange || n->function == Fn::YoyPct)
                return {QStringLiteral("%"), false, false};
            return inner;
        }
        case Kind::Aggregate: return aggregate(n);
        default: return {QString(), false, true};
        }
    }

private:
    void error(const FormulaNode::Ptr &n, const QString &message, bool warning = false)
    {
        FormulaDiagnostic d;
        d.severity = warning ? FormulaDiagnostic::Severity::Warning : FormulaDiagnostic::Severity::Error;
        d.start = n->start;
        d.length = n->length;
        d.message = message;
        m_out.append(d);
    }

    Unit combine(const FormulaNode::Ptr &n, const Unit &a, const Unit &b)
    {
        if (a.unknown || b.unknown)
            return {QString(), false, true};
        if (n->op == QLatin1String("+") || n->op == QLatin1String("-")) {
            if (a.free)
                return b;
            if (b.free)
                return a;
            if (!sameUnit(a.text, b.text))
                error(n, FormulaCheck::tr("cannot %1 values in %2 and in %3")
                             .arg(n->op == QLatin1String("+") ? FormulaCheck::tr("add") : FormulaCheck::tr("subtract"), a.text, b.text));
            return a;
        }
        if (a.free && b.free)
            return a;
        if (n->op == QLatin1String("*")) {
            if (a.free || normalized(a.text) == QLatin1String("1"))
                return b;
            if (b.free || normalized(b.text) == QLatin1String("1"))
                return a;
            return {a.text + QLatin1Char('*') + b.text, false, false};
        }
        if (b.free || normalized(b.text) == QLatin1String("1"))
            return a;
        if (a.free)
            return {QStringLiteral("1/") + b.text, false, false};
        if (sameUnit(a.text, b.text))
            return {QStringLiteral("1"), false, false};
        return {a.text + QLatin1Char('/') + b.text, false, false};
    }

    const FieldInfo *lookup(const FormulaNode::Ptr &f)
    {
        const auto src = m_fields.constFind(f->alias);
        if (src == m_fields.constEnd()) {
            error(f, f->alias.isEmpty() ? FormulaCheck::tr("the KPI has no default source")
                                        : FormulaCheck::tr("no source is called \"%1\"; sources: %2")
                                              .arg(f->alias, QStringList(m_fields.keys()).join(QStringLiteral(", "))));
            return nullptr;
        }
        for (const FieldInfo &fi : *src)
            if (fi.name == f->name)
                return &fi;
        QString hint;
        for (const FieldInfo &fi : *src)
            if (fi.name.compare(f->name, Qt::CaseInsensitive) == 0)
                hint = FormulaCheck::tr(" (did you mean \"%1\"?)").arg(fi.name);
        error(f, FormulaCheck::tr("unknown field \"%1\"%2").arg(f->name, hint));
        return nullptr;
    }

    static bool numeric(const FieldInfo &f)
    {
        return f.type == QLatin1String("number") || f.type == QLatin1String("integer") || f.type == QLatin1String("year") ||
               f.type == QLatin1String("any") || f.type.isEmpty();
    }

    Unit row(const FormulaNode::Ptr &n, bool needNumber, QString &alias)
    {
        switch (n->kind) {
        case Kind::Number: return {QString(), true, false};
        case Kind::Negate: return row(n->children.at(0), true, alias);
        case Kind::Binary: {
            const Unit a = row(n->children.at(0), true, alias), b = row(n->children.at(1), true, alias);
            return combine(n, a, b);
        }
        case Kind::Field: {
            sameSource(n, alias);
            const FieldInfo *f = lookup(n);
            if (!f)
                return {QString(), false, true};
            if (needNumber && !numeric(*f))
                error(n, FormulaCheck::tr("\"%1\" is a %2 field: only count() and count_distinct() take it").arg(f->name, f->type));
            return {f->unit, false, f->unit.isEmpty()};
        }
        default: return {QString(), false, true};
        }
    }

    void sameSource(const FormulaNode::Ptr &field, QString &alias)
    {
        if (alias.isNull()) {
            alias = field->alias.isNull() ? QStringLiteral("") : field->alias;
            return;
        }
        if (alias != field->alias)
            error(field, FormulaCheck::tr("one aggregate reads one source: combine sources with arithmetic between aggregates"));
    }

    void conditionFields(const FormulaNode::Ptr &c, QString &alias)
    {
        if (!c)
            return;
        if (c->kind == Kind::Field) {
            sameSource(c, alias);
            lookup(c);
            return;
        }
        for (const FormulaNode::Ptr &ch : c->children)
            conditionFields(ch, alias);
    }

    Unit aggregate(const FormulaNode::Ptr &n)
    {
        QString alias; // null until the first field
        const bool counting = n->function == Fn::Count || n->function == Fn::CountDistinct;
        Unit u{QStringLiteral("1"), false, false};
        if (!n->children.isEmpty()) {
            const FormulaNode::Ptr arg = n->children.at(0);
            const Unit inner = row(arg, !counting || arg->kind != Kind::Field, alias);
            if (!counting)
                u = inner;
        }
        conditionFields(n->condition, alias);
        return u;
    }

    const QMap<QString, QList<FieldInfo>> &m_fields;
    QList<FormulaDiagnostic> &m_out;
};

} // namespace

QList<FormulaDiagnostic> FormulaCheck::check(const QString &formula, const QMap<QString, QList<FieldInfo>> &fields,
                                              const QString &declaredUnit)
{
    QList<FormulaDiagnostic> out;
    if (formula.trimmed().isEmpty()) {
        out.append({FormulaDiagnostic::Severity::Error, 0, 0, tr("the formula is empty")});
        return out;
    }
    const FormulaParser::Outcome parsed = FormulaParser::parse(formula);
    if (parsed.error) {
        out.append(*parsed.error);
        return out;
    }
    bool hasAggregate = false;
    FormulaParser::forEachAggregate(parsed.formula.root, [&](const FormulaNode::Ptr &) { hasAggregate = true; });
    if (!hasAggregate) {
        out.append({FormulaDiagnostic::Severity::Error, 0, int(formula.size()), tr("the formula reads no data: use an aggregate such as avg(field)")});
        return out;
    }
    Checker checker(fields, out);
    const Unit u = checker.value(parsed.formula.root);
    if (out.isEmpty() && !declaredUnit.isEmpty() && !u.unknown && !u.free && !sameUnit(u.text, declaredUnit))
        out.append({FormulaDiagnostic::Severity::Warning, 0, int(formula.size()),
                    tr("the formula gives values in %1 but the KPI's unit is %2").arg(u.text, declaredUnit)});
    return out;
}

QString FormulaCheck::resultUnit(const QString &formula, const QMap<QString, QList<FieldInfo>> &fields)
{
    const FormulaParser::Outcome parsed = FormulaParser::parse(formula);
    if (parsed.error || !parsed.formula.root)
        return {};
    QList<FormulaDiagnostic> ignored;
    const Unit u = Checker(fields, ignored).value(parsed.formula.root);
    return u.unknown || u.free ? QString() : u.text;
}

const QList<FormulaCheck::FunctionHelp> &FormulaCheck::functions()
{
    static const QList<FunctionHelp> all{
        {QStringLiteral("avg"), QStringLiteral("avg(field)"), tr("Mean of the field's values in the period")},
        {QStringLiteral("sum"), QStringLiteral("sum(field)"), tr("Total of the field's values")},
        {QStringLiteral("min"), QStringLiteral("min(field)"), tr("Smallest value")},
        {QStringLiteral("max"), QStringLiteral("max(field)"), tr("Largest value")},
        {QStringLiteral("count"), QStringLiteral("count()"), tr("Number of rows; count(field) counts rows where the field has a value")},
        {QStringLiteral("count_distinct"), QStringLiteral("count_distinct(field)"), tr("Number of different values")},
        {QStringLiteral("median"), QStringLiteral("median(field)"), tr("Middle value")},
        {QStringLiteral("percentile"), QStringLiteral("percentile(field, 95)"), tr("Value below which the given percentage of values fall")},
        {QStringLiteral("prev"), QStringLiteral("prev(expr)"), tr("The expression's value in the previous period")},
        {QStringLiteral("last_year"), QStringLiteral("last_year(expr)"), tr("The expression's value in the same period a year earlier")},
        {QStringLiteral("pct_change"), QStringLiteral("pct_change(expr)"), tr("Change in % against the previous period")},
        {QStringLiteral("yoy_pct"), QStringLiteral("yoy_pct(expr)"), tr("Change in % against the same period last year")},
    };
    return all;
}

QStringList FormulaCheck::keywords()
{
    return {QStringLiteral("where"), QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"),
            QStringLiteral("in"), QStringLiteral("is"), QStringLiteral("null")};
}

} // namespace urbis
