#include "reportreader.h"

#include "../storage/objectstore.h"
#include "datasetassets.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace urbis {

namespace {

ValidationError errorFrom(const QJsonObject &o)
{
    ValidationError e;
    e.type = o.value(QStringLiteral("type")).toString();
    const QJsonValue row = o.value(QStringLiteral("rowNumber"));
    if (row.isDouble())
        e.rowNumber = row.toInteger();
    const QJsonValue field = o.value(QStringLiteral("fieldNumber"));
    if (field.isDouble())
        e.fieldNumber = field.toInt();
    e.fieldName = o.value(QStringLiteral("fieldName")).toString();
    e.cell = o.value(QStringLiteral("cell")).toString();
    e.message = o.value(QStringLiteral("message")).toString();
    e.note = o.value(QStringLiteral("note")).toString();
    return e;
}

} // namespace

Result<ValidationReport> ReportReader::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error(Error::Code::InvalidData, tr("The stored validation report is not readable"),
                     parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("not an object"));
    const QJsonObject o = doc.object();
    ValidationReport r;
    for (const QJsonValue &v : o.value(QStringLiteral("errors")).toArray())
        r.errors << errorFrom(v.toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("notices")).toArray())
        r.notices << errorFrom(v.toObject());
    const QJsonObject stats = o.value(QStringLiteral("stats")).toObject();
    r.rows = stats.value(QStringLiteral("rows")).toInteger();
    r.fields = stats.value(QStringLiteral("fields")).toInt();
    r.bytes = stats.value(QStringLiteral("bytes")).toInteger();
    r.sha256 = stats.value(QStringLiteral("sha256")).toString();
    r.seconds = stats.value(QStringLiteral("seconds")).toDouble();
    for (const QJsonValue &v : o.value(QStringLiteral("warnings")).toArray())
        r.warnings << v.toString();
    return r;
}

Result<ValidationReport> ReportReader::load(const DatasetRecord &record, const ObjectStore &store)
{
    const std::optional<AssetInfo> asset = DatasetAssets::find(record, QStringLiteral("report"));
    if (!asset)
        return Error(Error::Code::NotFound, tr("This dataset has no stored validation report."));
    Result<QByteArray> bytes = store.read(asset->sha256);
    if (!bytes)
        return bytes.error();
    return fromJson(*bytes);
}

} // namespace urbis
