#include "simplepattern.h"

namespace urbis {

namespace {

using Set = std::bitset<128>;

Set range(char from, char to)
{
    Set s;
    for (int c = uchar(from); c <= uchar(to); ++c)
        s.set(size_t(c));
    return s;
}

// \d, \w, \s and their negations on ASCII; nullopt for any other escape letter (\b, \p, \1, ...).
std::optional<Set> classEscape(char16_t c)
{
    switch (c) {
    case u'd':
        return range('0', '9');
    case u'D':
        return ~range('0', '9');
    case u'w':
        return range('a', 'z') | range('A', 'Z') | range('0', '9') | range('_', '_');
    case u'W':
        return ~(range('a', 'z') | range('A', 'Z') | range('0', '9') | range('_', '_'));
    case u's':
        return range('\t', '\r') | range(' ', ' ');
    case u'S':
        return ~(range('\t', '\r') | range(' ', ' '));
    default:
        return std::nullopt;
    }
}

bool isAsciiPunct(char16_t c)
{
    return c < 128 && c > 32 && !(c >= u'0' && c <= u'9') && !(c >= u'a' && c <= u'z') && !(c >= u'A' && c <= u'Z');
}

// Reads a class body after '['; `i` ends after the closing ']'.
std::optional<Set> parseClass(QStringView p, qsizetype &i)
{
    Set set;
    bool negate = false;
    if (i < p.size() && p[i] == u'^') {
        negate = true;
        ++i;
    }
    bool first = true;
    while (i < p.size() && (p[i] != u']' || first)) {
        first = false;
        char16_t c = p[i].unicode();
        if (c >= 128 || (c == u'[' && i + 1 < p.size() && p[i + 1] == u':'))
            return std::nullopt; // non-ASCII, POSIX classes
        if (c == u'\\') {
            if (++i >= p.size())
                return std::nullopt;
            const char16_t e = p[i].unicode();
            if (const std::optional<Set> s = classEscape(e)) {
                set |= *s;
                ++i;
                continue;
            }
            if (!isAsciiPunct(e))
                return std::nullopt;
            c = e;
        }
        ++i;
        if (i + 1 < p.size() && p[i] == u'-' && p[i + 1] != u']') {
            const char16_t to = p[i + 1].unicode();
            if (to >= 128 || to == u'\\' || to < c)
                return std::nullopt;
            set |= range(char(c), char(to));
            i += 2;
            continue;
        }
        set.set(size_t(c));
    }
    if (i >= p.size())
        return std::nullopt;
    ++i; // ']'
    return negate ? ~set : set;
}

// Reads {n}, {n,}, {n,m}; false when the braces do not hold a quantifier.
bool parseBraces(QStringView p, qsizetype &i, int &min, int &max)
{
    qsizetype j = i + 1;
    const auto number = [&](int &out) {
        const qsizetype start = j;
        qint64 v = 0;
        while (j < p.size() && p[j] >= u'0' && p[j] <= u'9' && v < 100000)
            v = v * 10 + (p[j++].unicode() - u'0');
        out = int(v);
        return j > start && v < 100000;
    };
    if (!number(min))
        return false;
    max = min;
    if (j < p.size() && p[j] == u',') {
        ++j;
        max = -1;
        if (j < p.size() && p[j] != u'}' && !number(max))
            return false;
    }
    if (j >= p.size() || p[j] != u'}' || (max >= 0 && max < min))
        return false;
    i = j + 1;
    return true;
}

} // namespace

std::optional<SimplePattern> SimplePattern::compile(QStringView p)
{
    SimplePattern out;
    qsizetype i = 0;
    while (i < p.size()) {
        const char16_t c = p[i].unicode();
        Atom atom;
        if (c >= 128)
            return std::nullopt;
        if (c == u'[') {
            ++i;
            const std::optional<Set> set = parseClass(p, i);
            if (!set)
                return std::nullopt;
            atom.set = *set;
        } else if (c == u'\\') {
            if (i + 1 >= p.size())
                return std::nullopt;
            const char16_t e = p[i + 1].unicode();
            if (const std::optional<Set> set = classEscape(e))
                atom.set = *set;
            else if (isAsciiPunct(e))
                atom.set.set(size_t(e));
            else
                return std::nullopt;
            i += 2;
        } else if (c == u'.') {
            atom.set = ~range('\n', '\n');
            ++i;
        } else if (QStringView(u"()|^$?*+{}]").contains(QChar(c))) {
            return std::nullopt; // groups, alternation, anchors, a quantifier with nothing before it
        } else {
            atom.set.set(size_t(c));
            ++i;
        }
        if (i < p.size()) {
            const char16_t q = p[i].unicode();
            if (q == u'?' || q == u'*' || q == u'+') {
                atom.min = q == u'+' ? 1 : 0;
                atom.max = q == u'?' ? 1 : -1;
                ++i;
            } else if (q == u'{' && !parseBraces(p, i, atom.min, atom.max)) {
                return std::nullopt;
            }
            // Lazy and possessive quantifiers change nothing for a whole-cell match, but keep the
            // parser honest: they are rare enough to leave to PCRE.
            if (i < p.size() && (p[i] == u'?' || p[i] == u'+' || p[i] == u'*' || p[i] == u'{'))
                return std::nullopt;
        }
        out.m_atoms.push_back(atom);
    }
    return out;
}

std::optional<bool> SimplePattern::match(QStringView cell) const
{
    if (cell.size() > 256)
        return std::nullopt; // backtracking is cheap on short cells only
    for (QChar c : cell)
        if (c.unicode() >= 128 || c == u'\n' || c == u'\r')
            return std::nullopt;
    return matchFrom(0, cell);
}

bool SimplePattern::matchFrom(size_t a, QStringView rest) const
{
    if (a == m_atoms.size())
        return rest.isEmpty();
    const Atom &atom = m_atoms[a];
    // Greedy: take as many as the class allows, then give back one at a time.
    qsizetype n = 0;
    const qsizetype limit = atom.max < 0 ? rest.size() : std::min<qsizetype>(atom.max, rest.size());
    while (n < limit && atom.set.test(rest[n].unicode()))
        ++n;
    if (n < atom.min)
        return false;
    if (a + 1 == m_atoms.size())
        return n == rest.size();
    for (; n >= atom.min; --n)
        if (matchFrom(a + 1, rest.mid(n)))
            return true;
    return false;
}

} // namespace urbis
