#include "arrivalqueue.h"

#include <algorithm>

namespace urbis {

namespace {
// std::push_heap builds a max-heap; "greater" puts the earliest (bucket, cell) on top.
struct Later
{
    template <typename F> bool operator()(const F &a, const F &b) const
    {
        return a.bucket != b.bucket ? a.bucket > b.bucket : a.cell > b.cell;
    }
};
} // namespace

ArrivalQueue::ArrivalQueue(int windowBits)
    : m_slots(size_t(1) << windowBits), m_mask((quint32(1) << windowBits) - 1)
{}

void ArrivalQueue::pushFar(quint32 bucket, quint32 cell)
{
    m_far.push_back({bucket, cell});
    std::push_heap(m_far.begin(), m_far.end(), Later());
}

std::vector<quint32> &ArrivalQueue::take(quint32 bucket)
{
    m_current = std::max(m_current, bucket);
    std::vector<quint32> &slot = m_slots[m_current & m_mask];
    // Far entries join their slot only when it becomes current: the slot then holds no other bucket.
    while (!m_far.empty() && m_far.front().bucket <= m_current) {
        slot.push_back(m_far.front().cell);
        std::pop_heap(m_far.begin(), m_far.end(), Later());
        m_far.pop_back();
    }
    return slot;
}

void ArrivalQueue::release(std::vector<quint32> &slot)
{
    m_pending -= qint64(slot.size());
    m_pushes += qint64(slot.size());
    slot.clear();
}

} // namespace urbis
