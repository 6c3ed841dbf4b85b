#include "map/maplayer.h"
#include "map/maprenderjob.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace urbis;

namespace {

// Fills the view with one colour; optionally keeps drawing (slowly) until cancelled.
class SolidLayer : public MapLayer
{
public:
    SolidLayer(const QColor &color, bool slow = false) : MapLayer(QStringLiteral("solid")), m_color(color), m_slow(slow) {}

    Result<void> render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) const override
    {
        started.store(true);
        if (m_slow) {
            QElapsedTimer t;
            t.start();
            while (!cancel.load() && t.elapsed() < 20000)
                QThread::msleep(2);
            sawCancel.store(cancel.load());
        }
        painter.fillRect(QRect(QPoint(0, 0), settings.size()), m_color);
        return {};
    }

    mutable std::atomic<bool> started{false};
    mutable std::atomic<bool> sawCancel{false};

private:
    QColor m_color;
    bool m_slow;
};

class FailingLayer : public MapLayer
{
public:
    FailingLayer() : MapLayer(QStringLiteral("broken")) {}
    Result<void> render(QPainter &, const MapSettings &, const std::atomic<bool> &) const override
    {
        return Error(Error::Code::Io, QStringLiteral("disk gone"));
    }
};

MapSettings small()
{
    MapSettings s;
    s.setSize(QSize(64, 48));
    return s;
}

} // namespace

class TestMapRenderJob : public QObject
{
    Q_OBJECT

private slots:
    void rendersInTheBackground()
    {
        auto layer = std::make_shared<SolidLayer>(Qt::blue);
        MapRenderJob job(small(), {layer});
        QSignalSpy finished(&job, &MapRenderJob::finished);
        QSignalSpy stopped(&job, &MapRenderJob::stopped);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(stopped.count(), 1);
        const QImage img = finished.first().first().value<QImage>();
        QCOMPARE(img.size(), QSize(64, 48));
        QCOMPARE(img.pixelColor(10, 10), QColor(Qt::blue));
        QVERIFY(!job.isActive());
    }

    void cancelStopsWithoutAnImage()
    {
        auto layer = std::make_shared<SolidLayer>(Qt::red, true);
        MapRenderJob job(small(), {layer});
        QSignalSpy finished(&job, &MapRenderJob::finished);
        QSignalSpy stopped(&job, &MapRenderJob::stopped);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(layer->started.load(), 10000);
        QVERIFY(job.isActive());
        QElapsedTimer t;
        t.start();
        job.cancel();
        QVERIFY(job.isCancelled());
        QVERIFY(stopped.wait(10000));
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(layer->sawCancel.load());
        QCOMPARE(finished.count(), 0);
    }

    void destroyingARunningJobCancelsIt()
    {
        auto layer = std::make_shared<SolidLayer>(Qt::red, true);
        {
            MapRenderJob job(small(), {layer});
            job.start();
            QTRY_VERIFY_WITH_TIMEOUT(layer->started.load(), 10000);
        }
        QVERIFY(layer->sawCancel.load());
    }

    void snapshotTakesVisibilityAndOpacityAtCreation()
    {
        auto bottom = std::make_shared<SolidLayer>(Qt::white);
        auto top = std::make_shared<SolidLayer>(Qt::black);
        top->setOpacity(0.5);
        MapRenderJob job(small(), {bottom, top});
        // Changes after the job exists do not reach it.
        top->setVisible(false);
        QSignalSpy finished(&job, &MapRenderJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        const QColor c = finished.first().first().value<QImage>().pixelColor(5, 5);
        QVERIFY2(std::abs(c.red() - 128) <= 2, qPrintable(c.name()));
        QCOMPARE(MapRenderJob::snapshot({bottom, top}).size(), 1);
    }

    void failingLayerIsReportedAndSkipped()
    {
        auto ok = std::make_shared<SolidLayer>(Qt::green);
        MapRenderJob job(small(), {ok, std::make_shared<FailingLayer>()});
        QSignalSpy finished(&job, &MapRenderJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<QImage>().pixelColor(5, 5), QColor(Qt::green));
        QCOMPARE(job.errors().size(), 1);
        QVERIFY(job.errors().first().contains(QStringLiteral("broken")));
    }
};

QTEST_MAIN(TestMapRenderJob)
#include "test_maprenderjob.moc"
