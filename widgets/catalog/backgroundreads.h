#pragma once

#include "util/functiontask.h"
#include "util/taskmanager.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace urbis {

/**
 * Runs the short reads of one widget or model (a batch of preview rows, a stored report) off the
 * GUI thread, as Tasks on a private TaskManager: they take milliseconds, so they are not listed in
 * the Tasks panel, but a slow disk never freezes the window. Each result comes back on the GUI
 * thread through `done`, unless invalidate() was called since the read started (the user moved on
 * to another dataset), in which case it is dropped.
 *
 * Lives in the GUI thread; destroying it cancels what is running and waits for it (reads are short).
 */
class BackgroundReads : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundReads(QObject *parent = nullptr);

    template <typename T>
    void start(const QString &description, std::function<Result<T>(Feedback &)> work, std::function<void(Result<T>)> done)
    {
        auto out = std::make_shared<std::optional<Result<T>>>();
        auto *task = new FunctionTask(description, [work = std::move(work), out](Feedback &f) -> Result<void> {
            out->emplace(work(f));
            return {};
        });
        const quint64 generation = m_generation;
        ++m_running;
        connect(task, &Task::finished, this, [this, out, generation, done = std::move(done)](bool) {
            --m_running;
            m_tasks->clearFinished();
            if (generation == m_generation && out->has_value())
                done(std::move(**out));
        }, Qt::QueuedConnection);
        m_tasks->submit(task);
    }

    /** Cancels the running reads and drops their results. */
    void invalidate();
    bool isBusy() const { return m_running > 0; }

private:
    TaskManager *m_tasks = nullptr;
    quint64 m_generation = 0;
    int m_running = 0;
};

} // namespace urbis
