#include "firespread.h"

#include "simrandom.h"
#include "spreadrate.h"
#include "wildfiremodel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace urbis {

namespace {
constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr float kBurned = -1; // in m_time once a cell is settled: any negative value
constexpr int kPad = 2;
constexpr quint32 kMaxBucketsPerStep = 1u << 20;
constexpr size_t kPrefetchAhead = 8;
constexpr double kMaxBuckets = double(1u << 31);
constexpr double kSpotAngleDeg = 30; // embers land within +-30 deg of downwind (triangular)
constexpr double kSpotBaseM = 50;    // mean ember distance without wind, metres
constexpr double kSpotPerWindM = 40; // extra mean distance per m/s of wind
constexpr double kSpotMaxMeans = 20; // longest ember flight, in mean distances

struct Move
{
    int dc, dr;
};
// Orthogonal, diagonal, then knight moves: relax() loops over the three groups separately.
constexpr std::array<Move, 16> kMoves{{{1, 0},
                                       {0, 1},
                                       {-1, 0},
                                       {0, -1},
                                       {1, 1},
                                       {-1, 1},
                                       {-1, -1},
                                       {1, -1},
                                       {2, 1},
                                       {1, 2},
                                       {-1, 2},
                                       {-2, 1},
                                       {-2, -1},
                                       {-1, -2},
                                       {1, -2},
                                       {2, -1}}};
} // namespace

FireSpread::FireSpread(const WildfireInputs &inputs, const WildfireParams &params)
    : m_width(inputs.fuel.width()), m_height(inputs.fuel.height()), m_paddedWidth(m_width + 2 * kPad),
      m_cellSize(inputs.cellSize), m_stepMinutes(params.stepMinutes), m_windSpeed(params.windSpeed),
      m_downwindRad((params.windFromDeg + 180) * std::numbers::pi / 180),
      m_spotProbability(params.spottingProbability), m_arrival(m_width, m_height, -1)
{
    const size_t padded = size_t(m_paddedWidth) * size_t(m_height + 2 * kPad);
    m_cells.assign(padded, Cell{kInf, 0});
    m_time.assign(padded, kInf);

    std::array<float, 256> slownessByCode;
    slownessByCode.fill(kInf);
    for (const FuelType &fuel : params.fuels) {
        const double rate =
            fuel.spreadRate * SpreadRate::moistureDamping(params.fuelMoisture, fuel.extinctionMoisture);
        if (fuel.code > 0 && fuel.code < 256 && rate > 0)
            slownessByCode[size_t(fuel.code)] = float(1.0 / rate);
    }
    const bool hasZ = !inputs.elevation.isEmpty();
    const bool hasBarriers = !inputs.barriers.isEmpty();
    for (int r = 0; r < m_height; ++r) {
        Cell *row = m_cells.data() + size_t(r + kPad) * size_t(m_paddedWidth) + kPad;
        for (int c = 0; c < m_width; ++c) {
            const bool barrier = hasBarriers && inputs.barriers.at(c, r) != 0;
            row[c].slowness = barrier ? kInf : slownessByCode[inputs.fuel.at(c, r)];
            row[c].z = hasZ ? inputs.elevation.at(c, r) : 0.0f;
        }
    }
    buildDirections(params, inputs.cellSize);
    chooseBuckets(params);
    for (const QPoint &pt : inputs.ignitions) {
        const int p = (pt.y() + kPad) * m_paddedWidth + pt.x() + kPad;
        if (m_cells[size_t(p)].slowness != kInf && m_time[size_t(p)] != 0) {
            m_time[size_t(p)] = 0;
            m_queue.push(0, quint32(p));
        }
    }
}

void FireSpread::buildDirections(const WildfireParams &params, double cellSize)
{
    for (size_t i = 0; i < kMoves.size(); ++i) {
        const auto [dc, dr] = kMoves[i];
        const bool knight = std::abs(dc) + std::abs(dr) == 3;
        const int sx = (dc > 0) - (dc < 0);
        const int sy = (dr > 0) - (dr < 0);
        // The cells the straight line between the two centres crosses.
        Move via1{sx, 0}, via2{0, sy};
        if (knight)
            via2 = {sx, sy};
        if (knight && std::abs(dr) == 2)
            via1 = {0, sy};
        const double length = cellSize * std::hypot(dc, dr);
        const double bearing = std::atan2(double(dc), double(-dr)); // row 0 is north
        const double wind = SpreadRate::windFactor(params.windSpeed, bearing - m_downwindRad);
        Direction &d = m_dirs[i];
        d.offset = dr * m_paddedWidth + dc;
        d.via1 = via1.dr * m_paddedWidth + via1.dc;
        d.via2 = via2.dr * m_paddedWidth + via2.dc;
        d.coef = float(length / ((knight ? 4 : 2) * wind));
        d.tanScale = float(kSlopeHalf / length);
    }
    m_slopeTable.resize(2 * kSlopeHalf + 1);
    for (int i = 0; i <= 2 * kSlopeHalf; ++i)
        m_slopeTable[size_t(i)] = float(1.0 / SpreadRate::slopeFactor(double(i - kSlopeHalf) / kSlopeHalf));
}

void FireSpread::chooseBuckets(const WildfireParams &params)
{
    float minSlowness = kInf;
    for (const Cell &c : m_cells)
        minSlowness = std::min(minSlowness, c.slowness);
    const double minSlope = *std::min_element(m_slopeTable.begin(), m_slopeTable.end());
    double minEdge = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < m_dirs.size(); ++i)
        minEdge =
            std::min(minEdge, double(m_dirs[i].coef) * (i < 8 ? 2 : 4) * double(minSlowness) * minSlope);
    // A bucket no wider than the shortest possible travel time: then no cell can improve another in
    // its own bucket (Dinitz), so settling in bucket order is exact. The margin covers float rounding.
    double perStep = 1;
    if (std::isfinite(minEdge) && minEdge > 0)
        perStep = std::ceil(m_stepMinutes / (minEdge * (1 - 1e-4)));
    perStep = std::clamp(perStep, 1.0, std::min(double(kMaxBucketsPerStep), kMaxBuckets / params.steps));
    m_bucketsPerStep = quint32(perStep);
    m_bucketsPerMinute = m_bucketsPerStep / m_stepMinutes;
    m_endBucket = m_bucketsPerStep * quint32(params.steps);
}

bool FireSpread::burnStep(int step, const std::function<bool()> &keepGoing)
{
    const quint32 last = m_bucketsPerStep * quint32(step);
    for (quint32 b = m_bucketsPerStep * quint32(step - 1); b < last && !m_queue.isEmpty(); ++b) {
        b = m_queue.nextBucket(b);
        if (b >= last)
            break;
        std::vector<quint32> &slot = m_queue.take(b);
        for (size_t k = 0; k < slot.size(); ++k) { // settle() may append to this very slot
            if (k + kPrefetchAhead < slot.size())
                prefetchAround(int(slot[k + kPrefetchAhead]));
            const int p = int(slot[k]);
            if (m_time[size_t(p)] >= 0) // a cell queued twice is settled at its first pop
                settle(p, b);
        }
        m_queue.release(slot);
        if (m_sinceCheck >= (1 << 20)) {
            m_sinceCheck = 0;
            if (keepGoing && !keepGoing())
                return false;
        }
    }
    return true;
}

// The queue order jumps along the front, so the next cells' neighbourhoods are usually not cached;
// asking for them a few cells ahead hides much of that latency.
inline void FireSpread::prefetchAround(int p) const
{
    for (int dr = -2; dr <= 2; ++dr) {
        const int row = p + dr * m_paddedWidth;
        __builtin_prefetch(&m_cells[size_t(row - 2)]);
        __builtin_prefetch(&m_cells[size_t(row + 2)]);
        __builtin_prefetch(&m_time[size_t(row)]);
    }
}

void FireSpread::settle(int p, quint32 bucket)
{
    float *time = m_time.data();
    const float t = time[p];
    time[p] = kBurned;
    ++m_burned;
    ++m_sinceCheck;
    const int row = p / m_paddedWidth;
    const int col = p - row * m_paddedWidth;
    m_arrival.at(col - kPad, row - kPad) = t == 0 ? 0 : int(bucket / m_bucketsPerStep) + 1;
    const int burnedSides =
        (time[p - 1] < 0) + (time[p + 1] < 0) + (time[p - m_paddedWidth] < 0) + (time[p + m_paddedWidth] < 0);
    m_perimeterEdges += 4 - 2 * burnedSides;
    if (m_spotProbability > 0)
        m_ignitedThisStep.push_back(p);
    relax(p, t, m_cells[size_t(p)]);
}

inline float FireSpread::slopeSlowdown(float rise, float tanScale) const
{
    const float x = std::clamp(rise * tanScale, -float(kSlopeHalf), float(kSlopeHalf));
    return m_slopeTable[size_t(int(x + float(kSlopeHalf) + 0.5f))];
}

inline void FireSpread::offer(int q, float arrival, float current)
{
    if (arrival < current) {
        m_time[size_t(q)] = arrival;
        const double bucket = double(arrival) * m_bucketsPerMinute;
        if (bucket < m_endBucket) // later than the last step: never settled, no need to queue
            m_queue.push(quint32(bucket), quint32(q));
    }
}

void FireSpread::relax(int p, float t, const Cell &from)
{
    const Cell *cells = m_cells.data();
    const float *time = m_time.data();
    qint64 updates = 0;
    for (size_t i = 0; i < 4; ++i) {
        const Direction &d = m_dirs[i];
        const int q = p + d.offset;
        const float current = time[q];
        if (current < 0 || cells[q].slowness == kInf) // burned or blocked
            continue;
        ++updates;
        offer(q,
              t + d.coef * (from.slowness + cells[q].slowness) *
                      slopeSlowdown(cells[q].z - from.z, d.tanScale),
              current);
    }
    for (size_t i = 4; i < 8; ++i) {
        const Direction &d = m_dirs[i];
        const int q = p + d.offset;
        const float current = time[q];
        if (current < 0 || cells[q].slowness == kInf)
            continue;
        // Never squeeze between two blocked cells that touch at a corner.
        if (cells[p + d.via1].slowness == kInf && cells[p + d.via2].slowness == kInf)
            continue;
        ++updates;
        offer(q,
              t + d.coef * (from.slowness + cells[q].slowness) *
                      slopeSlowdown(cells[q].z - from.z, d.tanScale),
              current);
    }
    for (size_t i = 8; i < 16; ++i) {
        const Direction &d = m_dirs[i];
        const int q = p + d.offset;
        const float current = time[q];
        if (current < 0)
            continue;
        // A knight move crosses two cells: it averages their slowness too and is blocked by either.
        const float sum =
            from.slowness + cells[p + d.via1].slowness + cells[p + d.via2].slowness + cells[q].slowness;
        if (sum == kInf)
            continue;
        ++updates;
        offer(q, t + d.coef * sum * slopeSlowdown(cells[q].z - from.z, d.tanScale), current);
    }
    m_updates += updates;
}

void FireSpread::spot(int step, SimRandom &random)
{
    const float landing = float(step * m_stepMinutes);
    const quint32 bucket = m_bucketsPerStep * quint32(step);
    const double meanDistance = kSpotBaseM + kSpotPerWindM * m_windSpeed;
    for (const int p : m_ignitedThisStep) {
        if (random.uniform() >= m_spotProbability)
            continue;
        const double u1 = random.uniform(), u2 = random.uniform(), u3 = random.uniform();
        const double bearing = m_windSpeed > 0
                                   ? m_downwindRad + (u1 + u2 - 1) * kSpotAngleDeg * std::numbers::pi / 180
                                   : 2 * std::numbers::pi * u1;
        const double distance = std::min(-meanDistance * std::log1p(-u3), kSpotMaxMeans * meanDistance);
        const int row = p / m_paddedWidth;
        const int col =
            int(std::lround((p - row * m_paddedWidth) + distance * std::sin(bearing) / m_cellSize));
        const int r = int(std::lround(row - distance * std::cos(bearing) / m_cellSize));
        if (col < kPad || r < kPad || col >= m_width + kPad || r >= m_height + kPad)
            continue;
        const int q = r * m_paddedWidth + col;
        if (m_cells[size_t(q)].slowness == kInf || !(landing < m_time[size_t(q)])) // also skips burned cells
            continue;
        m_time[size_t(q)] = landing;
        if (bucket < m_endBucket)
            m_queue.push(bucket, quint32(q));
    }
    m_ignitedThisStep.clear();
}

} // namespace urbis
