#include "optionalchecks.h"

#include "valuecast.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QPointF>

#include <algorithm>
#include <cmath>

namespace urbis {

namespace {

std::optional<qint64> integral(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return v.toLongLong();
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9.0e18)
            return qint64(d);
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

ValidationError checkError(const char *check, const QString &note)
{
    ValidationError e;
    e.type = QStringLiteral("check-error");
    e.message = OptionalChecks::tr("The check \"%1\" cannot run: %2").arg(QLatin1String(check), note);
    e.note = note;
    return e;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// Python's statistics.mode: the most common value, the first one seen on a tie.
double mode(const QList<double> &values)
{
    QHash<double, qint64> counts;
    qint64 best = 0;
    for (double v : values)
        best = std::max(best, ++counts[v]);
    for (double v : values)
        if (counts.value(v) == best)
            return v;
    return 0;
}

} // namespace

QString OptionalChecks::text(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::QPointF: {
        const QPointF p = value.toPointF();
        return QStringLiteral("%1, %2").arg(p.x()).arg(p.y());
    }
    default:
        return value.toString();
    }
}

int OptionalChecks::requireField(const char *check, const QJsonObject &options, bool numeric)
{
    // fieldName as in the peer's descriptors; field_name as its Python keyword.
    const QString name = options.value(QLatin1String("fieldName"))
                             .toString(options.value(QLatin1String("field_name")).toString());
    const auto it =
        std::find_if(m_fields.cbegin(), m_fields.cend(), [&](const TableField &f) { return f.name == name; });
    const QString label = QString::fromLatin1(check).replace(u'-', u' ');
    if (it == m_fields.cend()) {
        m_configErrors << checkError(
            check, QStringLiteral("%1 check requires field \"%2\" to exist").arg(label, name));
        return -1;
    }
    if (numeric && it->type != u"integer" && it->type != u"number") {
        m_configErrors << checkError(
            check, QStringLiteral("%1 check requires field \"%2\" to be numeric").arg(label, name));
        return -1;
    }
    return int(it - m_fields.cbegin());
}

OptionalChecks::OptionalChecks(const TableSchema &schema, const QStringList &checks,
                               const QJsonObject &checkOptions)
    : m_fields(schema.fields)
{
    const auto options = [&](const char *check) {
        return checkOptions.value(QLatin1String(check)).toObject();
    };
    if (checks.contains(u"deviated-value")) {
        const QJsonObject o = options("deviated-value");
        m_deviated.field = requireField("deviated-value", o, true);
        m_deviated.interval = o.value(QLatin1String("interval")).toDouble(3);
        m_deviated.average = o.value(QLatin1String("average")).toString(QStringLiteral("mean"));
        if (!QStringList{QStringLiteral("mean"), QStringLiteral("median"), QStringLiteral("mode")}.contains(
                m_deviated.average)) {
            m_configErrors << checkError("deviated-value",
                                         QStringLiteral("average should be in \"mean, median, mode\""));
            m_deviated.field = -1;
        }
    }
    if (checks.contains(u"sequential-value"))
        m_sequential.field = requireField("sequential-value", options("sequential-value"), false);
    m_truncated = checks.contains(u"truncated-value");
    if (checks.contains(u"forbidden-value")) {
        const QJsonObject o = options("forbidden-value");
        m_forbidden.field = requireField("forbidden-value", o, false);
        if (m_forbidden.field >= 0) {
            const Result<ValueCast> cast = ValueCast::compile(m_fields.at(m_forbidden.field));
            const QJsonArray values = o.value(QLatin1String("values")).toArray();
            QStringList shown;
            for (const QJsonValue v : values) {
                shown << (v.isNull() ? QStringLiteral("null") : v.toVariant().toString());
                if (v.isNull()) {
                    m_forbidden.null = true;
                } else if (cast) {
                    const QVariant typed = cast->castJson(v);
                    if (typed.isValid()) // a value the field cannot hold can never be met
                        m_forbidden.values << typed;
                }
            }
            m_forbidden.note =
                QStringLiteral("forbiddened values are \"%1\"").arg(shown.join(QStringLiteral(", ")));
        }
    }
}

ValidationError OptionalChecks::cellError(const char *type, qint64 row, int field, const QVariant &value,
                                          const QString &message, const QString &note) const
{
    ValidationError e;
    e.type = QLatin1String(type);
    e.rowNumber = row;
    e.fieldNumber = field + 1;
    e.fieldName = m_fields.at(field).name;
    e.cell = text(value);
    e.message = message;
    e.note = note;
    return e;
}

QList<ValidationError> OptionalChecks::checkRow(qint64 row, const QList<QVariant> &values)
{
    QList<ValidationError> out;
    const auto value = [&](int f) { return f >= 0 && f < values.size() ? values.at(f) : QVariant(); };
    if (m_deviated.field >= 0) {
        const QVariant v = value(m_deviated.field);
        const double d = v.isValid() ? v.toDouble() : std::nan("");
        if (std::isfinite(d)) // NaN or infinity would make the whole interval meaningless
            m_deviated.values.append({row, d});
    }
    if (m_sequential.field >= 0 && !m_sequential.exited) {
        const int f = m_sequential.field;
        const std::optional<qint64> n = integral(value(f));
        if (!n || (m_sequential.next && *n != *m_sequential.next)) {
            m_sequential.exited = true;
            const QString cell = text(value(f));
            out << cellError(
                "sequential-value", row, f, value(f),
                tr("The cell \"%1\" in row at position %2 and field \"%3\" at position %4 is not sequential")
                    .arg(cell)
                    .arg(row)
                    .arg(m_fields.at(f).name)
                    .arg(f + 1),
                QStringLiteral("the value is not sequential"));
        } else {
            m_sequential.next = *n + 1;
        }
    }
    if (m_truncated) {
        static const QList<qsizetype> lengths{255, 8000, 65535};
        static const QList<qint64> integers{32767,      65535,        2097152,
                                            2147483647, 4294967295LL, 9223372036854775807LL};
        for (int f = 0; f < std::min<qsizetype>(values.size(), m_fields.size()); ++f) {
            const QVariant &v = values.at(f);
            const bool hit = (v.typeId() == QMetaType::QString && lengths.contains(v.toString().size())) ||
                             (v.typeId() == QMetaType::LongLong && integers.contains(v.toLongLong()));
            if (hit)
                out << cellError("truncated-value", row, f, v,
                                 tr("The cell \"%1\" in row at position %2 and field \"%3\" at position %4 "
                                    "is probably truncated")
                                     .arg(text(v).left(80))
                                     .arg(row)
                                     .arg(m_fields.at(f).name)
                                     .arg(f + 1),
                                 QStringLiteral("value is probably truncated"));
        }
    }
    if (m_forbidden.field >= 0) {
        const int f = m_forbidden.field;
        const QVariant v = value(f);
        if (v.isValid() ? m_forbidden.values.contains(v) : m_forbidden.null)
            out << cellError("forbidden-value", row, f, v,
                             tr("The cell \"%1\" in row at position %2 and field \"%3\" at position %4 holds "
                                "a forbidden value")
                                 .arg(text(v))
                                 .arg(row)
                                 .arg(m_fields.at(f).name)
                                 .arg(f + 1),
                             m_forbidden.note);
    }
    return out;
}

QList<ValidationError> OptionalChecks::finish()
{
    QList<ValidationError> out;
    const auto &rows = m_deviated.values;
    if (m_deviated.field < 0 || rows.size() < 2)
        return out;
    QList<double> xs;
    xs.reserve(rows.size());
    double sum = 0;
    for (const auto &r : rows) {
        xs << r.second;
        sum += r.second;
    }
    const double mean = sum / double(xs.size());
    double squares = 0;
    for (double x : std::as_const(xs))
        squares += (x - mean) * (x - mean);
    const double stdev = std::sqrt(squares / double(xs.size() - 1)); // statistics.stdev: the sample deviation
    const double average = m_deviated.average == u"median" ? median(xs)
                           : m_deviated.average == u"mode" ? mode(xs)
                                                           : mean;
    const double low = average - stdev * m_deviated.interval, high = average + stdev * m_deviated.interval;
    const int f = m_deviated.field;
    for (const auto &[row, x] : rows) {
        if (x >= low && x <= high)
            continue;
        const QString note =
            QStringLiteral("value \"%1\" in row at position \"%2\" and field \"%3\" is deviated \"[%4, %5]\"")
                .arg(QString::number(x))
                .arg(row)
                .arg(m_fields.at(f).name)
                .arg(low, 0, 'f', 2)
                .arg(high, 0, 'f', 2);
        out << cellError("deviated-value", row, f, x,
                         tr("There is a possible error because the value is deviated: %1").arg(note), note);
    }
    return out;
}

} // namespace urbis
