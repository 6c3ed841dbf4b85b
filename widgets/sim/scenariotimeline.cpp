#include "scenariotimeline.h"

#include "simtime.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace urbis {

namespace {
constexpr int kTickMs = 33; // ~30 frames a second is smooth enough for a raster animation
} // namespace

QList<double> ScenarioTimeline::speeds()
{
    return {0.5, 1, 2, 4, 8};
}

ScenarioTimeline::ScenarioTimeline(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Space: play or pause · Left / Right: one step · Home / End: first / newest step"));

    m_play = new QToolButton(this);
    m_play->setAutoRaise(true);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("timelineSlider"));
    m_speedBox = new QComboBox(this);
    m_speedBox->setToolTip(tr("Playback speed (1x = %1 steps a second)").arg(kStepsPerSecond));
    for (double s : speeds())
        m_speedBox->addItem(tr("%1×").arg(s), s);
    m_speedBox->setCurrentIndex(int(speeds().indexOf(1.0)));
    m_label = new QLabel(this);
    // Wide enough for long runs, so the slider does not jump as the text grows.
    m_label->setMinimumWidth(fontMetrics().horizontalAdvance(
        tr("Step %1 / %2 · %3").arg(9999).arg(9999).arg(SimTime::format(23 * 3600 + 59 * 60))));

    // The keys belong to the timeline as a whole; a click on a part gives it the focus.
    for (QWidget *w : {static_cast<QWidget *>(m_play), static_cast<QWidget *>(m_slider), static_cast<QWidget *>(m_speedBox)}) {
        w->setFocusPolicy(Qt::NoFocus);
        w->installEventFilter(this);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_play);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_speedBox);
    layout->addWidget(m_label);

    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &ScenarioTimeline::tick);
    connect(m_play, &QToolButton::clicked, this, &ScenarioTimeline::togglePlay);
    // moveTo() puts the handle back when it is dragged past the newest frame.
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) { moveTo(value, true); });
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_speed = m_speedBox->itemData(index).toDouble(); });
    updateControls();
}

bool ScenarioTimeline::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress)
        setFocus(Qt::MouseFocusReason);
    return QWidget::eventFilter(watched, event);
}

void ScenarioTimeline::reset()
{
    pause();
    m_steps = 0;
    m_stepSeconds = 0;
    m_available = -1;
    m_current = 0;
    m_following = true;
    m_live = false;
    updateControls();
}

void ScenarioTimeline::setRun(int steps, double stepSeconds)
{
    m_steps = std::max(0, steps);
    m_stepSeconds = std::max(0.0, stepSeconds);
    updateControls();
}

void ScenarioTimeline::setAvailableStep(int step)
{
    m_available = std::max(-1, step);
    if (m_following || m_current > m_available)
        moveTo(std::max(0, m_available), false);
    updateControls();
}

void ScenarioTimeline::setLive(bool live)
{
    m_live = live;
    if (!live && isPlaying() && m_current >= m_available)
        pause();
}

QString ScenarioTimeline::stepText() const
{
    if (m_available < 0)
        return tr("No frames yet");
    return tr("Step %1 / %2 · %3").arg(m_current).arg(std::max(m_steps, m_available)).arg(SimTime::format(m_current * m_stepSeconds));
}

void ScenarioTimeline::play()
{
    if (isPlaying() || m_available < 0)
        return;
    if (!m_live && m_current >= m_available)
        moveTo(0, true); // replay from the start, as media players do
    m_carry = 0;
    m_clock.start();
    m_timer.start();
    updateControls();
    emit playingChanged(true);
}

void ScenarioTimeline::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    m_carry = 0;
    updateControls();
    emit playingChanged(false);
}

void ScenarioTimeline::togglePlay()
{
    isPlaying() ? pause() : play();
}

void ScenarioTimeline::setCurrentStep(int step)
{
    moveTo(step, true);
}

void ScenarioTimeline::stepForward()
{
    pause();
    moveTo(m_current + 1, true);
}

void ScenarioTimeline::stepBack()
{
    pause();
    moveTo(m_current - 1, true);
}

void ScenarioTimeline::toStart()
{
    moveTo(0, true);
}

void ScenarioTimeline::toEnd()
{
    moveTo(m_available, true);
}

void ScenarioTimeline::setSpeed(double speed)
{
    const int index = m_speedBox->findData(speed);
    if (index < 0)
        return;
    m_speed = speed;
    const QSignalBlocker block(m_speedBox);
    m_speedBox->setCurrentIndex(index);
}

void ScenarioTimeline::tick()
{
    advance(m_clock.restart() / 1000.0);
}

void ScenarioTimeline::advance(double seconds)
{
    if (m_available < 0 || seconds <= 0)
        return;
    m_carry += m_speed * kStepsPerSecond * seconds;
    const double whole = std::floor(m_carry);
    if (whole < 1)
        return;
    m_carry -= whole;
    const qint64 target = qint64(m_current) + qint64(whole);
    if (target >= m_available) {
        m_carry = 0;
        moveTo(m_available, false);
        m_following = true;
        if (!m_live)
            pause();
        return;
    }
    moveTo(int(target), false);
}

void ScenarioTimeline::moveTo(int step, bool byUser)
{
    step = std::clamp(step, 0, std::max(0, m_available));
    if (byUser)
        m_following = step >= m_available;
    if (step == m_current) {
        updateControls();
        return;
    }
    m_current = step;
    updateControls();
    emit currentStepChanged(step);
}

void ScenarioTimeline::updateControls()
{
    const bool any = m_available >= 0;
    m_play->setEnabled(any);
    m_slider->setEnabled(any);
    m_play->setIcon(style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(isPlaying() ? tr("Pause (Space)") : tr("Play (Space)"));
    {
        const QSignalBlocker block(m_slider);
        // The whole run, so the handle shows how far it has got; moves stop at the newest frame.
        m_slider->setRange(0, std::max({0, m_available, m_steps}));
        m_slider->setValue(m_current);
    }
    m_label->setText(stepText());
}

void ScenarioTimeline::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlay();
        break;
    case Qt::Key_Left:
        stepBack();
        break;
    case Qt::Key_Right:
        stepForward();
        break;
    case Qt::Key_Home:
        toStart();
        break;
    case Qt::Key_End:
        toEnd();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace urbis
