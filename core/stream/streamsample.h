#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <vector>

namespace urbis {

/**
 * One reading taken from a stream message through a FieldMapping: when, which station, where, and
 * the mapped measures (index-aligned with FieldMapping::measures, NaN = absent in that message) and
 * text attributes (aligned with FieldMapping::attributes, null = absent).
 * A plain value, cheap to move; copied between threads inside batches.
 */
struct StreamSample
{
    qint64 timeMs = 0;     ///< UTC ms since the epoch: the message's time key, else its receive time
    qint64 receivedMs = 0; ///< UTC ms when this process received the message
    QString entity;        ///< station / entity id; empty when the mapping has none
    double lat = std::numeric_limits<double>::quiet_NaN();
    double lon = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> values;
    QStringList attributes;

    bool hasPosition() const { return std::isfinite(lat) && std::isfinite(lon); }
};

using StreamBatch = QList<StreamSample>;

} // namespace urbis
