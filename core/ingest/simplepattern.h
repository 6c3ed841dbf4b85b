#pragma once

#include <QStringView>

#include <bitset>
#include <optional>
#include <vector>

namespace urbis {

/**
 * The common shapes of Table Schema `pattern` constraints ("[A-Z]{2}", "\d{5}", "[a-z0-9_-]+",
 * "EU-\d+") matched without PCRE: a sequence of literals, classes, \d \w \s and "." with the
 * quantifiers ? * + {n} {n,} {n,m}, anchored at both ends. A QRegularExpression match costs a
 * heap-allocated match object per cell; this costs a few nanoseconds.
 *
 * compile() refuses everything else (groups, alternation, anchors, lookaround, back references,
 * non-ASCII): such patterns keep going through QRegularExpression. match() answers only for ASCII
 * cells, where Python's Unicode-aware classes and these ASCII ones agree; for other cells it returns
 * nullopt and the caller asks the regular expression.
 */
class SimplePattern
{
public:
    static std::optional<SimplePattern> compile(QStringView pattern);

    /** Whole-cell match; nullopt when the cell holds a non-ASCII character or a line break. */
    std::optional<bool> match(QStringView cell) const;

private:
    struct Atom
    {
        std::bitset<128> set;
        int min = 1, max = 1; ///< max -1 = unbounded
    };

    bool matchFrom(size_t atom, QStringView rest) const;

    std::vector<Atom> m_atoms;
};

} // namespace urbis
