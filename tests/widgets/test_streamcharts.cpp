// The live charts of a hand-filled ChannelSet: a gap breaks the line, the window and the measure
// filter choose what is drawn, pause freezes the view while data keeps arriving, scrolling goes back.
#include "stream/channelset.h"
#include "stream/streamchart.h"
#include "stream/streamchartsview.h"

#include <QComboBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace urbis;

namespace {

constexpr qint64 kBase = 1'700'000'000'000;

FieldMapping mapping()
{
    FieldMapping m;
    m.timeKey = QStringLiteral("time");
    m.entityKey = QStringLiteral("station");
    m.latKey = QStringLiteral("lat");
    m.lonKey = QStringLiteral("lon");
    m.measures = {{QStringLiteral("pm10"), QStringLiteral("ug/m3")}, {QStringLiteral("no2"), QStringLiteral("ug/m3")}};
    return m;
}

StreamSample sample(const QString &station, qint64 t, double pm10, double no2)
{
    StreamSample s;
    s.timeMs = s.receivedMs = t;
    s.entity = station;
    s.lat = 50;
    s.lon = 10;
    s.values = {pm10, no2};
    return s;
}

/** One sample a second for `station` from `fromS` to `toS` seconds after kBase. */
void fill(ChannelSet &set, const QString &station, int fromS, int toS)
{
    StreamBatch batch;
    for (int s = fromS; s <= toS; ++s)
        batch << sample(station, kBase + s * 1000LL, 20 + s % 7, 30 + s % 5);
    set.append(batch);
}

int pointsIn(const QList<QList<QPointF>> &segments)
{
    int n = 0;
    for (const auto &s : segments)
        n += int(s.size());
    return n;
}

} // namespace

class TestStreamCharts : public QObject
{
    Q_OBJECT

    ChannelSet m_set;
    std::unique_ptr<StreamChartsView> m_view;

private slots:
    void init()
    {
        m_set.clear();
        m_set.setMapping(mapping());
        fill(m_set, QStringLiteral("ST-1"), 0, 60);
        m_set.appendGap(kBase + 60'500);
        fill(m_set, QStringLiteral("ST-1"), 61, 120);
        m_view = std::make_unique<StreamChartsView>();
        m_view->resize(900, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setChannels(&m_set);
        m_view->setWindowSeconds(300);
    }

    void cleanup() { m_view.reset(); }

    void oneChartPerMeasureWithTheGapAsABreak()
    {
        QCOMPARE(m_view->stations(), QStringList{QStringLiteral("ST-1")});
        QCOMPARE(m_view->station(), QStringLiteral("ST-1"));
        const QList<StreamChart *> charts = m_view->charts();
        QCOMPARE(charts.size(), 2);
        QCOMPARE(charts.at(0)->measureKey(), QStringLiteral("pm10"));
        QCOMPARE(charts.at(1)->measureKey(), QStringLiteral("no2"));
        const QList<QList<QPointF>> segments = charts.at(0)->segments();
        QCOMPARE(segments.size(), 2); // broken at the gap
        QCOMPARE(segments.at(0).size(), 61);
        QCOMPARE(segments.at(1).size(), 60);
        QVERIFY(segments.at(0).last().x() < kBase + 60'500);
        QVERIFY(segments.at(1).first().x() > kBase + 60'500);
        QCOMPARE(segments.at(1).last(), QPointF(double(kBase + 120'000), 20 + 120 % 7));
        // The window spans the chosen length and leads the newest value by a tenth of it.
        QCOMPARE(charts.at(0)->toMs() - charts.at(0)->fromMs(), 300'000);
        QCOMPARE(charts.at(0)->toMs(), kBase + 120'000 + 30'000);
        // Live, the axis moves in jumps: not while the data stay inside, once when they leave it.
        fill(m_set, QStringLiteral("ST-1"), 121, 140);
        m_view->refresh();
        QCOMPARE(charts.at(0)->toMs(), kBase + 150'000);
        QCOMPARE(charts.at(0)->segments().last().last().x(), double(kBase + 140'000));
        fill(m_set, QStringLiteral("ST-1"), 141, 151);
        m_view->refresh();
        QCOMPARE(charts.at(0)->toMs(), kBase + 151'000 + 30'000);
    }

    void theWindowChoosesThePoints()
    {
        m_view->setWindowSeconds(60);
        StreamChart *chart = m_view->charts().at(0);
        QCOMPARE(chart->toMs(), kBase + 126'000);
        QCOMPARE(chart->fromMs(), kBase + 66'000);
        QCOMPARE(chart->segments().size(), 1);
        QCOMPARE(chart->segments().first().first().x(), double(kBase + 66'000));
        m_view->scrollTo(kBase + 120'000); // exactly the last minute
        QCOMPARE(chart->fromMs(), kBase + 60'000);
        // 60 s alone before the gap is a dot; 61..120 s a line.
        QCOMPARE(chart->dots().size(), 1);
        QCOMPARE(chart->dots().first().x(), double(kBase + 60'000));
        QCOMPARE(chart->segments().size(), 1);
        QCOMPARE(chart->segments().first().size(), 60);
        m_view->setPaused(false);
        m_view->setWindowSeconds(0); // all that is buffered
        QCOMPARE(chart->fromMs(), kBase);
        QCOMPARE(chart->toMs(), kBase + 120'000 + 12'000);
        QCOMPARE(pointsIn(chart->segments()), 121);
    }

    void manyPointsAreDownsampledToTheChartWidth()
    {
        StreamBatch batch;
        for (int i = 0; i < 20'000; ++i)
            batch << sample(QStringLiteral("ST-1"), kBase + 121'000 + i * 10LL, i % 100, 1);
        m_set.append(batch);
        m_view->refresh();
        StreamChart *chart = m_view->charts().at(0);
        QVERIFY(pointsIn(chart->segments()) <= chart->pointBudget() + 2);
        QVERIFY(pointsIn(chart->segments()) > 30);
    }

    void pauseFreezesWhileDataArrives()
    {
        QSignalSpy paused(m_view.get(), &StreamChartsView::pausedChanged);
        m_view->setPaused(true);
        QCOMPARE(paused.size(), 1);
        StreamChart *chart = m_view->charts().at(0);
        const QList<QList<QPointF>> before = chart->segments();
        fill(m_set, QStringLiteral("ST-1"), 121, 180);
        const qint64 to = chart->toMs();
        m_view->refresh();
        QCOMPARE(m_view->viewEndMs(), kBase + 120'000);
        QCOMPARE(chart->toMs(), to);
        QCOMPARE(chart->segments(), before);
        m_view->togglePaused(); // resume: the view jumps to the newest
        QVERIFY(!m_view->isPaused());
        QCOMPARE(chart->toMs(), kBase + 180'000 + 30'000);
        QCOMPARE(chart->segments().last().last().x(), double(kBase + 180'000));
    }

    void scrollingGoesBackAndPauses()
    {
        m_view->setWindowSeconds(60);
        QScrollBar *bar = m_view->scrollBar();
        QVERIFY(bar->isEnabled());
        QCOMPARE(bar->value(), bar->maximum());
        m_view->scrollTo(kBase + 90'000);
        QVERIFY(m_view->isPaused());
        StreamChart *chart = m_view->charts().at(0);
        QCOMPARE(chart->toMs(), kBase + 90'000);
        QCOMPARE(chart->fromMs(), kBase + 30'000);
        QCOMPARE(bar->value(), 90);
        bar->setValue(bar->minimum()); // the oldest window of the buffer
        QCOMPARE(chart->fromMs(), kBase);
        QCOMPARE(chart->toMs(), kBase + 60'000);
        QCOMPARE(chart->segments().first().first().x(), double(kBase));
        // New data while scrolled back leaves the view where it is.
        fill(m_set, QStringLiteral("ST-1"), 121, 130);
        m_view->refresh();
        QCOMPARE(chart->toMs(), kBase + 60'000);
    }

    void measureFilterAndStations()
    {
        QSignalSpy selection(m_view.get(), &StreamChartsView::selectionChanged);
        m_view->setMeasureFilter(1);
        QCOMPARE(m_view->charts().size(), 1);
        QCOMPARE(m_view->charts().first()->measureKey(), QStringLiteral("no2"));
        QCOMPARE(m_view->colourMeasure(), 1);
        QVERIFY(!selection.isEmpty());
        m_view->setMeasureFilter(-1);
        QCOMPARE(m_view->charts().size(), 2);

        // A second station appears in the list; choosing it draws its values.
        StreamBatch batch;
        for (int s = 0; s <= 10; ++s)
            batch << sample(QStringLiteral("ST-2"), kBase + 200'000 + s * 1000LL, 99, 1);
        m_set.append(batch);
        m_view->refresh();
        QCOMPARE(m_view->stations(), (QStringList{QStringLiteral("ST-1"), QStringLiteral("ST-2")}));
        m_view->setStation(QStringLiteral("ST-2"));
        StreamChart *chart = m_view->charts().at(0);
        QCOMPARE(pointsIn(chart->segments()), 11);
        QCOMPARE(chart->segments().first().first().y(), 99.0);
    }

    void aReplayThatLoopsIsFollowed()
    {
        // A looping replay starts again at its first time: the view follows the newest arrival,
        // not the largest time seen, and draws the points in time order.
        fill(m_set, QStringLiteral("ST-1"), 0, 10);
        m_view->refresh();
        StreamChart *chart = m_view->charts().at(0);
        QCOMPARE(chart->toMs(), kBase + 10'000 + 30'000);
        QVERIFY(!chart->segments().isEmpty());
        for (const QList<QPointF> &segment : chart->segments())
            QVERIFY(std::is_sorted(segment.cbegin(), segment.cend(),
                                   [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    }

    void measuresWithoutValuesGetNoChart()
    {
        ChannelSet set;
        set.setMapping(mapping());
        StreamSample s = sample(QStringLiteral("ONLY-PM"), kBase, 12, 0);
        s.values[1] = std::nan("");
        set.append({s});
        m_view->setChannels(&set);
        QCOMPARE(m_view->charts().size(), 1);
        QCOMPARE(m_view->charts().first()->measureKey(), QStringLiteral("pm10"));
        m_view->setChannels(nullptr);
        QVERIFY(m_view->charts().isEmpty());
    }
};

QTEST_MAIN(TestStreamCharts)
#include "test_streamcharts.moc"
