#include "ftsexpression.h"

#include <QRegularExpression>
#include <QStringList>

namespace urbis::fts {

QString expression(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression separators(QStringLiteral(R"([\s,;]+)"));
    const QStringList words = t.split(separators, Qt::SkipEmptyParts);
    // "scenario:demo-fire" is a tagged keyword, not a filter on a column named "scenario": a
    // phrase. Column filters on the index's own columns stay syntax.
    static const QRegularExpression tagged(QStringLiteral(R"(^([A-Za-z_]\w*):([^\s"*():^]+)$)"));
    static const QStringList columns{QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("keywords"),
                                     QStringLiteral("source"), QStringLiteral("city")};
    const auto isTag = [](const QString &word) {
        const QRegularExpressionMatch m = tagged.match(word);
        return m.hasMatch() && !columns.contains(m.captured(1), Qt::CaseInsensitive);
    };
    static const QRegularExpression syntax(QStringLiteral(R"(["*():^]|\b(AND|OR|NOT|NEAR)\b)"));
    for (const QString &word : words)
        if (!isTag(word) && syntax.match(word).hasMatch())
            return t;
    QStringList terms;
    for (const QString &word : words)
        terms << QLatin1Char('"') + word + (isTag(word) ? QStringLiteral("\"") : QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QString titleExpression(const QString &expression)
{
    return expression.isEmpty() ? QString() : QStringLiteral("title : (") + expression + QLatin1Char(')');
}

} // namespace urbis::fts
