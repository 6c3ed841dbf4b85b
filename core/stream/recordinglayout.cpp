#include "recordinglayout.h"

#include <QJsonArray>

namespace urbis {

namespace {

const char *const kRoleNames[] = {"time", "entity", "lat", "lon", "measure", "attribute", "received"};

/** A name not yet taken (case-insensitively, as SQLite compares column names). */
QString unique(const QString &wanted, const QStringList &taken)
{
    QString name = wanted;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = wanted + QLatin1Char('_') + QString::number(n);
    return name;
}

} // namespace

RecordingLayout RecordingLayout::fromMapping(const FieldMapping &m)
{
    RecordingLayout l;
    QStringList taken;
    const auto add = [&](const QString &name, Role role, int index = -1, const QString &unit = {}) {
        const QString n = unique(name.trimmed().isEmpty() ? QStringLiteral("value") : name.trimmed(), taken);
        taken << n;
        l.columns.append({n, role, index, unit});
    };
    add(m.timeKey.isEmpty() ? QStringLiteral("time") : m.timeKey, Role::Time);
    // Always an entity column: without a key an MQTT source names the entity after the topic.
    // Alternatives ("station|cityName") record under the first name, so a replay reads back alike.
    const QString entity = m.entityKey.section(QLatin1Char('|'), 0, 0).trimmed();
    add(entity.isEmpty() ? QStringLiteral("entity") : entity, Role::Entity);
    const bool position = !m.latKey.isEmpty() && !m.lonKey.isEmpty();
    if (position) {
        add(m.latKey, Role::Lat, -1, QStringLiteral("deg"));
        add(m.lonKey, Role::Lon, -1, QStringLiteral("deg"));
    }
    for (int i = 0; i < m.measures.size(); ++i)
        add(m.measures.at(i).key, Role::Measure, i, m.measures.at(i).unit);
    for (int i = 0; i < m.attributes.size(); ++i)
        add(m.attributes.at(i), Role::Attribute, i);
    add(QStringLiteral("received"), Role::Received);
    l.fidColumn = unique(QStringLiteral("fid"), taken);
    taken << l.fidColumn;
    l.geomColumn = position ? unique(QStringLiteral("geom"), taken) : QString();
    return l;
}

int RecordingLayout::columnOf(Role role) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).role == role)
            return i;
    return -1;
}

QList<FieldInfo> RecordingLayout::fields() const
{
    QList<FieldInfo> out;
    for (const Column &c : columns) {
        switch (c.role) {
        case Role::Time:
            out << FieldInfo{c.name, QStringLiteral("datetime"), {}, tr("Time of the reading (UTC)")};
            break;
        case Role::Entity:
            out << FieldInfo{
                c.name, QStringLiteral("string"), {}, tr("Station or entity that sent the reading")};
            break;
        case Role::Lat:
            out << FieldInfo{c.name, QStringLiteral("number"), c.unit, tr("Latitude (WGS84)")};
            break;
        case Role::Lon:
            out << FieldInfo{c.name, QStringLiteral("number"), c.unit, tr("Longitude (WGS84)")};
            break;
        case Role::Measure:
            out << FieldInfo{c.name, QStringLiteral("number"), c.unit, QString()};
            break;
        case Role::Attribute:
            out << FieldInfo{c.name, QStringLiteral("string"), {}, QString()};
            break;
        case Role::Received:
            out << FieldInfo{
                c.name, QStringLiteral("datetime"), {}, tr("When this computer received the message (UTC)")};
            break;
        }
    }
    return out;
}

QJsonObject RecordingLayout::toJson() const
{
    QJsonArray cols;
    for (const Column &c : columns)
        cols.append(QJsonObject{{QStringLiteral("name"), c.name},
                                {QStringLiteral("role"), QLatin1String(kRoleNames[int(c.role)])},
                                {QStringLiteral("index"), c.index},
                                {QStringLiteral("unit"), c.unit}});
    return {{QStringLiteral("columns"), cols},
            {QStringLiteral("fid"), fidColumn},
            {QStringLiteral("geometry"), geomColumn}};
}

Result<RecordingLayout> RecordingLayout::fromJson(const QJsonObject &o)
{
    RecordingLayout l;
    l.columns.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString role = c.value(QStringLiteral("role")).toString();
        int r = 0;
        while (r < int(std::size(kRoleNames)) && role != QLatin1String(kRoleNames[r]))
            ++r;
        const QString name = c.value(QStringLiteral("name")).toString();
        if (r == int(std::size(kRoleNames)) || name.isEmpty())
            return Error(Error::Code::InvalidData,
                         tr("The layout of a recording has a bad column (%1, %2)").arg(name, role));
        l.columns.append({name, Role(r), c.value(QStringLiteral("index")).toInt(-1),
                          c.value(QStringLiteral("unit")).toString()});
    }
    l.fidColumn = o.value(QStringLiteral("fid")).toString();
    l.geomColumn = o.value(QStringLiteral("geometry")).toString();
    if (l.columnOf(Role::Time) < 0 || l.fidColumn.isEmpty())
        return Error(Error::Code::InvalidData, tr("The layout of a recording has no time or id column"));
    return l;
}

} // namespace urbis
