#pragma once

#include <QObject>
#include <QString>

#include <atomic>

namespace urbis {

/**
 * Progress and cancellation shared between a worker and whoever watches it.
 *
 * The worker calls setProgress()/setStatus() and polls isCancelled() from its own thread;
 * the GUI calls cancel() from the GUI thread. Signals are emitted from the worker thread, so
 * receivers in other threads get them queued. Progress is throttled to whole-percent steps
 * so a tight loop does not flood the event queue.
 */
class Feedback : public QObject
{
    Q_OBJECT
public:
    explicit Feedback(QObject *parent = nullptr);

    /** 0..100; values outside are clamped. Thread-safe. */
    void setProgress(double percent);
    double progress() const { return m_progress.load(); }
    void setStatus(const QString &status);

    /** Thread-safe; may be called any number of times. */
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

signals:
    void progressChanged(double percent);
    void statusChanged(const QString &status);
    void cancelled();

private:
    std::atomic<double> m_progress{0.0};
    std::atomic<int> m_lastEmitted{-1};
    std::atomic<bool> m_cancelled{false};
};

} // namespace urbis
