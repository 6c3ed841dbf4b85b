#include "ftsexpression.h"

#include <QRegularExpression>
#include <QStringList>

namespace urbis::fts {

QString expression(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression syntax(QStringLiteral(R"(["*():^]|\b(AND|OR|NOT|NEAR)\b)"));
    if (syntax.match(t).hasMatch())
        return t;
    static const QRegularExpression separators(QStringLiteral(R"([\s,;]+)"));
    QStringList terms;
    for (const QString &word : t.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QString titleExpression(const QString &expression)
{
    return expression.isEmpty() ? QString() : QStringLiteral("title : (") + expression + QLatin1Char(')');
}

} // namespace urbis::fts
