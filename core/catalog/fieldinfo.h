#pragma once

#include <QJsonObject>
#include <QString>

namespace urbis {

/** One column of a dataset: name, Table Schema type, unit (UCUM / UN/CEFACT code) and description. */
struct FieldInfo
{
    QString name;
    QString type;
    QString unit;
    QString description;

    QJsonObject toJson() const;
    static FieldInfo fromJson(const QJsonObject &o);
    bool operator==(const FieldInfo &) const = default;
};

} // namespace urbis
