#include "sampletime.h"

#include <QDateTime>

#include <cmath>

namespace urbis::sampletime {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

/** Reads `count` digits at `pos`; -1 when they are not all digits. */
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

std::optional<qint64> fastIso(QStringView s)
{
    // YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|+HH:MM|+HHMM|+HH]
    if (s.size() < 16 || s[4] != u'-' || s[7] != u'-' || (s[10] != u'T' && s[10] != u' ') || s[13] != u':')
        return std::nullopt;
    const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2), h = digits(s, 11, 2),
              mi = digits(s, 14, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 24 || mi < 0 || mi > 59)
        return std::nullopt;
    qsizetype pos = 16;
    int sec = 0, ms = 0;
    if (pos < s.size() && s[pos] == u':') {
        sec = digits(s, pos + 1, 2);
        if (sec < 0 || sec > 60)
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
            ++pos;
            int scale = 100, n = 0;
            for (; pos < s.size() && s[pos].isDigit(); ++pos, ++n) {
                ms += (s[pos].unicode() - u'0') * scale;
                scale /= 10;
            }
            if (n == 0)
                return std::nullopt;
        }
    }
    int offsetMin = 0;
    if (pos < s.size()) {
        const QChar sign = s[pos];
        if (sign == u'Z' || sign == u'z') {
            ++pos;
        } else if (sign == u'+' || sign == u'-') {
            const int oh = digits(s, pos + 1, 2);
            if (oh < 0)
                return std::nullopt;
            pos += 3;
            int om = 0;
            if (pos < s.size() && s[pos] == u':')
                ++pos;
            if (pos < s.size()) {
                om = digits(s, pos, 2);
                if (om < 0)
                    return std::nullopt;
                pos += 2;
            }
            offsetMin = (oh * 60 + om) * (sign == u'-' ? -1 : 1);
        }
    }
    if (pos != s.size() || d > QDate(y, mo, 1).daysInMonth())
        return std::nullopt;
    const qint64 secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offsetMin * 60;
    return secs * 1000 + ms;
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

} // namespace

qint64 fromEpochNumber(double value)
{
    return std::abs(value) < 1e11 ? qint64(std::llround(value * 1000)) : qint64(std::llround(value));
}

std::optional<qint64> fromIso(QStringView text)
{
    const QStringView t = text.trimmed();
    if (std::optional<qint64> fast = fastIso(t))
        return fast;
    // The rarer shapes (week dates, no dashes, ...): no zone means UTC, as in isotime::parse.
    QDateTime dt = QDateTime::fromString(t.toString(), Qt::ISODateWithMs);
    if (!dt.isValid() || t.size() <= 10)
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

std::optional<qint64> read(const QJsonValue &value, FieldMapping::TimeFormat format)
{
    using F = FieldMapping::TimeFormat;
    if (format == F::Iso)
        return value.isString() ? fromIso(value.toString()) : std::nullopt;
    const std::optional<double> n = number(value);
    if (n && std::isfinite(*n)) {
        switch (format) {
        case F::EpochSeconds:
            return qint64(std::llround(*n * 1000));
        case F::EpochMillis:
            return qint64(std::llround(*n));
        default:
            return fromEpochNumber(*n);
        }
    }
    if (format == F::Auto && value.isString())
        return fromIso(value.toString());
    return std::nullopt;
}

} // namespace urbis::sampletime
