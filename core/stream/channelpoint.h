#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>

namespace urbis {

/** One value of one channel at one time; a NaN value marks a gap (the line breaks there). */
struct ChannelPoint
{
    qint64 timeMs = 0;
    double value = 0;
    bool isGap() const { return std::isnan(value); }
    bool operator==(const ChannelPoint &) const = default;
};

using ChannelSeries = QList<ChannelPoint>;

} // namespace urbis
