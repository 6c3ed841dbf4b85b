#include "recordprinter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace urbis {

namespace {
QString period(const DatasetRecord &r)
{
    if (!r.timeStart.isValid())
        return QStringLiteral("-");
    return r.timeStart.date().toString(Qt::ISODate) + QStringLiteral("..") +
           (r.timeEnd.isValid() ? r.timeEnd.date().toString(Qt::ISODate) : QString());
}
QString cut(const QString &s, int width)
{
    return s.size() <= width ? s.leftJustified(width) : s.left(width - 1) + QChar(0x2026);
}
} // namespace

QJsonObject RecordPrinter::searchJson(const SearchResult &result, int offset, int limit)
{
    QJsonArray datasets;
    for (const DatasetRecord &r : result.records)
        datasets.append(r.toJson());
    QJsonObject facets;
    for (auto it = result.facets.cbegin(); it != result.facets.cend(); ++it) {
        QJsonArray counts;
        for (const FacetCount &c : it.value())
            counts.append(QJsonObject{{QStringLiteral("value"), c.value}, {QStringLiteral("count"), c.count}});
        facets.insert(it.key(), counts);
    }
    return QJsonObject{{QStringLiteral("total"), result.total},
                       {QStringLiteral("offset"), offset},
                       {QStringLiteral("limit"), limit},
                       {QStringLiteral("datasets"), datasets},
                       {QStringLiteral("facets"), facets}};
}

QJsonObject RecordPrinter::historyJson(const HistoryEntry &h)
{
    return QJsonObject{{QStringLiteral("seq"), h.seq},
                       {QStringLiteral("at"), h.at.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("profile"), h.profile},
                       {QStringLiteral("action"), h.action},
                       {QStringLiteral("changes"), h.changes}};
}

void RecordPrinter::printTable(QTextStream &out, const SearchResult &result)
{
    out << cut(RecordPrinter::tr("ID"), 36) << "  " << cut(RecordPrinter::tr("TITLE"), 44) << "  " << cut(RecordPrinter::tr("CITY"), 14) << "  "
        << cut(RecordPrinter::tr("DOMAIN"), 8) << "  " << RecordPrinter::tr("PERIOD") << '\n';
    for (const DatasetRecord &r : result.records)
        out << r.id << "  " << cut(r.title, 44) << "  " << cut(r.city, 14) << "  " << cut(r.domain, 8) << "  "
            << period(r) << '\n';
    out << RecordPrinter::tr("%n dataset(s) shown of %1 matching", nullptr, int(result.records.size())).arg(result.total) << '\n';
}

void RecordPrinter::printDetails(QTextStream &out, const DatasetRecord &r, const QList<HistoryEntry> &history)
{
    auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << (label + QLatin1Char(':')).leftJustified(14) << value << '\n';
    };
    row(RecordPrinter::tr("ID"), r.id);
    row(RecordPrinter::tr("Title"), r.title);
    row(RecordPrinter::tr("Description"), r.description);
    row(RecordPrinter::tr("Source"), r.source);
    row(RecordPrinter::tr("Publisher"), r.publisher);
    row(RecordPrinter::tr("City"), r.countryCode.isEmpty() ? r.city : r.city + QStringLiteral(" (") + r.countryCode + QLatin1Char(')'));
    row(RecordPrinter::tr("Domain"), r.domain);
    row(RecordPrinter::tr("Keywords"), r.keywords.join(QStringLiteral(", ")));
    row(RecordPrinter::tr("License"), r.license);
    row(RecordPrinter::tr("Format"), r.mediaType.isEmpty() ? r.format : r.format + QStringLiteral(" (") + r.mediaType + QLatin1Char(')'));
    row(RecordPrinter::tr("Period"), period(r));
    row(RecordPrinter::tr("Extent"), r.bbox.toString());
    row(RecordPrinter::tr("CRS"), r.crs);
    row(RecordPrinter::tr("Features"), r.featureCount >= 0 ? QString::number(r.featureCount) : QString());
    row(RecordPrinter::tr("Size"), r.byteSize >= 0 ? QString::number(r.byteSize) + RecordPrinter::tr(" bytes") : QString());
    row(RecordPrinter::tr("SHA-256"), r.sha256);
    row(RecordPrinter::tr("Version"), QString::number(r.version) +
                           (r.previousVersion.isEmpty() ? QString() : RecordPrinter::tr(" (previous %1)").arg(r.previousVersion)));
    row(RecordPrinter::tr("Validation"), DatasetRecord::validationName(r.validation));
    row(RecordPrinter::tr("Modified"), r.modified.toString(Qt::ISODate));
    if (!r.fields.isEmpty()) {
        out << RecordPrinter::tr("Fields:") << '\n';
        for (const FieldInfo &f : r.fields)
            out << "  " << f.name.leftJustified(16) << ' ' << f.type.leftJustified(10) << ' ' << f.unit << '\n';
    }
    if (!history.isEmpty()) {
        out << RecordPrinter::tr("History:") << '\n';
        for (const HistoryEntry &h : history)
            out << "  " << h.at.toString(Qt::ISODate) << "  " << h.profile << "  " << h.action << "  "
                << QStringList(h.changes.keys()).join(QStringLiteral(", ")) << '\n';
    }
}

} // namespace urbis
