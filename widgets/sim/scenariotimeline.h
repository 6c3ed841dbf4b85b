#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace urbis {

/**
 * Play, pause and scrub through a scenario's steps: a play button, a slider over the steps shown
 * so far, the playback speed (0.5x to 8x; 1x plays kStepsPerSecond steps a second) and the step
 * with its simulated time. Keys: Space plays or pauses, Left / Right step, Home / End jump.
 *
 * While a run streams frames (setLive(true)) each setAvailableStep() extends the slider and the
 * timeline follows the newest step, unless the user moved back; moving to the newest step (End,
 * or playing up to it) follows again. Playback runs on a timer; advance() is its clock, public so
 * tests (and a recorder) can drive it. GUI thread.
 */
class ScenarioTimeline : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kStepsPerSecond = 10;

    explicit ScenarioTimeline(QWidget *parent = nullptr);

    /** Forgets the steps: nothing to show, following, paused. */
    void reset();
    /** The run's length and simulated seconds per step (for the label). */
    void setRun(int steps, double stepSeconds);
    /** The newest step that can be shown. */
    void setAvailableStep(int step);
    /** Frames are still coming: playing up to the newest step waits for more instead of stopping. */
    void setLive(bool live);

    int stepCount() const { return m_steps; }
    int availableStep() const { return m_available; }
    int currentStep() const { return m_current; }
    bool isPlaying() const { return m_timer.isActive(); }
    bool isFollowing() const { return m_following; }
    bool isLive() const { return m_live; }
    double speed() const { return m_speed; }
    /** The speeds offered, slowest first. */
    static QList<double> speeds();
    QString stepText() const;

public slots:
    void play();
    void pause();
    void togglePlay();
    /** The user's choice of step (clamped to the available ones); following stops below the newest. */
    void setCurrentStep(int step);
    void stepForward();
    void stepBack();
    void toStart();
    void toEnd();
    void setSpeed(double speed);
    /** Playback clock: moves on by speed * kStepsPerSecond * `seconds` steps (fractions carry over). */
    void advance(double seconds);

signals:
    void currentStepChanged(int step);
    void playingChanged(bool playing);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveTo(int step, bool byUser);
    void tick();
    void updateControls();

    QToolButton *m_play = nullptr;
    QSlider *m_slider = nullptr;
    QComboBox *m_speedBox = nullptr;
    QLabel *m_label = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;

    int m_steps = 0;
    double m_stepSeconds = 0;
    int m_available = -1;
    int m_current = 0;
    double m_carry = 0; ///< fraction of a step played but not yet shown
    double m_speed = 1;
    bool m_following = true;
    bool m_live = false;
};

} // namespace urbis
