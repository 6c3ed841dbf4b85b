// ScenarioTimeline: following the newest frame unless scrubbed back, playback through its clock
// (advance) at each speed, stopping at the end or waiting for frames while live, the keys, the slider.
#include "sim/scenariotimeline.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

using namespace urbis;

class TestScenarioTimeline : public QObject
{
    Q_OBJECT

private slots:
    void emptyTimelineDoesNothing()
    {
        ScenarioTimeline t;
        QCOMPARE(t.availableStep(), -1);
        t.play();
        QVERIFY(!t.isPlaying());
        t.advance(10);
        QCOMPARE(t.currentStep(), 0);
        QCOMPARE(t.stepText(), ScenarioTimeline::tr("No frames yet"));
    }

    void followsTheNewestUnlessScrubbedBack()
    {
        ScenarioTimeline t;
        QSignalSpy steps(&t, &ScenarioTimeline::currentStepChanged);
        t.setRun(120, 60);
        t.setLive(true);
        t.setAvailableStep(10);
        QCOMPARE(t.currentStep(), 10);
        t.setAvailableStep(20);
        QCOMPARE(t.currentStep(), 20);
        QCOMPARE(steps.last().first().toInt(), 20);
        QVERIFY(t.isFollowing());

        t.setCurrentStep(5); // the user looks back
        QVERIFY(!t.isFollowing());
        t.setAvailableStep(30);
        QCOMPARE(t.currentStep(), 5);
        QCOMPARE(t.availableStep(), 30);
        t.setCurrentStep(99); // clamped to what exists, and following again
        QCOMPARE(t.currentStep(), 30);
        QVERIFY(t.isFollowing());
        t.setAvailableStep(40);
        QCOMPARE(t.currentStep(), 40);
        QVERIFY2(t.stepText().contains(QStringLiteral("40 / 120")), qPrintable(t.stepText()));
        QVERIFY2(t.stepText().contains(QStringLiteral("40 min")), qPrintable(t.stepText()));

        t.reset();
        QCOMPARE(t.availableStep(), -1);
        QCOMPARE(t.currentStep(), 0);
        QVERIFY(t.isFollowing());
    }

    void playbackAdvancesBySpeedAndStopsAtTheEnd()
    {
        ScenarioTimeline t;
        QSignalSpy playing(&t, &ScenarioTimeline::playingChanged);
        t.setRun(120, 60);
        t.setAvailableStep(120);
        t.setCurrentStep(0);
        QCOMPARE(t.speed(), 1.0);
        t.play();
        QVERIFY(t.isPlaying());
        QCOMPARE(playing.size(), 1);
        t.advance(1.0); // 1x: kStepsPerSecond steps a second
        QCOMPARE(t.currentStep(), int(ScenarioTimeline::kStepsPerSecond));
        t.setSpeed(2);
        QCOMPARE(t.speed(), 2.0);
        t.advance(0.5);
        QCOMPARE(t.currentStep(), 20);
        // Fractions of a step carry over.
        t.setSpeed(0.5);
        t.advance(0.1);
        QCOMPARE(t.currentStep(), 20);
        t.advance(0.1);
        QCOMPARE(t.currentStep(), 21);
        t.setSpeed(8);
        t.advance(1.0);
        QCOMPARE(t.currentStep(), 101);
        t.setSpeed(3); // not offered: ignored
        QCOMPARE(t.speed(), 8.0);
        t.advance(10);
        QCOMPARE(t.currentStep(), 120);
        QVERIFY(!t.isPlaying()); // the run is over: playback stops at its end
        QCOMPARE(playing.last().first().toBool(), false);

        t.play(); // at the end: from the start again
        QCOMPARE(t.currentStep(), 0);
        QVERIFY(t.isPlaying());
        t.pause();
        QVERIFY(!t.isPlaying());
    }

    void liveplaybackWaitsForFrames()
    {
        ScenarioTimeline t;
        t.setRun(100, 60);
        t.setLive(true);
        t.setAvailableStep(10);
        t.setCurrentStep(2);
        t.play();
        t.advance(5);
        QCOMPARE(t.currentStep(), 10);
        QVERIFY(t.isPlaying()); // still running: more frames will come
        QVERIFY(t.isFollowing());
        t.setAvailableStep(15);
        QCOMPARE(t.currentStep(), 15);
        t.setLive(false); // the run ended while playback sat at its newest step
        QVERIFY(!t.isPlaying());
    }

    void realClockPlays()
    {
        ScenarioTimeline t;
        t.setRun(1000, 1);
        t.setAvailableStep(1000);
        t.setCurrentStep(0);
        t.setSpeed(8);
        t.play();
        QTRY_VERIFY_WITH_TIMEOUT(t.currentStep() >= 5, 5000);
        t.pause();
        const int at = t.currentStep();
        QTest::qWait(100);
        QCOMPARE(t.currentStep(), at);
    }

    void keysAndSlider()
    {
        ScenarioTimeline t;
        t.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t));
        t.setRun(50, 30);
        t.setAvailableStep(50);
        t.setCurrentStep(20);
        QTest::keyClick(&t, Qt::Key_Space);
        QVERIFY(t.isPlaying());
        QTest::keyClick(&t, Qt::Key_Space);
        QVERIFY(!t.isPlaying());
        QTest::keyClick(&t, Qt::Key_Right);
        QCOMPARE(t.currentStep(), 21);
        QTest::keyClick(&t, Qt::Key_Space);
        QTest::keyClick(&t, Qt::Key_Left); // stepping pauses playback
        QVERIFY(!t.isPlaying());
        QCOMPARE(t.currentStep(), 20);
        QTest::keyClick(&t, Qt::Key_Home);
        QCOMPARE(t.currentStep(), 0);
        QTest::keyClick(&t, Qt::Key_Left);
        QCOMPARE(t.currentStep(), 0);
        QTest::keyClick(&t, Qt::Key_End);
        QCOMPARE(t.currentStep(), 50);
        QTest::keyClick(&t, Qt::Key_Right);
        QCOMPARE(t.currentStep(), 50);

        auto *slider = t.findChild<QSlider *>(QStringLiteral("timelineSlider"));
        QVERIFY(slider);
        QCOMPARE(slider->maximum(), 50);
        QCOMPARE(slider->value(), 50);
        slider->setValue(7); // as a drag would
        QCOMPARE(t.currentStep(), 7);
        QVERIFY(!t.isFollowing());
        // While a run streams, the slider spans the whole run but stops at the newest frame.
        t.setRun(120, 30);
        t.setLive(true);
        t.setAvailableStep(60);
        QCOMPARE(slider->maximum(), 120);
        slider->setValue(100);
        QCOMPARE(t.currentStep(), 60);
        QCOMPARE(slider->value(), 60);
        auto *speeds = t.findChild<QComboBox *>();
        QVERIFY(speeds);
        QCOMPARE(speeds->count(), int(ScenarioTimeline::speeds().size()));
        speeds->setCurrentIndex(speeds->findData(4.0));
        QCOMPARE(t.speed(), 4.0);
    }
};

QTEST_MAIN(TestScenarioTimeline)
#include "test_scenariotimeline.moc"
