#include "validationreport.h"

#include <QJsonArray>

namespace urbis {

QJsonObject ValidationReport::toJson() const
{
    QJsonArray list;
    for (const ValidationError &e : errors)
        list.append(e.toJson());
    QJsonObject o{{QStringLiteral("valid"), valid()},
                  {QStringLiteral("stats"), QJsonObject{{QStringLiteral("errors"), errors.size()},
                                                        {QStringLiteral("rows"), rows},
                                                        {QStringLiteral("fields"), fields},
                                                        {QStringLiteral("bytes"), bytes},
                                                        {QStringLiteral("sha256"), sha256},
                                                        {QStringLiteral("seconds"), seconds}}},
                  {QStringLiteral("errors"), list}};
    if (!notices.isEmpty()) {
        QJsonArray n;
        for (const ValidationError &e : notices)
            n.append(e.toJson());
        o.insert(QStringLiteral("notices"), n);
    }
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}

} // namespace urbis
