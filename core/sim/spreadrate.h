#pragma once

namespace urbis {

/**
 * The wildfire model's spread-rate relations (equations and sources in docs/simulation.md), as pure
 * functions so tests and the docs can check them one by one. A cell's rate towards a neighbour is
 *   R = R0(fuel) * moistureDamping * windFactor(direction) * slopeFactor(rise over run).
 */
class SpreadRate
{
public:
    /** Rothermel (1972): eta_M(M / Mx) * Q_ig(0) / Q_ig(M); 1 for dry fuel, 0 at or above extinction. */
    static double moistureDamping(double moisture, double extinctionMoisture);

    /** Head-fire multiplier exp(0.05039 W), W in km/h (the FWI system's ISI wind function). */
    static double headFactor(double windSpeedMs);
    /** Backing-fire multiplier exp(-0.05039 W) (the FBP system's back-fire wind function). */
    static double backFactor(double windSpeedMs);
    /** Length-to-breadth ratio 1 + 8.729 (1 - exp(-0.030 W))^2.155 (FBP system, W in km/h). */
    static double lengthToBreadth(double windSpeedMs);

    /**
     * Multiplier of the no-wind rate in a direction `angleFromHeadRad` away from the downwind
     * direction: the distance from the ignition point to an ellipse with head, back and
     * length-to-breadth ratio as above. 1 in every direction without wind.
     */
    static double windFactor(double windSpeedMs, double angleFromHeadRad);

    /** McArthur's rule, rate doubling per 10 degrees up and halving per 10 down; slope clamped to 45 deg. */
    static double slopeFactor(double riseOverRun);
    static constexpr double kMaxSlopeDeg = 45;
};

} // namespace urbis
