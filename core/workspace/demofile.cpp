#include "demofile.h"

namespace urbis {

TableField DemoFile::field(const QString &name, const QString &type, const QString &unit, const QString &description)
{
    TableField f;
    f.name = name;
    f.type = type;
    f.unit = unit;
    f.description = description;
    return f;
}

quint32 DemoFile::seedFor(const QString &fileName)
{
    quint32 h = 2166136261u;
    for (const char c : fileName.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

QString DemoFile::slug(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower())
        out.append(c.isLetterOrNumber() ? c : QLatin1Char('-'));
    return out;
}

} // namespace urbis
