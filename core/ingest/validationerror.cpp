#include "validationerror.h"

#include <QJsonValue>
#include <QStringList>

namespace urbis {

bool ValidationError::isAdvisory() const
{
    return type == u"crs-missing" || type == u"unit-missing";
}

QStringList ValidationError::tags() const
{
    static const QStringList label{QStringLiteral("blank-label"), QStringLiteral("duplicate-label"),
                                   QStringLiteral("extra-label"), QStringLiteral("missing-label"),
                                   QStringLiteral("incorrect-label")};
    static const QStringList row{QStringLiteral("blank-row"), QStringLiteral("duplicate-row"),
                                 QStringLiteral("primary-key"), QStringLiteral("foreign-key")};
    static const QStringList cellErrors{QStringLiteral("extra-cell"), QStringLiteral("missing-cell"),
                                        QStringLiteral("type-error"), QStringLiteral("constraint-error"),
                                        QStringLiteral("unique-error")};
    if (label.contains(type))
        return {QStringLiteral("#table"), QStringLiteral("#header"), QStringLiteral("#label")};
    if (row.contains(type))
        return {QStringLiteral("#table"), QStringLiteral("#row")};
    if (cellErrors.contains(type) || (fieldNumber.has_value() && rowNumber.has_value()))
        return {QStringLiteral("#table"), QStringLiteral("#row"), QStringLiteral("#cell")};
    // Findings about a column's metadata (unit-missing, unit-mismatch) have a field but no row.
    if (fieldNumber.has_value())
        return {QStringLiteral("#table"), QStringLiteral("#schema")};
    if (rowNumber.has_value())
        return {QStringLiteral("#table"), QStringLiteral("#row")};
    return {QStringLiteral("#general")};
}

QJsonObject ValidationError::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("rowNumber"), rowNumber ? QJsonValue(*rowNumber) : QJsonValue()},
                  {QStringLiteral("fieldNumber"), fieldNumber ? QJsonValue(*fieldNumber) : QJsonValue()},
                  {QStringLiteral("message"), message}};
    if (fieldNumber)
        o.insert(QStringLiteral("fieldName"), fieldName);
    if (rowNumber && fieldNumber)
        o.insert(QStringLiteral("cell"), cell);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

} // namespace urbis
