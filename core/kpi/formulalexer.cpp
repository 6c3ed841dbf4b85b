#include "formulalexer.h"

namespace urbis {

namespace {

bool identStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool identPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

QList<FormulaToken> FormulaLexer::tokenize(const QString &s)
{
    QList<FormulaToken> out;
    int i = 0;
    const int n = int(s.size());
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        FormulaToken t;
        t.start = i;
        if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && s.at(i + 1).isDigit())) {
            int j = i;
            while (j < n && (s.at(j).isDigit() || s.at(j) == QLatin1Char('.')))
                ++j;
            if (j < n && (s.at(j) == QLatin1Char('e') || s.at(j) == QLatin1Char('E'))) {
                int k = j + 1;
                if (k < n && (s.at(k) == QLatin1Char('+') || s.at(k) == QLatin1Char('-')))
                    ++k;
                if (k < n && s.at(k).isDigit()) {
                    j = k;
                    while (j < n && s.at(j).isDigit())
                        ++j;
                }
            }
            bool ok = false;
            t.number = s.mid(i, j - i).toDouble(&ok);
            t.kind = ok ? FormulaToken::Kind::Number : FormulaToken::Kind::Invalid;
            t.text = ok ? s.mid(i, j - i) : tr("\"%1\" is not a number").arg(s.mid(i, j - i));
            t.length = j - i;
            i = j;
        } else if (identStart(c)) {
            int j = i + 1;
            while (j < n && identPart(s.at(j)))
                ++j;
            t.kind = FormulaToken::Kind::Identifier;
            t.text = s.mid(i, j - i);
            t.length = j - i;
            i = j;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // SQL quoting: '' inside a text, "" inside a quoted name.
            QString value;
            int j = i + 1;
            bool closed = false;
            while (j < n) {
                if (s.at(j) == c) {
                    if (j + 1 < n && s.at(j + 1) == c) {
                        value += c;
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                value += s.at(j++);
            }
            t.length = j - i;
            if (!closed) {
                t.kind = FormulaToken::Kind::Invalid;
                t.text = c == QLatin1Char('\'') ? tr("text is not closed: a ' is missing") : tr("name is not closed: a \" is missing");
            } else {
                t.kind = c == QLatin1Char('\'') ? FormulaToken::Kind::Text : FormulaToken::Kind::QuotedIdentifier;
                t.text = value;
            }
            i = j;
        } else {
            static const QStringList twoChar{QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("!="), QStringLiteral("<>")};
            const QString two = s.mid(i, 2);
            if (twoChar.contains(two)) {
                t.kind = FormulaToken::Kind::Operator;
                t.text = two;
                t.length = 2;
            } else {
                t.length = 1;
                t.text = QString(c);
                switch (c.unicode()) {
                case '+': case '-': case '*': case '/': case '=': case '<': case '>':
                    t.kind = FormulaToken::Kind::Operator;
                    break;
                case '(': t.kind = FormulaToken::Kind::LParen; break;
                case ')': t.kind = FormulaToken::Kind::RParen; break;
                case ',': t.kind = FormulaToken::Kind::Comma; break;
                case '.': t.kind = FormulaToken::Kind::Dot; break;
                default:
                    t.kind = FormulaToken::Kind::Invalid;
                    t.text = tr("unexpected character '%1'").arg(c);
                }
            }
            i += t.length;
        }
        out.append(t);
    }
    FormulaToken end;
    end.kind = FormulaToken::Kind::End;
    end.start = n;
    out.append(end);
    return out;
}

} // namespace urbis
