#include "formulasql.h"

#include "factscanspec.h"

namespace urbis {

namespace {

using Kind = FormulaNode::Kind;

Result<QString> column(const FormulaNode::Ptr &field, const QStringList &columns)
{
    if (!columns.contains(field->name))
        return Error(Error::Code::InvalidData, FormulaSql::tr("unknown field \"%1\"").arg(field->name));
    return FactScanSpec::quoted(field->name);
}

Result<void> writeSql(const FormulaNode::Ptr &n, const QStringList &columns, FormulaSql::Fragment &out)
{
    switch (n->kind) {
    case Kind::Number:
        out.sql += QLatin1Char('?');
        out.params.append(n->number);
        return {};
    case Kind::Field: {
        Result<QString> c = column(n, columns);
        if (!c)
            return c.error();
        out.sql += *c;
        return {};
    }
    case Kind::Negate:
        out.sql += QStringLiteral("(-");
        if (Result<void> r = writeSql(n->children.at(0), columns, out); !r)
            return r;
        out.sql += QLatin1Char(')');
        return {};
    case Kind::Binary:
        out.sql += QLatin1Char('(');
        if (Result<void> r = writeSql(n->children.at(0), columns, out); !r)
            return r;
        // Division in SQLite truncates integers: make it real, as a KPI author expects.
        out.sql += n->op == QLatin1String("/") ? QStringLiteral(" * 1.0 / ") : QLatin1Char(' ') + n->op + QLatin1Char(' ');
        if (Result<void> r = writeSql(n->children.at(1), columns, out); !r)
            return r;
        out.sql += QLatin1Char(')');
        return {};
    case Kind::Compare: {
        Result<QString> c = column(n->children.at(0), columns);
        if (!c)
            return c.error();
        static const QStringList ops{QStringLiteral("="), QStringLiteral("!="), QStringLiteral("<"), QStringLiteral("<="),
                                     QStringLiteral(">"), QStringLiteral(">=")};
        if (!ops.contains(n->op))
            return Error(Error::Code::InvalidData, FormulaSql::tr("unknown comparison \"%1\"").arg(n->op));
        out.sql += *c + QLatin1Char(' ') + n->op + QStringLiteral(" ?");
        out.params.append(n->literals.value(0));
        return {};
    }
    case Kind::In: {
        Result<QString> c = column(n->children.at(0), columns);
        if (!c)
            return c.error();
        QStringList marks;
        for (const QVariant &v : n->literals) {
            marks << QStringLiteral("?");
            out.params.append(v);
        }
        out.sql += *c + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
        return {};
    }
    case Kind::IsNull: {
        Result<QString> c = column(n->children.at(0), columns);
        if (!c)
            return c.error();
        out.sql += *c + (n->negated ? QStringLiteral(" IS NOT NULL") : QStringLiteral(" IS NULL"));
        return {};
    }
    case Kind::And:
    case Kind::Or:
        out.sql += QLatin1Char('(');
        if (Result<void> r = writeSql(n->children.at(0), columns, out); !r)
            return r;
        out.sql += n->kind == Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR ");
        if (Result<void> r = writeSql(n->children.at(1), columns, out); !r)
            return r;
        out.sql += QLatin1Char(')');
        return {};
    case Kind::Not:
        out.sql += QStringLiteral("(NOT ");
        if (Result<void> r = writeSql(n->children.at(0), columns, out); !r)
            return r;
        out.sql += QLatin1Char(')');
        return {};
    default:
        return Error(Error::Code::InvalidData, FormulaSql::tr("aggregates and time shifts cannot be used inside a row expression"));
    }
}

} // namespace

Result<FormulaSql::Fragment> FormulaSql::expression(const FormulaNode::Ptr &node, const QStringList &columns)
{
    Fragment f;
    if (Result<void> r = writeSql(node, columns, f); !r)
        return r.error();
    return f;
}

Result<FormulaSql::Fragment> FormulaSql::condition(const FormulaNode::Ptr &node, const QStringList &columns)
{
    Fragment f;
    if (!node)
        return f;
    if (Result<void> r = writeSql(node, columns, f); !r)
        return r.error();
    return f;
}

} // namespace urbis
