#include "tableschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace urbis {

namespace {

Error invalid(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::InvalidData, message, detail);
}

// primaryKey and the two sides of a foreign key may be one name or a list of names.
std::optional<QStringList> names(const QJsonValue &v)
{
    if (v.isString())
        return QStringList{v.toString()};
    if (!v.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString())
            return std::nullopt;
        out.append(item.toString());
    }
    return out;
}

QJsonValue namesToJson(const QStringList &list)
{
    if (list.size() == 1)
        return list.constFirst();
    return QJsonArray::fromStringList(list);
}

Result<TableSchema::ForeignKey> foreignKeyFromJson(const QJsonValue &json, const TableSchema &schema,
                                                   int index)
{
    const QString where = QStringLiteral("foreignKeys[%1]").arg(index);
    const QJsonObject o = json.toObject();
    const QJsonObject ref = o.value(QLatin1String("reference")).toObject();
    const std::optional<QStringList> fields = names(o.value(QLatin1String("fields")));
    const std::optional<QStringList> refFields = names(ref.value(QLatin1String("fields")));
    const QJsonValue resource = ref.value(QLatin1String("resource"));
    if (!json.isObject() || !fields || !refFields || !resource.isString() || fields->isEmpty())
        return invalid(
            QCoreApplication::translate(
                "urbis::TableSchema",
                "Foreign key %1 is malformed: it needs \"fields\" and a \"reference\" with \"resource\" "
                "and \"fields\"")
                .arg(index + 1),
            where);
    if (fields->size() != refFields->size())
        return invalid(QCoreApplication::translate("urbis::TableSchema",
                                                   "Foreign key %1 lists %2 fields but references %3")
                           .arg(index + 1)
                           .arg(fields->size())
                           .arg(refFields->size()),
                       where);
    TableSchema::ForeignKey key{*fields, resource.toString(), *refFields};
    QStringList mustExist = key.fields;
    if (key.resource.isEmpty()) // a reference to this table must name its fields too
        mustExist += key.referenceFields;
    for (const QString &name : std::as_const(mustExist))
        if (schema.indexOf(name) < 0)
            return invalid(QCoreApplication::translate(
                               "urbis::TableSchema",
                               "Foreign key %1 names the field \"%2\", which the schema does not have")
                               .arg(index + 1)
                               .arg(name),
                           where);
    return key;
}

} // namespace

Result<TableSchema> TableSchema::fromJson(const QJsonObject &descriptor)
{
    TableSchema s;
    const QJsonValue missing = descriptor.value(QLatin1String("missingValues"));
    if (!missing.isUndefined()) {
        if (!missing.isArray())
            return invalid(
                QCoreApplication::translate("urbis::TableSchema",
                                            "The schema's \"missingValues\" must be a list of strings"),
                QStringLiteral("missingValues"));
        s.missingValues.clear();
        for (const QJsonValue v : missing.toArray()) {
            if (!v.isString())
                return invalid(
                    QCoreApplication::translate("urbis::TableSchema",
                                                "The schema's \"missingValues\" must be a list of strings"),
                    QStringLiteral("missingValues"));
            s.missingValues.append(v.toString());
        }
    }
    const QJsonValue fields = descriptor.value(QLatin1String("fields"));
    if (!fields.isArray())
        return invalid(QCoreApplication::translate("urbis::TableSchema", "The schema has no \"fields\" list"),
                       QStringLiteral("fields"));
    QSet<QString> seen;
    const QJsonArray list = fields.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("fields[%1]").arg(i);
        if (!list.at(i).isObject())
            return invalid(
                QCoreApplication::translate("urbis::TableSchema", "Field %1 of the schema is not an object")
                    .arg(i + 1),
                where);
        if (!list.at(i).toObject().value(QLatin1String("name")).isString())
            return invalid(
                QCoreApplication::translate("urbis::TableSchema", "Field %1 of the schema has no name")
                    .arg(i + 1),
                where);
        Result<TableField> field = TableField::fromJson(list.at(i).toObject(), s.missingValues);
        if (!field) // its message names the field already
            return Error(field.error().code, field.error().message, where);
        if (seen.contains(field->name))
            return invalid(
                QCoreApplication::translate("urbis::TableSchema", "The schema has two fields named \"%1\"")
                    .arg(field->name),
                where);
        seen.insert(field->name);
        s.fields.append(std::move(*field));
    }
    const QJsonValue pk = descriptor.value(QLatin1String("primaryKey"));
    if (!pk.isUndefined()) {
        const std::optional<QStringList> key = names(pk);
        if (!key)
            return invalid(QCoreApplication::translate(
                               "urbis::TableSchema",
                               "The schema's \"primaryKey\" must be a field name or a list of them"),
                           QStringLiteral("primaryKey"));
        for (const QString &name : *key)
            if (s.indexOf(name) < 0)
                return invalid(QCoreApplication::translate(
                                   "urbis::TableSchema",
                                   "The primary key names the field \"%1\", which the schema does not have")
                                   .arg(name),
                               QStringLiteral("primaryKey"));
        s.primaryKey = *key;
    }
    const QJsonValue fks = descriptor.value(QLatin1String("foreignKeys"));
    if (!fks.isUndefined() && !fks.isArray())
        return invalid(
            QCoreApplication::translate("urbis::TableSchema", "The schema's \"foreignKeys\" must be a list"),
            QStringLiteral("foreignKeys"));
    const QJsonArray fkList = fks.toArray();
    for (qsizetype i = 0; i < fkList.size(); ++i) {
        Result<ForeignKey> key = foreignKeyFromJson(fkList.at(i), s, int(i));
        if (!key)
            return key.error();
        s.foreignKeys.append(std::move(*key));
    }
    for (const auto &[key, out] : {std::pair("crs", &s.crs), std::pair("timeZone", &s.timeZone)}) {
        const QJsonValue v = descriptor.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return invalid(
                QCoreApplication::translate("urbis::TableSchema", "The schema's \"%1\" must be a string")
                    .arg(QLatin1String(key)),
                QString::fromLatin1(key));
        *out = v.toString();
    }
    return s;
}

Result<TableSchema> TableSchema::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            Error::Code::Io,
            QCoreApplication::translate("urbis::TableSchema", "Cannot read the schema file %1").arg(path),
            file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(QCoreApplication::translate("urbis::TableSchema",
                                                   "The schema file %1 is not valid JSON (at byte %2)")
                           .arg(path)
                           .arg(error.offset),
                       error.errorString());
    if (!doc.isObject())
        return invalid(QCoreApplication::translate("urbis::TableSchema",
                                                   "The schema file %1 does not hold a JSON object")
                           .arg(path));
    Result<TableSchema> schema = fromJson(doc.object());
    if (!schema)
        return Error(
            schema.error().code,
            QCoreApplication::translate("urbis::TableSchema", "%1: %2").arg(path, schema.error().message),
            schema.error().detail);
    return schema;
}

QJsonObject TableSchema::toJson() const
{
    QJsonArray list;
    for (const TableField &field : fields) {
        QJsonObject o = field.toJson();
        // A field repeats missing values only where they differ from the schema's.
        if (field.missingValues == missingValues)
            o.remove(QLatin1String("missingValues"));
        else if (!o.contains(QLatin1String("missingValues")))
            o.insert(QLatin1String("missingValues"), QJsonArray::fromStringList(field.missingValues));
        list.append(o);
    }
    QJsonObject s{{QLatin1String("fields"), list}};
    if (missingValues != QStringList{QString()})
        s.insert(QLatin1String("missingValues"), QJsonArray::fromStringList(missingValues));
    if (!primaryKey.isEmpty())
        s.insert(QLatin1String("primaryKey"), namesToJson(primaryKey));
    if (!foreignKeys.isEmpty()) {
        QJsonArray fks;
        for (const ForeignKey &key : foreignKeys)
            fks.append(
                QJsonObject{{QLatin1String("fields"), namesToJson(key.fields)},
                            {QLatin1String("reference"),
                             QJsonObject{{QLatin1String("resource"), key.resource},
                                         {QLatin1String("fields"), namesToJson(key.referenceFields)}}}});
        s.insert(QLatin1String("foreignKeys"), fks);
    }
    if (!crs.isEmpty())
        s.insert(QLatin1String("crs"), crs);
    if (!timeZone.isEmpty())
        s.insert(QLatin1String("timeZone"), timeZone);
    return s;
}

int TableSchema::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (fields.at(i).name == name)
            return int(i);
    return -1;
}

QStringList TableSchema::fieldNames() const
{
    QStringList out;
    out.reserve(fields.size());
    for (const TableField &field : fields)
        out.append(field.name);
    return out;
}

} // namespace urbis
