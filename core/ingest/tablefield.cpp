#include "tablefield.h"

#include "cellcast.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace urbis {

namespace {

Error malformed(const QString &field, const QString &key)
{
    return Error(
        Error::Code::InvalidData,
        QCoreApplication::translate("urbis::TableField", "Field \"%1\": \"%2\" is malformed").arg(field, key),
        key);
}

// JSON has only doubles; a length must be a whole, non-negative number.
std::optional<int> length(const QJsonValue &v, bool &ok)
{
    ok = true;
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(-1);
    ok = v.isDouble() && d >= 0 && d == std::floor(d) && d <= double(std::numeric_limits<int>::max());
    return ok ? std::optional<int>(int(d)) : std::nullopt;
}

Result<TableField::Constraints> constraintsFromJson(const QString &field, const QJsonValue &json)
{
    TableField::Constraints c;
    c.minimum = c.maximum = QJsonValue(QJsonValue::Undefined); // as the header documents an absent bound
    if (json.isUndefined() || json.isNull())
        return c;
    if (!json.isObject())
        return malformed(field, QStringLiteral("constraints"));
    const QJsonObject o = json.toObject();
    static const QSet<QString> known{QStringLiteral("required"),  QStringLiteral("unique"),
                                     QStringLiteral("minLength"), QStringLiteral("maxLength"),
                                     QStringLiteral("minimum"),   QStringLiteral("maximum"),
                                     QStringLiteral("pattern"),   QStringLiteral("enum")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return Error(
                Error::Code::InvalidData,
                QCoreApplication::translate("urbis::TableField", "Field \"%1\": unknown constraint \"%2\"")
                    .arg(field, it.key()),
                it.key());
    }
    const auto key = [](const char *name) { return QString::fromLatin1(name); };
    for (const char *name : {"required", "unique"}) {
        const QJsonValue v = o.value(key(name));
        if (!v.isUndefined() && !v.isBool())
            return malformed(field, QStringLiteral("constraints.%1").arg(key(name)));
    }
    c.required = o.value(QLatin1String("required")).toBool();
    c.unique = o.value(QLatin1String("unique")).toBool();
    bool ok = true;
    c.minLength = length(o.value(QLatin1String("minLength")), ok);
    if (!ok)
        return malformed(field, QStringLiteral("constraints.minLength"));
    c.maxLength = length(o.value(QLatin1String("maxLength")), ok);
    if (!ok)
        return malformed(field, QStringLiteral("constraints.maxLength"));
    c.minimum = o.value(QLatin1String("minimum"));
    c.maximum = o.value(QLatin1String("maximum"));
    const QJsonValue pattern = o.value(QLatin1String("pattern"));
    if (!pattern.isUndefined() && !pattern.isString())
        return malformed(field, QStringLiteral("constraints.pattern"));
    c.pattern = pattern.toString();
    const QJsonValue values = o.value(QLatin1String("enum"));
    if (!values.isUndefined() && !values.isArray())
        return malformed(field, QStringLiteral("constraints.enum"));
    c.enumValues = values.toArray();
    return c;
}

QJsonObject constraintsToJson(const TableField::Constraints &c)
{
    QJsonObject o;
    if (c.required)
        o.insert(QLatin1String("required"), true);
    if (c.unique)
        o.insert(QLatin1String("unique"), true);
    if (c.minLength)
        o.insert(QLatin1String("minLength"), *c.minLength);
    if (c.maxLength)
        o.insert(QLatin1String("maxLength"), *c.maxLength);
    // A default-constructed QJsonValue is null: hand-built fields say "absent" that way.
    if (!c.minimum.isUndefined() && !c.minimum.isNull())
        o.insert(QLatin1String("minimum"), c.minimum);
    if (!c.maximum.isUndefined() && !c.maximum.isNull())
        o.insert(QLatin1String("maximum"), c.maximum);
    if (!c.pattern.isEmpty())
        o.insert(QLatin1String("pattern"), c.pattern);
    if (!c.enumValues.isEmpty())
        o.insert(QLatin1String("enum"), c.enumValues);
    return o;
}

} // namespace

Result<TableField> TableField::fromJson(const QJsonObject &descriptor, const QStringList &schemaMissingValues)
{
    const QJsonValue name = descriptor.value(QLatin1String("name"));
    if (!name.isString())
        return Error(Error::Code::InvalidData,
                     QCoreApplication::translate("urbis::TableField",
                                                 "A field has no name (\"name\" must be a string)"),
                     QStringLiteral("name"));
    TableField f;
    f.name = name.toString();
    for (const auto &[key, out] : {std::pair("type", &f.type), std::pair("format", &f.format),
                                   std::pair("unit", &f.unit), std::pair("description", &f.description)}) {
        const QJsonValue v = descriptor.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isString())
            return malformed(f.name, QString::fromLatin1(key));
        *out = v.toString();
    }
    // Table Schema v1 allowed "fmt:" before a strptime format; frictionless drops it.
    if (f.format.startsWith(QLatin1String("fmt:")))
        f.format = f.format.mid(4);
    if (f.format.isEmpty())
        f.format = QStringLiteral("default");
    Result<Constraints> constraints =
        constraintsFromJson(f.name, descriptor.value(QLatin1String("constraints")));
    if (!constraints)
        return constraints.error();
    f.constraints = std::move(*constraints);
    const QJsonValue missing = descriptor.value(QLatin1String("missingValues"));
    if (missing.isUndefined()) {
        f.missingValues = schemaMissingValues;
    } else {
        f.missingValues.clear();
        for (const QJsonValue v : missing.toArray()) {
            if (!v.isString())
                return malformed(f.name, QStringLiteral("missingValues"));
            f.missingValues.append(v.toString());
        }
        if (!missing.isArray())
            return malformed(f.name, QStringLiteral("missingValues"));
    }
    static const QSet<QString> own{QStringLiteral("name"),         QStringLiteral("type"),
                                   QStringLiteral("format"),       QStringLiteral("unit"),
                                   QStringLiteral("description"),  QStringLiteral("constraints"),
                                   QStringLiteral("missingValues")};
    for (auto it = descriptor.begin(); it != descriptor.end(); ++it)
        if (!own.contains(it.key()))
            f.extra.insert(it.key(), it.value());
    // Compiling checks the type, format, options, pattern and that bounds and enum values cast.
    if (Result<CellCast> cast = CellCast::compile(f); !cast)
        return cast.error();
    return f;
}

QJsonObject TableField::toJson() const
{
    QJsonObject o = extra;
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("type"), type);
    if (!format.isEmpty() && format != QLatin1String("default"))
        o.insert(QLatin1String("format"), format);
    if (const QJsonObject c = constraintsToJson(constraints); !c.isEmpty())
        o.insert(QLatin1String("constraints"), c);
    if (missingValues != QStringList{QString()})
        o.insert(QLatin1String("missingValues"), QJsonArray::fromStringList(missingValues));
    if (!unit.isEmpty())
        o.insert(QLatin1String("unit"), unit);
    if (!description.isEmpty())
        o.insert(QLatin1String("description"), description);
    return o;
}

TableField::Cell TableField::read(const QString &cell) const
{
    return CellCast::forField(*this).read(cell);
}

} // namespace urbis
