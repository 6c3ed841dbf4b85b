#include "dashboardpanel.h"

#include <QJsonArray>

namespace urbis {

namespace {

struct TypeInfo
{
    DashboardPanel::Type type;
    const char *name;
    const char *label;
};

// One table so names, labels and the palette order cannot drift apart.
const TypeInfo kTypes[] = {
    {DashboardPanel::Type::Stat, "stat", QT_TRANSLATE_NOOP("urbis::DashboardPanel", "Stat")},
    {DashboardPanel::Type::Line, "line", QT_TRANSLATE_NOOP("urbis::DashboardPanel", "Line chart")},
    {DashboardPanel::Type::Bar, "bar", QT_TRANSLATE_NOOP("urbis::DashboardPanel", "Bar chart")},
    {DashboardPanel::Type::StackedBar, "stacked-bar", QT_TRANSLATE_NOOP("urbis::DashboardPanel", "Stacked bar chart")},
    {DashboardPanel::Type::Pie, "pie", QT_TRANSLATE_NOOP("urbis::DashboardPanel", "Pie chart")},
    {DashboardPanel::Type::Gauge, "gauge", QT_TRANSLATE_NOOP("urbis::DashboardPanel", "Gauge")},
    {DashboardPanel::Type::Table, "table", QT_TRANSLATE_NOOP("urbis::DashboardPanel", "Table")},
    {DashboardPanel::Type::Map, "map", QT_TRANSLATE_NOOP("urbis::DashboardPanel", "Map")},
    {DashboardPanel::Type::Histogram, "histogram", QT_TRANSLATE_NOOP("urbis::DashboardPanel", "Histogram")},
};

const TypeInfo *info(DashboardPanel::Type t)
{
    for (const TypeInfo &i : kTypes)
        if (i.type == t)
            return &i;
    return nullptr;
}

} // namespace

QString DashboardPanel::typeName(Type t)
{
    const TypeInfo *i = info(t);
    return i ? QString::fromLatin1(i->name) : QString();
}

std::optional<DashboardPanel::Type> DashboardPanel::typeFromName(const QString &name)
{
    for (const TypeInfo &i : kTypes)
        if (name == QLatin1String(i.name))
            return i.type;
    return std::nullopt;
}

QString DashboardPanel::typeLabel(Type t)
{
    const TypeInfo *i = info(t);
    return i ? tr(i->label) : QString();
}

const QList<DashboardPanel::Type> &DashboardPanel::allTypes()
{
    static const QList<Type> all = [] {
        QList<Type> list;
        for (const TypeInfo &i : kTypes)
            list.append(i.type);
        return list;
    }();
    return all;
}

QJsonObject DashboardPanel::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("type"), typeName(type)},
                  {QStringLiteral("kpis"), QJsonArray::fromStringList(kpis)},
                  {QStringLiteral("cell"), QJsonObject{{QStringLiteral("x"), cell.x()},
                                                       {QStringLiteral("y"), cell.y()},
                                                       {QStringLiteral("w"), cell.width()},
                                                       {QStringLiteral("h"), cell.height()}}}};
    if (!title.isEmpty())
        o[QStringLiteral("title")] = title;
    if (!options.isEmpty())
        o[QStringLiteral("options")] = options;
    return o;
}

std::optional<DashboardPanel> DashboardPanel::fromJson(const QJsonObject &o)
{
    const std::optional<Type> t = typeFromName(o.value(QStringLiteral("type")).toString());
    if (!t)
        return std::nullopt;
    DashboardPanel p;
    p.type = *t;
    p.id = o.value(QStringLiteral("id")).toString();
    p.title = o.value(QStringLiteral("title")).toString();
    const QJsonValue kpis = o.value(QStringLiteral("kpis"));
    // A single KPI may be written as a plain string, as people do by hand.
    if (kpis.isString())
        p.kpis.append(kpis.toString());
    for (const QJsonValue &k : kpis.toArray())
        p.kpis.append(k.toString());
    const QJsonObject cell = o.value(QStringLiteral("cell")).toObject();
    const DashboardPanel defaults;
    p.cell = QRect(cell.value(QStringLiteral("x")).toInt(defaults.cell.x()),
                   cell.value(QStringLiteral("y")).toInt(defaults.cell.y()),
                   cell.value(QStringLiteral("w")).toInt(defaults.cell.width()),
                   cell.value(QStringLiteral("h")).toInt(defaults.cell.height()));
    p.options = o.value(QStringLiteral("options")).toObject();
    return p;
}

} // namespace urbis
