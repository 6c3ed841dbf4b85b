#include "kpicache.h"

#include "factcube.h"

namespace urbis {

struct KpiCache::Entry
{
    std::shared_ptr<const FactCube> cube;
    qint64 bytes = 0;
    quint64 used = 0;
};

KpiCache::KpiCache(qint64 maxBytes) : m_maxBytes(maxBytes)
{
}

KpiCache::~KpiCache() = default;

std::shared_ptr<const FactCube> KpiCache::find(const QByteArray &key)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(key.toStdString());
    if (it == m_entries.end())
        return nullptr;
    it->second->used = ++m_clock;
    return it->second->cube;
}

void KpiCache::insert(const QByteArray &key, std::shared_ptr<const FactCube> cube)
{
    QMutexLocker lock(&m_mutex);
    auto entry = std::make_unique<Entry>();
    entry->bytes = cube->bytes();
    entry->cube = std::move(cube);
    entry->used = ++m_clock;
    const std::string k = key.toStdString();
    if (auto old = m_entries.find(k); old != m_entries.end())
        m_bytes -= old->second->bytes;
    m_bytes += entry->bytes;
    m_entries[k] = std::move(entry);
    // Drop the least recently used until under the limit; the newest always stays.
    while (m_bytes > m_maxBytes && m_entries.size() > 1) {
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            if (it->first != k && (oldest == m_entries.end() || it->second->used < oldest->second->used))
                oldest = it;
        m_bytes -= oldest->second->bytes;
        m_entries.erase(oldest);
    }
}

void KpiCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_bytes = 0;
}

qint64 KpiCache::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

int KpiCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

} // namespace urbis
