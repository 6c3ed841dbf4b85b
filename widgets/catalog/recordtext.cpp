#include "recordtext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace urbis {

namespace {
QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    return v.toVariant().toString();
}
QString day(const QDateTime &t)
{
    return t.toUTC().date().toString(Qt::ISODate);
}
} // namespace

QString RecordText::timeRange(const QDateTime &start, const QDateTime &end)
{
    if (start.isValid() && end.isValid())
        return tr("%1 – %2").arg(day(start), day(end));
    if (start.isValid())
        return tr("from %1").arg(day(start));
    if (end.isValid())
        return tr("until %1").arg(day(end));
    return tr("unknown");
}

QString RecordText::dateTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : tr("unknown");
}

QString RecordText::byteSize(qint64 bytes)
{
    if (bytes < 0)
        return tr("unknown");
    return QLocale().formattedDataSize(bytes);
}

QString RecordText::count(qint64 n)
{
    return n < 0 ? tr("unknown") : QLocale().toString(n);
}

QString RecordText::extent(const Extent &e)
{
    if (!e.isValid())
        return tr("unknown");
    return tr("W %1, S %2, E %3, N %4")
        .arg(e.west, 0, 'f', 4)
        .arg(e.south, 0, 'f', 4)
        .arg(e.east, 0, 'f', 4)
        .arg(e.north, 0, 'f', 4);
}

QString RecordText::validation(DatasetRecord::Validation v)
{
    switch (v) {
    case DatasetRecord::Validation::Valid:
        return tr("valid");
    case DatasetRecord::Validation::Warnings:
        return tr("warnings");
    case DatasetRecord::Validation::Invalid:
        return tr("invalid");
    case DatasetRecord::Validation::Unknown:
        break;
    }
    return tr("not validated");
}

QString RecordText::place(const DatasetRecord &r)
{
    if (r.city.isEmpty())
        return r.countryCode.isEmpty() ? tr("unknown") : r.countryCode;
    return r.countryCode.isEmpty() ? r.city : tr("%1, %2").arg(r.city, r.countryCode);
}

QString RecordText::historyLine(const HistoryEntry &e)
{
    const QString who = e.profile.isEmpty() ? tr("unknown profile") : e.profile;
    QString line = tr("%1 · %2 · %3").arg(dateTime(e.at), e.action, who);
    if (!e.changes.isEmpty())
        line += QStringLiteral(": ") + e.changes.keys().join(QStringLiteral(", "));
    return line;
}

QString RecordText::historyDetails(const HistoryEntry &e)
{
    QStringList lines;
    for (auto it = e.changes.constBegin(); it != e.changes.constEnd(); ++it) {
        const QJsonObject change = it.value().toObject();
        lines << tr("%1: %2 → %3")
                     .arg(it.key(), jsonText(change.value(QLatin1String("old"))),
                          jsonText(change.value(QLatin1String("new"))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString RecordText::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("publisher"), QT_TR_NOOP("Publisher")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("countryCode"), QT_TR_NOOP("Country")},
        {QStringLiteral("domain"), QT_TR_NOOP("Domain")},
        {QStringLiteral("keywords"), QT_TR_NOOP("Keywords")},
        {QStringLiteral("license"), QT_TR_NOOP("License")},
        {QStringLiteral("format"), QT_TR_NOOP("Format")},
        {QStringLiteral("mediaType"), QT_TR_NOOP("Media type")},
        {QStringLiteral("temporal"), QT_TR_NOOP("Temporal extent")},
        {QStringLiteral("bbox"), QT_TR_NOOP("Bounding box")},
        {QStringLiteral("crs"), QT_TR_NOOP("CRS")},
        {QStringLiteral("featureCount"), QT_TR_NOOP("Features / rows")},
        {QStringLiteral("fields"), QT_TR_NOOP("Fields")},
        {QStringLiteral("byteSize"), QT_TR_NOOP("Size")},
        {QStringLiteral("sha256"), QT_TR_NOOP("SHA-256")},
        {QStringLiteral("assets"), QT_TR_NOOP("Stored files")},
        {QStringLiteral("validation"), QT_TR_NOOP("Validation")},
    };
    const char *label = labels.value(key);
    return label ? tr(label) : key;
}

} // namespace urbis
