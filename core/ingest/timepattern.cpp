#include "timepattern.h"

#include <QCoreApplication>

#include <array>

namespace urbis {

namespace {

constexpr std::array<QStringView, 12> kMonths{u"january",   u"february", u"march",    u"april",
                                              u"may",       u"june",     u"july",     u"august",
                                              u"september", u"october",  u"november", u"december"};
constexpr std::array<QStringView, 7> kWeekdays{u"monday", u"tuesday",  u"wednesday", u"thursday",
                                               u"friday", u"saturday", u"sunday"};

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool sameLetter(QChar a, QChar b)
{
    return a == b || a.toCaseFolded() == b.toCaseFolded();
}

bool startsWithFolded(QStringView text, qsizetype pos, QStringView word)
{
    if (text.size() - pos < word.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        if (!sameLetter(text[pos + i], word[i]))
            return false;
    return true;
}

// Python's strptime builds one regex alternative per directive ("1[0-2]|0[1-9]|[1-9]" for %m): the
// longest digit run that is in range wins, a shorter one is tried when the longer is out of range.
bool readNumber(QStringView t, qsizetype &pos, int minDigits, int maxDigits, int lo, int hi, int &out)
{
    qsizetype n = 0;
    while (n < maxDigits && pos + n < t.size() && isDigit(t[pos + n]))
        ++n;
    for (; n >= minDigits; --n) {
        int v = 0;
        for (qsizetype i = 0; i < n; ++i)
            v = v * 10 + (t[pos + i].unicode() - u'0');
        if (v >= lo && v <= hi) {
            out = v;
            pos += n;
            return true;
        }
    }
    return false;
}

// Full names first: "march" must not stop at "mar" when %B is asked for.
template <std::size_t N>
bool readName(QStringView t, qsizetype &pos, const std::array<QStringView, N> &names, bool full, int &index)
{
    for (std::size_t i = 0; i < N; ++i) {
        const QStringView name = full ? names[i] : names[i].left(3);
        if (startsWithFolded(t, pos, name)) {
            pos += name.size();
            index = int(i);
            return true;
        }
    }
    return false;
}

// %z as Python 3.7+ reads it: Z, or +HH[:]MM with optional [:]SS; hours below 24.
bool readOffset(QStringView t, qsizetype &pos, int &seconds)
{
    if (pos < t.size() && t[pos] == u'Z') {
        ++pos;
        seconds = 0;
        return true;
    }
    if (pos >= t.size() || (t[pos] != u'+' && t[pos] != u'-'))
        return false;
    const int sign = t[pos] == u'-' ? -1 : 1;
    qsizetype p = pos + 1;
    int h = 0, m = 0, s = 0;
    if (!readNumber(t, p, 2, 2, 0, 23, h))
        return false;
    const bool colon = p < t.size() && t[p] == u':';
    if (colon)
        ++p;
    if (!readNumber(t, p, 2, 2, 0, 59, m))
        return false;
    if (p < t.size() && (colon ? t[p] == u':' : isDigit(t[p]))) {
        qsizetype q = colon ? p + 1 : p;
        if (readNumber(t, q, 2, 2, 0, 59, s))
            p = q;
    }
    pos = p;
    seconds = sign * (h * 3600 + m * 60 + s);
    return true;
}

} // namespace

Result<TimePattern> TimePattern::compile(const QString &format)
{
    static constexpr QStringView kDirectives = u"YymdjHIMSfpzZbBaA%";
    TimePattern p;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format[i];
        if (c == u'%') {
            if (i + 1 >= format.size() || !kDirectives.contains(format[i + 1]))
                return Error(Error::Code::InvalidData,
                             QCoreApplication::translate(
                                 "urbis::TableField", "The date/time format \"%1\" uses \"%2\", which is not "
                                                      "a supported strptime directive")
                                 .arg(format, format.mid(i, 2)));
            ++i;
            if (format[i] == u'%')
                p.m_tokens.append({0, u'%'});
            else
                p.m_tokens.append({format[i].unicode(), 0});
        } else if (c.isSpace()) {
            if (p.m_tokens.isEmpty() || p.m_tokens.constLast().directive != 0 ||
                p.m_tokens.constLast().literal != u' ')
                p.m_tokens.append({0, u' '});
        } else {
            p.m_tokens.append({0, c.unicode()});
        }
    }
    return p;
}

std::optional<TimePattern::Parts> TimePattern::match(QStringView t) const
{
    int year = 1900, month = 1, day = 1, yday = 0, hour = 0, hour12 = -1, minute = 0, second = 0, usec = 0;
    bool pm = false;
    std::optional<int> offset;
    qsizetype pos = 0;
    for (const Token &tok : m_tokens) {
        bool ok = true;
        int index = 0;
        switch (tok.directive) {
        case 0:
            if (tok.literal == u' ') {
                const qsizetype start = pos;
                while (pos < t.size() && t[pos].isSpace())
                    ++pos;
                ok = pos > start;
            } else {
                ok = pos < t.size() && sameLetter(t[pos], QChar(tok.literal));
                ++pos;
            }
            break;
        case u'Y':
            ok = readNumber(t, pos, 4, 4, 0, 9999, year);
            break;
        case u'y':
            ok = readNumber(t, pos, 2, 2, 0, 99, year);
            year += year < 69 ? 2000 : 1900; // POSIX pivot, as Python
            break;
        case u'm':
            ok = readNumber(t, pos, 1, 2, 1, 12, month);
            break;
        case u'd':
            ok = readNumber(t, pos, 1, 2, 1, 31, day);
            break;
        case u'j':
            ok = readNumber(t, pos, 1, 3, 1, 366, yday);
            break;
        case u'H':
            ok = readNumber(t, pos, 1, 2, 0, 23, hour);
            break;
        case u'I':
            ok = readNumber(t, pos, 1, 2, 1, 12, hour12);
            break;
        case u'M':
            ok = readNumber(t, pos, 1, 2, 0, 59, minute);
            break;
        case u'S':
            ok = readNumber(t, pos, 1, 2, 0, 61, second);
            break;
        case u'f': {
            const qsizetype start = pos;
            ok = readNumber(t, pos, 1, 6, 0, 999999, usec);
            for (qsizetype n = pos - start; ok && n < 6; ++n)
                usec *= 10;
            break;
        }
        case u'p':
            if (startsWithFolded(t, pos, u"am") || startsWithFolded(t, pos, u"pm")) {
                pm = sameLetter(t[pos], QChar(u'p'));
                pos += 2;
            } else {
                ok = false;
            }
            break;
        case u'z': {
            int seconds = 0;
            ok = readOffset(t, pos, seconds);
            offset = seconds;
            break;
        }
        case u'Z': // Python accepts the names but leaves the result naive
            ok = startsWithFolded(t, pos, u"utc") || startsWithFolded(t, pos, u"gmt");
            pos += 3;
            break;
        case u'b':
        case u'B':
            ok = readName(t, pos, kMonths, tok.directive == u'B', index);
            month = index + 1;
            break;
        default: // %a %A: read and ignored, as Python does without a week number
            ok = readName(t, pos, kWeekdays, tok.directive == u'A', index);
            break;
        }
        if (!ok)
            return std::nullopt;
    }
    if (pos != t.size() || second > 59)
        return std::nullopt;
    if (hour12 >= 0)
        hour = hour12 % 12 + (pm ? 12 : 0);
    Parts parts;
    parts.date = yday > 0 ? QDate(year, 1, 1).addDays(yday - 1) : QDate(year, month, day);
    parts.time = QTime(hour, minute, second, usec / 1000);
    parts.offsetSeconds = offset;
    if (!parts.date.isValid() || !parts.time.isValid())
        return std::nullopt;
    return parts;
}

} // namespace urbis
