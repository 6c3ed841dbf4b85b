#pragma once

#include <QByteArray>
#include <QMutex>

#include <memory>
#include <unordered_map>

namespace urbis {

class FactCube;

/**
 * Aggregated facts kept between evaluations, so a filter or grain change re-combines cached cells
 * instead of rescanning raw facts. Keyed by what a scan read: the dataset's blob sha256 (a new
 * version is a new blob, so stale entries are never served), the columns, the row condition and
 * the grouping fields. Thread-safe; share one between tasks (KpiEvaluationTask takes a shared_ptr).
 * Least recently used cubes are dropped past `maxBytes`.
 */
class KpiCache
{
public:
    explicit KpiCache(qint64 maxBytes = 512ll << 20);
    ~KpiCache();

    std::shared_ptr<const FactCube> find(const QByteArray &key);
    void insert(const QByteArray &key, std::shared_ptr<const FactCube> cube);
    void clear();
    qint64 bytes() const;
    int count() const;

private:
    struct Entry;
    mutable QMutex m_mutex;
    std::unordered_map<std::string, std::unique_ptr<Entry>> m_entries;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    quint64 m_clock = 0;
};

} // namespace urbis
