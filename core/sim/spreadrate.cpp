#include "spreadrate.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace urbis {

namespace {
constexpr double kMsToKmh = 3.6;
constexpr double kWindCoeff = 0.05039;   // per km/h; Van Wagner (1987), FCFDG (1992)
constexpr double kSlopeCoeff = 0.0693;   // per degree: ln 2 / 10, McArthur (1967) via Noble et al. (1980)
constexpr double kQigDry = 250;          // heat of pre-ignition of dry fuel, Btu/lb (Rothermel 1972)
constexpr double kQigPerMoisture = 1116; // Btu/lb per unit moisture fraction
} // namespace

double SpreadRate::moistureDamping(double moisture, double extinctionMoisture)
{
    if (extinctionMoisture <= 0 || moisture >= extinctionMoisture)
        return 0;
    const double m = std::max(moisture, 0.0);
    const double r = m / extinctionMoisture;
    const double eta = 1 - 2.59 * r + 5.11 * r * r - 3.52 * r * r * r;
    // The polynomial is 0.0 at r = 1 and positive below; the clamp only guards rounding.
    return std::max(eta, 0.0) * kQigDry / (kQigDry + kQigPerMoisture * m);
}

double SpreadRate::headFactor(double windSpeedMs)
{
    return std::exp(kWindCoeff * kMsToKmh * std::max(windSpeedMs, 0.0));
}

double SpreadRate::backFactor(double windSpeedMs)
{
    return std::exp(-kWindCoeff * kMsToKmh * std::max(windSpeedMs, 0.0));
}

double SpreadRate::lengthToBreadth(double windSpeedMs)
{
    const double w = kMsToKmh * std::max(windSpeedMs, 0.0);
    return 1.0 + 8.729 * std::pow(1.0 - std::exp(-0.030 * w), 2.155);
}

double SpreadRate::windFactor(double windSpeedMs, double angleFromHeadRad)
{
    const double head = headFactor(windSpeedMs);
    const double back = backFactor(windSpeedMs);
    const double a = 0.5 * (head + back);              // semi-major axis
    const double b = a / lengthToBreadth(windSpeedMs); // semi-minor axis
    const double c = 0.5 * (head - back);              // ignition point to centre, towards the head
    const double cs = std::cos(angleFromHeadRad);
    const double sn = std::sin(angleFromHeadRad);
    // Ray r*(cs, sn) from the ignition point meets ((x - c)/a)^2 + (y/b)^2 = 1 at the positive root.
    const double qa = cs * cs / (a * a) + sn * sn / (b * b);
    const double qb = -2 * c * cs / (a * a);
    const double qc = c * c / (a * a) - 1;
    return (-qb + std::sqrt(qb * qb - 4 * qa * qc)) / (2 * qa);
}

double SpreadRate::slopeFactor(double riseOverRun)
{
    const double deg = std::atan(riseOverRun) * 180 / std::numbers::pi;
    return std::exp(kSlopeCoeff * std::clamp(deg, -kMaxSlopeDeg, kMaxSlopeDeg));
}

} // namespace urbis
