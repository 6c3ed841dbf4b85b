#include "impacttable.h"

#include <QJsonObject>

#include <algorithm>

namespace urbis {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray ImpactTable::toCsv(const QList<ImpactRecord> &records)
{
    QByteArray out("step,timeSec,time,metric,category,unit,value\r\n");
    for (const ImpactRecord &r : records) {
        out += QByteArray::number(r.step) + ',' + QByteArray::number(r.timeSec, 'g', 17) + ',' +
               csvField(isoTime(r.time)) + ',' + csvField(r.metric) + ',' + csvField(r.category) + ',' +
               csvField(r.unit) + ',' + QByteArray::number(r.value, 'g', 17) + "\r\n";
    }
    return out;
}

QJsonArray ImpactTable::toJson(const QList<ImpactRecord> &records)
{
    QJsonArray out;
    for (const ImpactRecord &r : records) {
        QJsonObject o;
        o.insert(QStringLiteral("step"), r.step);
        o.insert(QStringLiteral("timeSec"), r.timeSec);
        if (r.time.isValid())
            o.insert(QStringLiteral("time"), isoTime(r.time));
        o.insert(QStringLiteral("metric"), r.metric);
        o.insert(QStringLiteral("category"), r.category);
        o.insert(QStringLiteral("unit"), r.unit);
        o.insert(QStringLiteral("value"), r.value);
        out.append(o);
    }
    return out;
}

QString ImpactTable::periodOf(const ImpactRecord &record)
{
    if (record.time.isValid())
        return isoTime(record.time);
    return QStringLiteral("step %1").arg(record.step, 4, 10, QLatin1Char('0'));
}

QList<KpiResult> ImpactTable::toKpiResults(const QList<ImpactRecord> &records)
{
    QList<KpiResult> out;
    const QString dimension = QStringLiteral("category");
    for (const ImpactRecord &r : records) {
        auto it = std::find_if(out.begin(), out.end(), [&](const KpiResult &k) { return k.id == r.metric; });
        if (it == out.end()) {
            KpiResult k;
            k.id = r.metric;
            k.unit = r.unit;
            out.append(k);
            it = out.end() - 1;
        }
        KpiValue v;
        v.period = periodOf(r);
        if (!r.category.isEmpty()) {
            v.dims.insert(dimension, r.category);
            if (it->dimensions.isEmpty())
                it->dimensions = {dimension};
        }
        v.value = r.value;
        it->values.append(v);
    }
    // The engine's order: by period, then dimension values (totals, without one, first).
    for (KpiResult &k : out)
        std::stable_sort(k.values.begin(), k.values.end(), [](const KpiValue &a, const KpiValue &b) {
            if (a.period != b.period)
                return a.period < b.period;
            return a.dims.value(QStringLiteral("category")) < b.dims.value(QStringLiteral("category"));
        });
    return out;
}

} // namespace urbis
