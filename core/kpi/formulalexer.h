#pragma once

#include "formulatoken.h"

#include <QCoreApplication>
#include <QList>

namespace urbis {

/**
 * Splits a formula into tokens. Never fails: a character it cannot read becomes an Invalid token
 * (with a translated message in `text`) that the parser reports at its position.
 */
class FormulaLexer
{
    Q_DECLARE_TR_FUNCTIONS(urbis::FormulaLexer)
public:
    static QList<FormulaToken> tokenize(const QString &text);
};

} // namespace urbis
