#pragma once

#include "../sim/grid.h"
#include "../sim/gridspec.h"
#include "../sim/scenario.h"
#include "../util/result.h"
#include "demofile.h"

#include <QCoreApplication>
#include <QPolygonF>

#include <functional>

namespace urbis {

class Workspace;

/**
 * The demo's simulation inputs on Athens' north-eastern outskirts, all synthetic (made-up terrain
 * that only looks plausible): a 256 x 256 elevation model at 30 m (hills and a valley draining
 * south with a river), a fuel map derived from it (grass on the valley floor, shrub on the slopes,
 * pine litter on the hills, bare rock on the tops, water in the river, town in the south-west) and
 * the roads and the river as lines, the buildings as points; plus one wildfire scenario on the terrain's grid and one flood
 * scenario on a coarser 60 m grid over the same area (a flood wave needs many short time steps).
 * Generation is deterministic.
 */
class DemoTerrain
{
    Q_DECLARE_TR_FUNCTIONS(urbis::DemoTerrain)
public:
    static constexpr int kSize = 256;
    static inline const QString kCity = QStringLiteral("Athens");
    static inline const QString kWildfireId = QStringLiteral("demo-athens-wildfire");
    static inline const QString kFloodId = QStringLiteral("demo-athens-flood");

    /** One dataset of the demo; `tag` is a keyword that finds it whatever the UI language. */
    struct Layer
    {
        QString tag, title, description, domain;
        QStringList keywords;
        std::function<DemoFile()> make;
    };
    static QList<Layer> layers();

    /** The demo's grid (EPSG:4326 origin: the data lie in UTM zone 34N). */
    static GridSpec grid();
    static FloatGrid elevation();
    static ByteGrid fuel(const FloatGrid &elevation);
    /** Roads and the river as polylines in cell coordinates. */
    static QList<QPolygonF> roads();
    static QPolygonF river();

    /**
     * Saves the two demo scenarios in the workspace's ScenarioStore, referring to the demo layers by
     * id; a scenario already there is kept unless a dataset it names is gone (then it is rewritten).
     * Returns the ids of the scenarios written.
     */
    static Result<QStringList> saveScenarios(Workspace &workspace);
    static Scenario wildfireScenario(const QString &dem, const QString &fuel, const QString &barriers,
                                     const QString &buildings);
    static Scenario floodScenario(const QString &dem, const QString &buildings);
    /** Buildings counted per use ("residential", "farm", "cabin") where the hazard reaches. */
    static ScenarioImpact buildingsImpact(const QString &buildings);
};

} // namespace urbis
