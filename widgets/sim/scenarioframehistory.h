#pragma once

#include "sim/scenarioframe.h"

#include <QList>

#include <memory>

namespace urbis {

/**
 * The frames of one run kept for replay, within a memory budget. A wildfire frame's arrival grid
 * holds every earlier step exactly (a cell burns at step s iff arrival <= s), so only the newest
 * wildfire frame is kept; flood frames are kept as received and, past the budget, thinned to every
 * other one (the first and the newest always stay), so a long run keeps an even spread of steps.
 *
 * Frames are shared immutable values, so the overlay can hold one without a copy. GUI thread.
 */
class ScenarioFrameHistory
{
public:
    using FramePtr = std::shared_ptr<const ScenarioFrame>;
    static constexpr qint64 kDefaultBudgetBytes = qint64(256) << 20;

    explicit ScenarioFrameHistory(qint64 budgetBytes = kDefaultBudgetBytes) : m_budget(budgetBytes) {}

    void clear();
    /** Frames must come in step order (as ScenarioRunner emits them). */
    void add(ScenarioFrame frame);

    bool isEmpty() const { return m_frames.isEmpty(); }
    /** The newest frame's step; -1 when empty. */
    int newestStep() const;
    FramePtr newest() const { return m_frames.isEmpty() ? nullptr : m_frames.last(); }
    /**
     * What to draw for `step`: wildfire, the newest frame (drawn up to `step`); flood, the kept
     * frame of the largest step <= `step` (the first frame before any). Null when empty.
     */
    FramePtr frameFor(int step) const;

    int frameCount() const { return int(m_frames.size()); }
    QList<int> keptSteps() const;
    qint64 bytes() const { return m_bytes; }

private:
    static qint64 sizeOf(const ScenarioFrame &frame);
    void thin();

    qint64 m_budget;
    qint64 m_bytes = 0;
    QList<FramePtr> m_frames;
};

} // namespace urbis
