#include "factscanspec.h"

#include <QCryptographicHash>

namespace urbis {

int FactScanSpec::addMeasure(const Measure &m)
{
    const qsizetype i = measures.indexOf(m);
    if (i >= 0)
        return int(i);
    measures.append(m);
    return int(measures.size() - 1);
}

QString FactScanSpec::quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString FactScanSpec::sql() const
{
    QStringList columns;
    columns << (timeColumn.isEmpty() ? QStringLiteral("NULL") : quoted(timeColumn));
    for (const QString &d : dims)
        columns << quoted(d);
    for (const Measure &m : measures)
        columns << m.sql;
    QString s = QStringLiteral("SELECT %1 FROM %2 WHERE ").arg(columns.join(QStringLiteral(", ")), quoted(table));
    if (!where.isEmpty())
        s += QLatin1Char('(') + where + QStringLiteral(") AND ");
    return s + QStringLiteral("rowid BETWEEN ? AND ?");
}

QByteArray FactScanSpec::cacheKey(const QString &sha256) const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString &s) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    };
    const auto addParams = [&add](const QList<QVariant> &params) {
        for (const QVariant &p : params)
            add(QString::number(p.typeId()) + QLatin1Char(':') + p.toString());
    };
    add(sha256);
    add(table);
    add(timeColumn);
    add(QString::number(int(timeKind)));
    add(dims.join(QChar(0x1e)));
    for (const Measure &m : measures) {
        add(m.sql);
        addParams(m.params);
        add(QString::number(int(m.kind)));
    }
    add(where);
    addParams(whereParams);
    return h.result().toHex();
}

} // namespace urbis
