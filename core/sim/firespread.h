#pragma once

#include "arrivalqueue.h"
#include "grid.h"
#include "hugepageallocator.h"

#include <array>
#include <functional>
#include <vector>

namespace urbis {

struct WildfireInputs;
struct WildfireParams;
class SimRandom;

/**
 * The wildfire model's propagation engine (see docs/simulation.md): minimum travel time over a
 * 16-neighbour stencil, cells settled in arrival order from a bucket queue whose buckets are
 * aligned with the steps, so a step's cells are final once its buckets are done. Works on a copy of
 * the grids padded by two unburnable cells, so the stencil needs no bounds checks.
 * Expects inputs that passed WildfireModel::check(). Single-threaded; one per run.
 */
class FireSpread
{
public:
    FireSpread(const WildfireInputs &inputs, const WildfireParams &params);

    /**
     * Settles every cell that ignites during `step` (1-based). `keepGoing` is asked every million
     * cells or so; returning false stops the step early (the run is being cancelled).
     */
    bool burnStep(int step, const std::function<bool()> &keepGoing);
    /** Embers from the cells that ignited during `step`, landing at the start of the next step. */
    void spot(int step, SimRandom &random);
    bool isOut() const { return m_queue.isEmpty(); }

    const IntGrid &arrival() const { return m_arrival; }
    IntGrid takeArrival() { return std::move(m_arrival); }
    qint64 burnedCells() const { return m_burned; }
    qint64 perimeterEdges() const { return m_perimeterEdges; }
    qint64 cellUpdates() const { return m_updates; }
    qint64 queuePushes() const { return m_queue.pushes(); }
    double bucketMinutes() const { return m_stepMinutes / m_bucketsPerStep; }

private:
    struct Cell
    {
        float slowness; ///< min/m for the cell's fuel and moisture; infinite = never burns
        float z;        ///< metres
    };
    struct Direction
    {
        int offset; ///< to the neighbour, in the padded grid
        int via1;   ///< cells the step passes through (diagonal and knight moves)
        int via2;
        float coef;     ///< length / (number of slownesses averaged * wind factor), metres
        float tanScale; ///< slope-table index per metre of rise
    };
    static constexpr int kSlopeHalf = 2048; ///< table entries per unit of rise over run

    void prefetchAround(int cell) const;
    void settle(int cell, quint32 bucket);
    void relax(int cell, float arrival, const Cell &from);
    void offer(int cell, float arrival, float current);
    float slopeSlowdown(float rise, float tanScale) const;
    void buildDirections(const WildfireParams &params, double cellSize);
    void chooseBuckets(const WildfireParams &params);

    int m_width;
    int m_height;
    int m_paddedWidth;
    double m_cellSize;
    double m_stepMinutes;
    double m_windSpeed;
    double m_downwindRad;
    double m_spotProbability;
    std::vector<Cell, HugePageAllocator<Cell>> m_cells;
    std::vector<float, HugePageAllocator<float>>
        m_time; ///< tentative arrival, minutes; negative once settled (burned)
    std::array<Direction, 16> m_dirs{};
    std::vector<float> m_slopeTable; ///< 1 / slope factor by quantized rise over run
    IntGrid m_arrival;
    ArrivalQueue m_queue;
    quint32 m_bucketsPerStep = 1;
    double m_bucketsPerMinute = 1;
    quint32 m_endBucket = 0;
    std::vector<int> m_ignitedThisStep; ///< only kept when spotting is on
    qint64 m_burned = 0;
    qint64 m_perimeterEdges = 0;
    qint64 m_updates = 0;
    qint64 m_sinceCheck = 0;
};

} // namespace urbis
