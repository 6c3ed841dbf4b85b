#include "progressprinter.h"

#include <cstdio>
#include <unistd.h>

namespace urbis {

ProgressPrinter::ProgressPrinter(Feedback *feedback, const QString &label, bool enabled)
    : m_label(label), m_enabled(enabled && ::isatty(STDERR_FILENO))
{
    if (m_enabled)
        connect(feedback, &Feedback::progressChanged, this, &ProgressPrinter::draw, Qt::DirectConnection);
}

ProgressPrinter::~ProgressPrinter()
{
    if (m_drawn)
        std::fputs("\n", stderr);
}

void ProgressPrinter::draw(double percent)
{
    constexpr int width = 30;
    const int filled = int(percent / 100.0 * width);
    const QByteArray bar = QByteArray(filled, '#') + QByteArray(width - filled, ' ');
    std::fprintf(stderr, "\r%s [%s] %3d%%", m_label.toLocal8Bit().constData(), bar.constData(), int(percent));
    std::fflush(stderr);
    m_drawn = true;
}

} // namespace urbis
