#pragma once

#include "channelbuffer.h"
#include "fieldmapping.h"
#include "streamsample.h"

#include <QHash>
#include <QReadWriteLock>
#include <QSet>

namespace urbis {

/**
 * The ChannelBuffers of one stream: one per (entity, measure), created on first sight, plus the
 * latest sample of each entity (for map markers). Written by the stream's worker thread, read by
 * the GUI: every method locks, readers get copies. Memory is bounded by capacityPerChannel ×
 * channels, and channels by maxEntities (later entities are counted in `ignoredEntities`); rings
 * grow with their data, so memoryBytes() is what the points received so far take.
 */
class ChannelSet
{
public:
    explicit ChannelSet(int capacityPerChannel = 65'536, int maxEntities = 2'000);

    void setMapping(const FieldMapping &mapping); ///< clears everything when the measures change
    FieldMapping mapping() const;

    /** NaN measures (absent from a message) add no point; the latest sample of an entity keeps the
     *  previous value of measures, attributes and position its newest message lacks. */
    void append(const StreamBatch &batch);
    /** A gap marker in every channel (the link went down at `timeMs`). */
    void appendGap(qint64 timeMs);
    void clear();

    QStringList entities() const; ///< sorted
    /** measure = FieldMapping::measures index. Empty series for an unknown entity or measure. */
    ChannelSeries window(const QString &entity, int measure, qint64 fromMs, qint64 toMs, int maxPoints,
                         ChannelBuffer::Downsample mode = ChannelBuffer::Downsample::Lttb) const;
    bool range(const QString &entity, int measure, qint64 fromMs, qint64 toMs, double *min,
               double *max) const;
    /** The newest sample of each entity, by entity. */
    QHash<QString, StreamSample> latest() const;
    /** Time of the newest point in any channel; 0 when empty. */
    qint64 lastTimeMs() const;
    /** Distinct entities refused past maxEntities (a lower bound past 10 × maxEntities of them). */
    qint64 ignoredEntities() const;
    qint64 memoryBytes() const;
    int capacityPerChannel() const { return m_capacity; }
    int maxEntities() const { return m_maxEntities; }

private:
    mutable QReadWriteLock m_lock;
    int m_capacity;
    int m_maxEntities;
    FieldMapping m_mapping;
    QHash<QString, std::vector<ChannelBuffer>> m_channels; ///< entity -> one buffer per measure
    QHash<QString, StreamSample> m_latest;
    qint64 m_lastTimeMs = 0;
    qint64 m_ignored = 0;
    QSet<QString> m_ignoredNames; ///< to count each refused entity once; bounded
};

} // namespace urbis
