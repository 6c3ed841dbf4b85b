#include "channelset.h"

#include <QReadLocker>
#include <QWriteLocker>

#include <algorithm>
#include <limits>

namespace urbis {

namespace {

// Hash nodes, the entity name and the latest sample's strings: an estimate, the points dominate.
constexpr qint64 kEntityOverheadBytes = 256;

// The newest message may carry only some measures (MQTT feeds often send one per topic): a marker
// keeps showing the last known value of the others. In place: no allocation per sample.
void mergeLatest(StreamSample &latest, const StreamSample &sample)
{
    latest.timeMs = sample.timeMs;
    latest.receivedMs = sample.receivedMs;
    if (latest.values.size() < sample.values.size())
        latest.values.resize(sample.values.size(), std::numeric_limits<double>::quiet_NaN());
    for (size_t i = 0; i < sample.values.size(); ++i) {
        if (!std::isnan(sample.values[i]))
            latest.values[i] = sample.values[i];
    }
    if (latest.attributes.size() < sample.attributes.size())
        latest.attributes.resize(sample.attributes.size());
    for (qsizetype i = 0; i < sample.attributes.size(); ++i) {
        if (!sample.attributes[i].isNull())
            latest.attributes[i] = sample.attributes[i];
    }
    if (sample.hasPosition()) {
        latest.lat = sample.lat;
        latest.lon = sample.lon;
    }
}

} // namespace

ChannelSet::ChannelSet(int capacityPerChannel, int maxEntities)
    : m_capacity(std::max(capacityPerChannel, 1)), m_maxEntities(std::max(maxEntities, 1))
{}

void ChannelSet::setMapping(const FieldMapping &mapping)
{
    QWriteLocker lock(&m_lock);
    if (mapping.measures != m_mapping.measures) {
        // Buffers are indexed by measure: old points would show under another measure's name.
        m_channels.clear();
        m_latest.clear();
        m_lastTimeMs = 0;
        m_ignored = 0;
        m_ignoredNames.clear();
    }
    m_mapping = mapping;
}

FieldMapping ChannelSet::mapping() const
{
    QReadLocker lock(&m_lock);
    return m_mapping;
}

void ChannelSet::append(const StreamBatch &batch)
{
    QWriteLocker lock(&m_lock);
    const size_t measures = size_t(m_mapping.measures.size());
    for (const StreamSample &s : batch) {
        auto it = m_channels.find(s.entity);
        if (it == m_channels.end()) {
            if (m_channels.size() >= m_maxEntities) {
                if (m_ignoredNames.size() < 10 * qsizetype(m_maxEntities) &&
                    !m_ignoredNames.contains(s.entity)) {
                    m_ignoredNames.insert(s.entity);
                    ++m_ignored;
                }
                continue;
            }
            it = m_channels.insert(s.entity, std::vector<ChannelBuffer>(measures, ChannelBuffer(m_capacity)));
        }
        std::vector<ChannelBuffer> &buffers = it.value();
        bool added = false;
        for (size_t m = 0; m < measures && m < s.values.size(); ++m) {
            if (std::isnan(s.values[m]))
                continue;
            buffers[m].append(s.timeMs, s.values[m]);
            added = true;
        }
        if (added)
            m_lastTimeMs = std::max(m_lastTimeMs, s.timeMs);
        auto latest = m_latest.find(s.entity);
        if (latest == m_latest.end())
            m_latest.insert(s.entity, s);
        else
            mergeLatest(latest.value(), s);
    }
}

void ChannelSet::appendGap(qint64 timeMs)
{
    QWriteLocker lock(&m_lock);
    for (std::vector<ChannelBuffer> &buffers : m_channels) {
        for (ChannelBuffer &b : buffers)
            b.appendGap(timeMs);
    }
}

void ChannelSet::clear()
{
    QWriteLocker lock(&m_lock);
    m_channels.clear();
    m_latest.clear();
    m_lastTimeMs = 0;
    m_ignored = 0;
    m_ignoredNames.clear();
}

QStringList ChannelSet::entities() const
{
    QReadLocker lock(&m_lock);
    QStringList out = m_channels.keys();
    out.sort();
    return out;
}

ChannelSeries ChannelSet::window(const QString &entity, int measure, qint64 fromMs, qint64 toMs,
                                 int maxPoints, ChannelBuffer::Downsample mode) const
{
    QReadLocker lock(&m_lock);
    const auto it = m_channels.constFind(entity);
    if (it == m_channels.constEnd() || measure < 0 || size_t(measure) >= it->size())
        return {};
    return (*it)[size_t(measure)].window(fromMs, toMs, maxPoints, mode);
}

bool ChannelSet::range(const QString &entity, int measure, qint64 fromMs, qint64 toMs, double *min,
                       double *max) const
{
    QReadLocker lock(&m_lock);
    const auto it = m_channels.constFind(entity);
    if (it == m_channels.constEnd() || measure < 0 || size_t(measure) >= it->size())
        return false;
    return (*it)[size_t(measure)].range(fromMs, toMs, min, max);
}

QHash<QString, StreamSample> ChannelSet::latest() const
{
    QReadLocker lock(&m_lock);
    return m_latest;
}

qint64 ChannelSet::lastTimeMs() const
{
    QReadLocker lock(&m_lock);
    return m_lastTimeMs;
}

qint64 ChannelSet::ignoredEntities() const
{
    QReadLocker lock(&m_lock);
    return m_ignored;
}

qint64 ChannelSet::memoryBytes() const
{
    QReadLocker lock(&m_lock);
    qint64 bytes = 0;
    for (const std::vector<ChannelBuffer> &buffers : m_channels) {
        bytes += kEntityOverheadBytes + qint64(buffers.capacity() * sizeof(ChannelBuffer));
        for (const ChannelBuffer &b : buffers)
            bytes += b.memoryBytes();
    }
    for (const StreamSample &s : m_latest)
        bytes += qint64(s.values.capacity() * sizeof(double));
    return bytes + m_ignoredNames.size() * kEntityOverheadBytes / 4;
}

} // namespace urbis
