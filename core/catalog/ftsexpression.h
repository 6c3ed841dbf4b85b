#pragma once

#include <QString>

namespace urbis::fts {

/**
 * Plain words become `"word"*` terms (prefix match, implicit AND), so user text never reaches
 * FTS5 as syntax by accident; text that already uses FTS5 syntax (quotes, *, parentheses, column
 * filters, AND/OR/NOT/NEAR) is passed through for power users. Empty text gives an empty string.
 */
QString expression(const QString &text);
/** The same expression restricted to the title column, for ranking title hits first. */
QString titleExpression(const QString &expression);

} // namespace urbis::fts
