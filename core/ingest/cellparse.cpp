#include "cellparse.h"

#include <QVarLengthArray>

#include <charconv>
#include <cmath>
#include <limits>

namespace urbis::cellparse {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

qsizetype countDigits(QStringView t, qsizetype pos)
{
    qsizetype n = 0;
    while (pos + n < t.size() && isDigit(t[pos + n]))
        ++n;
    return n;
}

// Fixed-width digits at pos; -1 when any is not a digit.
int fixedNumber(QStringView t, qsizetype pos, int width)
{
    if (pos + width > t.size())
        return -1;
    int v = 0;
    for (int i = 0; i < width; ++i) {
        if (!isDigit(t[pos + i]))
            return -1;
        v = v * 10 + (t[pos + i].unicode() - u'0');
    }
    return v;
}

struct TimeOfDay
{
    QTime time;
    bool nextDay = false;             ///< 24:00:00
    std::optional<int> offsetSeconds; ///< absent: no zone given
};

// dateutil's _parse_isotime after the guard Frictionless applies: HH:MM:SS, [.,]digits, zone.
std::optional<TimeOfDay> timeOfDay(QStringView t)
{
    const int h = fixedNumber(t, 0, 2), m = fixedNumber(t, 3, 2), s = fixedNumber(t, 6, 2);
    if (h < 0 || m < 0 || s < 0 || t[2] != u':' || t[5] != u':')
        return std::nullopt;
    qsizetype pos = 8;
    int msec = 0;
    if (pos < t.size() && (t[pos] == u'.' || t[pos] == u',')) {
        const qsizetype n = countDigits(t, pos + 1);
        if (n == 0)
            return std::nullopt;
        for (qsizetype i = 0; i < 3; ++i)
            msec = msec * 10 + (i < n ? t[pos + 1 + i].unicode() - u'0' : 0);
        pos += 1 + n;
    }
    TimeOfDay out;
    if (pos < t.size()) {
        const QStringView zone = t.mid(pos);
        if (zone == u"Z" || zone == u"z") {
            out.offsetSeconds = 0;
        } else {
            const int oh = fixedNumber(zone, 1, 2);
            int om = 0;
            if (zone.size() == 5)
                om = fixedNumber(zone, 3, 2);
            else if (zone.size() == 6 && zone[3] == u':')
                om = fixedNumber(zone, 4, 2);
            else if (zone.size() != 3)
                return std::nullopt;
            if ((zone[0] != u'+' && zone[0] != u'-') || oh < 0 || oh > 23 || om < 0 || om > 59)
                return std::nullopt;
            out.offsetSeconds = (zone[0] == u'-' ? -1 : 1) * (oh * 3600 + om * 60);
        }
    }
    if (h == 24 && m == 0 && s == 0 && msec == 0) {
        out.time = QTime(0, 0);
        out.nextDay = true;
        return out;
    }
    out.time = QTime(h, m, s, msec);
    if (!out.time.isValid())
        return std::nullopt;
    return out;
}

// One duration component: digits with an optional [,.]digits fraction, then the designator.
bool durationPart(QStringView t, qsizetype &pos, char16_t designator)
{
    qsizetype p = pos;
    const qsizetype n = countDigits(t, p);
    if (n == 0)
        return false;
    p += n;
    if (p < t.size() && (t[p] == u'.' || t[p] == u',')) {
        const qsizetype f = countDigits(t, p + 1);
        if (f == 0)
            return false;
        p += 1 + f;
    }
    if (p >= t.size() || t[p] != designator)
        return false;
    pos = p + 1;
    return true;
}

} // namespace

std::optional<qint64> integer(QStringView text)
{
    const QStringView t = text.trimmed();
    qsizetype pos = 0;
    const bool negative = !t.isEmpty() && t[0] == u'-';
    if (!t.isEmpty() && (t[0] == u'-' || t[0] == u'+'))
        ++pos;
    if (pos == t.size())
        return std::nullopt;
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    quint64 v = 0;
    for (; pos < t.size(); ++pos) {
        if (!isDigit(t[pos]))
            return std::nullopt;
        const unsigned d = t[pos].unicode() - u'0';
        if (v > (limit - d) / 10)
            return std::nullopt;
        v = v * 10 + d;
    }
    return negative ? qint64(0 - v) : qint64(v);
}

std::optional<double> number(QStringView text)
{
    const bool spaced = !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
    const QStringView t = spaced ? text.trimmed() : text;
    qsizetype pos = 0;
    const bool negative = !t.isEmpty() && t[0] == u'-';
    if (!t.isEmpty() && (t[0] == u'-' || t[0] == u'+'))
        ++pos;
    const QStringView body = t.mid(pos);
    const double sign = negative ? -1.0 : 1.0;
    if (!body.isEmpty() && body[0].isLetter()) {
        if (body.compare(u"inf", Qt::CaseInsensitive) == 0 ||
            body.compare(u"infinity", Qt::CaseInsensitive) == 0)
            return sign * std::numeric_limits<double>::infinity();
        for (QStringView nan : {QStringView(u"nan"), QStringView(u"snan")}) {
            if (body.startsWith(nan, Qt::CaseInsensitive) &&
                countDigits(body, nan.size()) == body.size() - nan.size())
                return std::numeric_limits<double>::quiet_NaN();
        }
        return std::nullopt;
    }
    const qsizetype intDigits = countDigits(body, 0);
    qsizetype p = intDigits, fracDigits = 0;
    if (p < body.size() && body[p] == u'.') {
        fracDigits = countDigits(body, p + 1);
        p += 1 + fracDigits;
    }
    if (intDigits + fracDigits == 0)
        return std::nullopt;
    const qsizetype mantissaEnd = p;
    if (p < body.size() && (body[p] == u'e' || body[p] == u'E')) {
        qsizetype q = p + 1;
        if (q < body.size() && (body[q] == u'+' || body[q] == u'-'))
            ++q;
        const qsizetype expDigits = countDigits(body, q);
        if (expDigits == 0)
            return std::nullopt;
        p = q + expDigits;
    }
    if (p != body.size())
        return std::nullopt;
    if (mantissaEnd == body.size() && intDigits + fracDigits <= 15) {
        // Clinger's fast path: the digits fit a double exactly and so does 10^fracDigits, so one
        // correctly rounded division gives the same double as from_chars, at a fraction of the cost.
        static constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                            1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
        qint64 mantissa = 0;
        for (qsizetype i = 0; i < intDigits; ++i)
            mantissa = mantissa * 10 + (body[i].unicode() - u'0');
        for (qsizetype i = intDigits + 1; i < mantissaEnd; ++i)
            mantissa = mantissa * 10 + (body[i].unicode() - u'0');
        return sign * (double(mantissa) / kPow10[fracDigits]);
    }
    QVarLengthArray<char, 64> ascii(body.size());
    for (qsizetype i = 0; i < body.size(); ++i)
        ascii[i] = char(body[i].unicode());
    double value = 0;
    const auto [end, ec] = std::from_chars(ascii.data(), ascii.data() + ascii.size(), value);
    if (ec == std::errc::result_out_of_range) {
        // Decimal keeps any magnitude; a double saturates: infinity when the number is big, 0 when tiny.
        qsizetype lead = 0;
        while (lead < intDigits && body[lead] == u'0')
            ++lead;
        const qint64 exponent = mantissaEnd < body.size() ? body.mid(mantissaEnd + 1).toLongLong() : 0;
        value = (intDigits - lead > 0 || exponent > 0) ? std::numeric_limits<double>::infinity() : 0.0;
    } else if (ec != std::errc() || end != ascii.data() + ascii.size()) {
        return std::nullopt;
    }
    return sign * value;
}

QStringView stripNonNumeric(QStringView text)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && !isDigit(text[begin]) && text[begin] != u'-')
        ++begin;
    while (end > begin && !isDigit(text[end - 1]))
        --end;
    return text.mid(begin, end - begin);
}

QDate isoDate(QStringView t)
{
    if (t.size() != 10 || t[4] != u'-' || t[7] != u'-')
        return {};
    const int y = fixedNumber(t, 0, 4), m = fixedNumber(t, 5, 2), d = fixedNumber(t, 8, 2);
    if (y < 1 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

std::optional<QDateTime> isoDateTime(QStringView t)
{
    // Frictionless guards isoparse so that shorter forms ("2020-01", "2020-01-01T10") do not pass.
    if (t.size() < 19 || t[16] != u':')
        return std::nullopt;
    const int y = fixedNumber(t, 0, 4), mo = fixedNumber(t, 5, 2), d = fixedNumber(t, 8, 2);
    if (y < 1 || mo < 0 || d < 0 || t[4] != u'-' || t[7] != u'-')
        return std::nullopt;
    QDate date(y, mo, d);
    const std::optional<TimeOfDay> tod = timeOfDay(t.mid(11));
    if (!date.isValid() || !tod)
        return std::nullopt;
    if (tod->nextDay)
        date = date.addDays(1);
    if (!tod->offsetSeconds || *tod->offsetSeconds == 0)
        return QDateTime(date, tod->time, Qt::UTC);
    return QDateTime(date, tod->time, Qt::OffsetFromUTC, *tod->offsetSeconds);
}

std::optional<QTime> isoTime(QStringView t)
{
    if (t.size() < 8 || t[5] != u':')
        return std::nullopt;
    const std::optional<TimeOfDay> tod = timeOfDay(t);
    if (!tod)
        return std::nullopt;
    return tod->time;
}

bool isoDuration(QStringView t)
{
    qsizetype pos = (!t.isEmpty() && (t[0] == u'+' || t[0] == u'-')) ? 1 : 0;
    if (pos >= t.size() || t[pos] != u'P' || pos + 1 >= t.size())
        return false;
    ++pos;
    // The alternative form PYYYY-MM-DDTHH:MM:SS.
    const QStringView alt = t.mid(pos);
    if (alt.size() == 19 && alt[4] == u'-' && alt[7] == u'-' && alt[10] == u'T' && alt[13] == u':' &&
        alt[16] == u':') {
        for (int i : {0, 5, 8, 11, 14, 17})
            if (fixedNumber(alt, i, i == 0 ? 4 : 2) < 0)
                return false;
        return true;
    }
    for (char16_t d : {u'Y', u'M', u'W', u'D'})
        durationPart(t, pos, d);
    if (pos < t.size() && t[pos] == u'T') {
        ++pos;
        for (char16_t d : {u'H', u'M', u'S'})
            durationPart(t, pos, d);
    }
    return pos == t.size();
}

} // namespace urbis::cellparse
