#pragma once

#include "../util/result.h"
#include "formulanode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

namespace urbis {

/**
 * Compiles the row layer of a parsed formula to SQLite: fields become quoted identifiers after
 * they are found among the table's real columns, numbers and text become bound parameters. User
 * text therefore never reaches the SQL string; a name that is not a column is an error here.
 */
class FormulaSql
{
    Q_DECLARE_TR_FUNCTIONS(urbis::FormulaSql)
public:
    struct Fragment
    {
        QString sql;
        QList<QVariant> params;
    };
    /** A row expression (field arithmetic) over `columns`. */
    static Result<Fragment> expression(const FormulaNode::Ptr &node, const QStringList &columns);
    /** A where condition over `columns`; a null node gives an empty fragment. */
    static Result<Fragment> condition(const FormulaNode::Ptr &node, const QStringList &columns);
};

} // namespace urbis
