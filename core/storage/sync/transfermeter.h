#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QString>

namespace urbis {

class Feedback;

/**
 * Overall progress of a sync's transfers for the user: bytes done of the planned total, speed
 * over the last seconds and time left, written into a Feedback (progress + status text). Transfers
 * report from worker threads; thread-safe.
 */
class TransferMeter
{
    Q_DECLARE_TR_FUNCTIONS(urbis::TransferMeter)

public:
    TransferMeter(Feedback *feedback, qint64 totalBytes);

    /** A transfer of `bytes` that has now moved `share` (0..1) of them; `label` names it. */
    void report(const QString &id, qint64 bytes, double share, const QString &label);
    /** Completed work that moved no bytes (metadata), so progress moves with it. */
    void step(const QString &label);
    qint64 done() const;
    static QString sizeText(qint64 bytes);

private:
    void publish(const QString &label);

    Feedback *m_feedback;
    qint64 m_total;
    mutable QMutex m_mutex;
    QHash<QString, qint64> m_perTransfer;
    qint64 m_done = 0;
    QElapsedTimer m_clock;
};

} // namespace urbis
