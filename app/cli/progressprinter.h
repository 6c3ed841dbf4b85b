#pragma once

#include "util/feedback.h"

#include <QObject>

namespace urbis {

/**
 * Draws a Feedback's progress as a one-line bar on stderr, only when stderr is a terminal
 * (CLI.md: nothing when not a TTY). Safe with progress emitted from worker threads.
 */
class ProgressPrinter : public QObject
{
    Q_OBJECT
public:
    ProgressPrinter(Feedback *feedback, const QString &label, bool enabled);
    ~ProgressPrinter() override;

private:
    void draw(double percent);

    QString m_label;
    bool m_enabled;
    bool m_drawn = false;
};

} // namespace urbis
