#pragma once

#include "kpi/dashboardpanel.h"

#include <QByteArray>

#include <optional>

namespace urbis {

/** What a palette entry puts on the grid: a visualisation type, or a KPI (shown as a chart of it). */
struct DesignerItem
{
    enum class Kind { Type, Kpi };
    Kind kind = Kind::Type;
    DashboardPanel::Type type = DashboardPanel::Type::Stat; ///< for Kind::Type
    QString kpiId;                                          ///< for Kind::Kpi

    static constexpr const char *kMimeType = "application/x-urbis-designer-item";
    QByteArray toMime() const;
    static std::optional<DesignerItem> fromMime(const QByteArray &data);
    bool operator==(const DesignerItem &) const = default;
};

} // namespace urbis
