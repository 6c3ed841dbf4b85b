#include "isotime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace urbis::isotime {

Result<QDateTime> parse(const QString &text, Bound bound)
{
    const QString t = text.trimmed();
    const bool end = bound == Bound::End;
    static const QRegularExpression year(QStringLiteral(R"(^(\d{4})$)"));
    static const QRegularExpression month(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
    if (auto m = year.match(t); m.hasMatch() && QDate(m.captured(1).toInt(), 1, 1).isValid()) {
        const QDate d(m.captured(1).toInt(), 1, 1);
        return end ? QDateTime(d.addYears(1), QTime(0, 0), Qt::UTC).addMSecs(-1) : QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (auto m = month.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (d.isValid())
            return end ? QDateTime(d.addMonths(1), QTime(0, 0), Qt::UTC).addMSecs(-1) : QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (day.isValid() && t.size() == 10)
        return end ? QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).addMSecs(-1) : QDateTime(day, QTime(0, 0), Qt::UTC);
    // No zone given means UTC. Parse it as UTC directly: read as local time first, an hour that the
    // local clock skips (spring forward) would be rejected.
    static const QRegularExpression zoned(QStringLiteral(R"((Z|[+-]\d{2}(:?\d{2})?)$)"));
    const QString withZone = zoned.match(t).hasMatch() ? t : t + QLatin1Char('Z');
    const QDateTime dt = QDateTime::fromString(withZone, Qt::ISODateWithMs);
    if (dt.isValid() && t.size() > 10)
        return dt.toUTC();
    return Error(Error::Code::InvalidArgument,
                 QCoreApplication::translate("urbis::isotime", "\"%1\" is not an ISO 8601 date or time (e.g. 2023, 2023-01, 2023-01-31, 2023-01-31T12:00:00Z)")
                     .arg(text));
}

} // namespace urbis::isotime
