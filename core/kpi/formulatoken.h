#pragma once

#include <QString>

namespace urbis {

/** One lexical token of a KPI formula, with its place in the text for error marks. */
struct FormulaToken
{
    enum class Kind { Number, Identifier, QuotedIdentifier, Text, Operator, LParen, RParen, Comma, Dot, End, Invalid };
    Kind kind = Kind::End;
    QString text;  ///< identifier / text literal (unquoted) / operator spelling
    double number = 0;
    int start = 0;
    int length = 0;

    bool isWord(const char *word) const
    {
        return kind == Kind::Identifier && text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool isOp(const char *op) const { return kind == Kind::Operator && text == QLatin1String(op); }
};

} // namespace urbis
