#pragma once

#include "../geo/extent.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace urbis {

/** Rows, time range and extent of (part of) a recording: what its catalog record shows. A plain value. */
struct RecordingStats
{
    qint64 rows = 0;
    qint64 firstMs = std::numeric_limits<qint64>::max();
    qint64 lastMs = std::numeric_limits<qint64>::min();
    double west = 180, south = 90, east = -180, north = -90;

    void addTime(qint64 ms)
    {
        firstMs = std::min(firstMs, ms);
        lastMs = std::max(lastMs, ms);
    }
    void addPosition(double lon, double lat)
    {
        west = std::min(west, lon);
        east = std::max(east, lon);
        south = std::min(south, lat);
        north = std::max(north, lat);
    }
    void merge(const RecordingStats &o)
    {
        rows += o.rows;
        if (o.hasTime()) {
            addTime(o.firstMs);
            addTime(o.lastMs);
        }
        if (o.hasExtent()) {
            addPosition(o.west, o.south);
            addPosition(o.east, o.north);
        }
    }
    bool hasTime() const { return firstMs <= lastMs; }
    bool hasExtent() const { return west <= east && south <= north; }
    QDateTime timeStart() const
    {
        return hasTime() ? QDateTime::fromMSecsSinceEpoch(firstMs, Qt::UTC) : QDateTime();
    }
    QDateTime timeEnd() const
    {
        return hasTime() ? QDateTime::fromMSecsSinceEpoch(lastMs, Qt::UTC) : QDateTime();
    }
    Extent bbox() const { return hasExtent() ? Extent(west, south, east, north) : Extent(); }
};

} // namespace urbis
