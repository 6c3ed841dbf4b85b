#include "transfermeter.h"

#include "../../util/feedback.h"

#include <QHash>

namespace urbis {

TransferMeter::TransferMeter(Feedback *feedback, qint64 totalBytes) : m_feedback(feedback), m_total(std::max<qint64>(totalBytes, 0))
{
    m_clock.start();
}

QString TransferMeter::sizeText(qint64 bytes)
{
    if (bytes >= 1024LL * 1024 * 1024)
        return tr("%1 GB").arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 2);
    if (bytes >= 1024 * 1024)
        return tr("%1 MB").arg(double(bytes) / (1024.0 * 1024), 0, 'f', 1);
    if (bytes >= 1024)
        return tr("%1 kB").arg(double(bytes) / 1024.0, 0, 'f', 0);
    return tr("%1 bytes").arg(bytes);
}

void TransferMeter::report(const QString &id, qint64 bytes, double share, const QString &label)
{
    {
        QMutexLocker lock(&m_mutex);
        const qint64 now = qint64(double(bytes) * std::clamp(share, 0.0, 1.0));
        const qint64 before = m_perTransfer.value(id);
        if (now <= before)
            return;
        m_perTransfer.insert(id, now);
        m_done += now - before;
    }
    publish(label);
}

void TransferMeter::step(const QString &label)
{
    publish(label);
}

qint64 TransferMeter::done() const
{
    QMutexLocker lock(&m_mutex);
    return m_done;
}

void TransferMeter::publish(const QString &label)
{
    if (!m_feedback)
        return;
    const qint64 done = this->done();
    const double secs = std::max(0.001, m_clock.elapsed() / 1000.0);
    const double speed = double(done) / secs;
    QString text = label;
    if (m_total > 0) {
        m_feedback->setProgress(100.0 * double(done) / double(m_total));
        text += QStringLiteral(" — ") + tr("%1 of %2").arg(sizeText(done), sizeText(m_total));
        if (done > 0 && secs > 0.5) {
            const qint64 left = qint64(double(m_total - done) / std::max(speed, 1.0));
            text += QStringLiteral(", ") + tr("%1/s, %2:%3 left").arg(sizeText(qint64(speed))).arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
        }
    }
    m_feedback->setStatus(text);
}

} // namespace urbis
