#include "scenariodefaults.h"

#include <cmath>
#include <numbers>

namespace urbis {

namespace {

constexpr int kSide = 256;
constexpr double kCell = 30;
constexpr double kMetresPerDegreeLat = 110'574;
constexpr double kMetresPerDegreeLonAtEquator = 111'320;

} // namespace

QString ScenarioDefaults::uniqueId(const QString &base, const Taken &taken)
{
    if (!taken || !taken(base))
        return base;
    for (int i = 2;; ++i) {
        const QString id = QStringLiteral("%1-%2").arg(base).arg(i);
        if (!taken(id))
            return id;
    }
}

Scenario ScenarioDefaults::create(Scenario::Type type, double centerLon, double centerLat, const Taken &taken)
{
    Scenario s;
    s.type = type;
    s.seed = 1;
    s.grid.width = kSide;
    s.grid.height = kSide;
    s.grid.cellSize = kCell;
    // The grid's north-west corner, so that its middle is where the user looks.
    const double half = kSide * kCell / 2;
    const double lat = std::clamp(centerLat, -80.0, 80.0);
    s.grid.originLon = centerLon - half / (kMetresPerDegreeLonAtEquator * std::cos(lat * std::numbers::pi / 180));
    s.grid.originLat = lat + half / kMetresPerDegreeLat;
    const QPoint middle(kSide / 2, kSide / 2);
    if (type == Scenario::Type::Wildfire) {
        s.name = tr("New wildfire");
        s.steps = 180;
        s.stepMinutes = 1;
        s.windSpeed = 5;
        s.windDirection = 270;
        s.ignitions = {middle};
    } else {
        s.name = tr("New flood");
        s.steps = 120;
        s.stepSeconds = 60;
        s.inflowCell = middle;
        s.inflow = {{0, 0}, {900, 50}, {2700, 50}, {3600, 0}};
    }
    s.id = uniqueId(s.contentId(), taken);
    return s;
}

Scenario ScenarioDefaults::duplicate(const Scenario &scenario, const Taken &taken)
{
    Scenario copy = scenario;
    copy.name = tr("%1 (copy)").arg(scenario.displayName());
    copy.provenance = {};
    copy.id = uniqueId(scenario.id.isEmpty() ? scenario.contentId() : scenario.id, taken);
    return copy;
}

} // namespace urbis
