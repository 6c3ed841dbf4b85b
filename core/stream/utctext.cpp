#include "utctext.h"

#include <QDateTime>

#include <algorithm>

namespace urbis::utctext {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;

/** Howard Hinnant's civil_from_days: proleptic Gregorian date of a day count since 1970-01-01. */
void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void put(char *&p, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    p += digits;
}

int digitsAt(QByteArrayView t, int at, int n)
{
    int v = 0;
    for (int i = at; i < at + n; ++i) {
        const char c = t[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

void formatMillis(qint64 ms, char *out)
{
    qint64 days = ms / kMsPerDay;
    qint64 rest = ms % kMsPerDay;
    if (rest < 0) {
        rest += kMsPerDay;
        --days;
    }
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char *p = out;
    put(p, std::clamp(y, 0, 9999), 4);
    *p++ = '-';
    put(p, m, 2);
    *p++ = '-';
    put(p, d, 2);
    *p++ = 'T';
    put(p, int(rest / 3'600'000), 2);
    *p++ = ':';
    put(p, int(rest / 60'000 % 60), 2);
    *p++ = ':';
    put(p, int(rest / 1000 % 60), 2);
    *p++ = '.';
    put(p, int(rest % 1000), 3);
    *p = 'Z';
}

QByteArray millis(qint64 ms)
{
    QByteArray out(kMillisLength, Qt::Uninitialized);
    formatMillis(ms, out.data());
    return out;
}

QByteArray compact(qint64 ms)
{
    QByteArray out = millis(ms);
    if (out.endsWith(".000Z"))
        out.replace(19, 5, "Z");
    return out;
}

std::optional<qint64> parse(QByteArrayView t)
{
    // "YYYY-MM-DDTHH:MM:SS" then ".s..." and "Z": the form GeoPackage writers use.
    if (t.size() >= 20 && t[4] == '-' && t[7] == '-' && t[10] == 'T' && t[13] == ':' && t[16] == ':' &&
        t.back() == 'Z') {
        const int y = digitsAt(t, 0, 4), mo = digitsAt(t, 5, 2), d = digitsAt(t, 8, 2);
        const int h = digitsAt(t, 11, 2), mi = digitsAt(t, 14, 2), s = digitsAt(t, 17, 2);
        int ms = 0;
        bool ok = y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 &&
                  mi < 60 && s >= 0 && s < 61;
        if (ok && t.size() > 20) {
            ok = t[19] == '.' && t.size() >= 22;
            for (int i = 20, scale = 100; ok && i < t.size() - 1; ++i, scale /= 10) {
                const char c = t[i];
                ok = c >= '0' && c <= '9';
                ms += (c - '0') * scale; // digits past the third add nothing (scale is 0 there)
            }
        }
        if (ok)
            return daysFromCivil(y, mo, d) * kMsPerDay + ((h * 60 + mi) * 60 + s) * 1000LL + ms;
    }
    QString text = QString::fromUtf8(t).trimmed();
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime) // no zone given: UTC, as the import reads such values
        dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

} // namespace urbis::utctext
