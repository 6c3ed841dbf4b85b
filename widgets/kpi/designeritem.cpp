#include "designeritem.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace urbis {

QByteArray DesignerItem::toMime() const
{
    QJsonObject o;
    o[QStringLiteral("kind")] = kind == Kind::Type ? QStringLiteral("type") : QStringLiteral("kpi");
    if (kind == Kind::Type)
        o[QStringLiteral("type")] = DashboardPanel::typeName(type);
    else
        o[QStringLiteral("kpi")] = kpiId;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<DesignerItem> DesignerItem::fromMime(const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    DesignerItem item;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == u"type") {
        const std::optional<DashboardPanel::Type> type =
            DashboardPanel::typeFromName(o.value(QStringLiteral("type")).toString());
        if (!type)
            return std::nullopt;
        item.type = *type;
        return item;
    }
    if (kind == u"kpi" && !o.value(QStringLiteral("kpi")).toString().isEmpty()) {
        item.kind = Kind::Kpi;
        item.kpiId = o.value(QStringLiteral("kpi")).toString();
        return item;
    }
    return std::nullopt;
}

} // namespace urbis
