#include "feedback.h"

#include <algorithm>
#include <cmath>

namespace urbis {

Feedback::Feedback(QObject *parent) : QObject(parent) {}

void Feedback::setProgress(double percent)
{
    if (std::isnan(percent))
        return; // a 0/0 ratio from a caller: keep the last sane value
    const double p = std::clamp(percent, 0.0, 100.0);
    m_progress.store(p);
    const int whole = static_cast<int>(std::floor(p));
    if (m_lastEmitted.exchange(whole) != whole)
        emit progressChanged(p);
}

void Feedback::setStatus(const QString &status)
{
    emit statusChanged(status);
}

void Feedback::cancel()
{
    if (!m_cancelled.exchange(true))
        emit cancelled();
}

} // namespace urbis
