#include "scenarioframehistory.h"

#include <algorithm>

namespace urbis {

qint64 ScenarioFrameHistory::sizeOf(const ScenarioFrame &frame)
{
    return qint64(frame.arrival.size()) * qint64(sizeof(std::int32_t)) + qint64(frame.depth.size()) * qint64(sizeof(float));
}

void ScenarioFrameHistory::clear()
{
    m_frames.clear();
    m_bytes = 0;
}

void ScenarioFrameHistory::add(ScenarioFrame frame)
{
    auto shared = std::make_shared<const ScenarioFrame>(std::move(frame));
    if (shared->type == Scenario::Type::Wildfire || (!m_frames.isEmpty() && m_frames.last()->type != shared->type))
        clear();
    else if (!m_frames.isEmpty() && m_frames.last()->step >= shared->step)
        clear(); // a new run started over
    m_bytes += sizeOf(*shared);
    m_frames << std::move(shared);
    if (m_bytes > m_budget)
        thin();
}

void ScenarioFrameHistory::thin()
{
    while (m_bytes > m_budget && m_frames.size() > 2) {
        QList<FramePtr> kept;
        m_bytes = 0;
        for (qsizetype i = 0; i < m_frames.size(); ++i) {
            if (i % 2 == 0 || i == m_frames.size() - 1) {
                m_bytes += sizeOf(*m_frames.at(i));
                kept << m_frames.at(i);
            }
        }
        m_frames = std::move(kept);
    }
}

int ScenarioFrameHistory::newestStep() const
{
    return m_frames.isEmpty() ? -1 : m_frames.last()->step;
}

ScenarioFrameHistory::FramePtr ScenarioFrameHistory::frameFor(int step) const
{
    if (m_frames.isEmpty())
        return nullptr;
    if (m_frames.last()->type == Scenario::Type::Wildfire)
        return m_frames.last();
    // The last frame whose step is <= step.
    auto it = std::upper_bound(m_frames.cbegin(), m_frames.cend(), step,
                               [](int s, const FramePtr &f) { return s < f->step; });
    return it == m_frames.cbegin() ? m_frames.first() : *(it - 1);
}

QList<int> ScenarioFrameHistory::keptSteps() const
{
    QList<int> steps;
    for (const FramePtr &f : m_frames)
        steps << f->step;
    return steps;
}

} // namespace urbis
