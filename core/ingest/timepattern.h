#pragma once

#include "../util/result.h"

#include <QDate>
#include <QList>
#include <QStringView>
#include <QTime>

#include <optional>

namespace urbis {

/**
 * A strptime-style pattern ("%d/%m/%Y", "%Y-%m-%dT%H:%M:%S%z", ...) compiled once and matched against
 * many cells without allocating. It follows Python's strptime, which Frictionless uses for date, time
 * and datetime formats: the whole text must match, letters match in any case, whitespace in the
 * pattern matches one or more whitespace characters, month and weekday names are English.
 * Supported directives: %Y %y %m %d %j %H %I %M %S %f %p %z %Z %b %B %a %A %%.
 * Immutable after compile(); match() may be called from any thread.
 */
class TimePattern
{
public:
    /** What a match found; fields the pattern does not mention keep Python's defaults (1900-01-01 00:00). */
    struct Parts
    {
        QDate date;
        QTime time;
        std::optional<int> offsetSeconds; ///< set by %z / %Z
    };

    /** InvalidData naming the directive when the pattern uses one strptime does not know. */
    static Result<TimePattern> compile(const QString &format);

    /** The parts of a text matching the whole pattern; nullopt when it does not match or is no real date. */
    std::optional<Parts> match(QStringView text) const;

private:
    struct Token
    {
        char16_t directive = 0; ///< 0 for a literal
        char16_t literal = 0;   ///< ' ' stands for "one or more whitespace"
    };

    QList<Token> m_tokens;
};

} // namespace urbis
