#include "streamchartsview.h"

#include "kpi/kpipanelstyle.h"
#include "stream/channelset.h"
#include "streamchart.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace urbis {

namespace {
constexpr int kDefaultWindow = 300;
constexpr int kChartHeight = 170;

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}
} // namespace

StreamChartsView::StreamChartsView(QWidget *parent)
    : QWidget(parent), m_station(new QComboBox(this)), m_measure(new QComboBox(this)), m_window(new QComboBox(this)),
      m_pause(new QToolButton(this)), m_caption(new QLabel(this)), m_grid(new QWidget), m_area(nullptr),
      m_gridLayout(new QGridLayout(m_grid)), m_empty(new QLabel(this)), m_scroll(new QScrollBar(Qt::Horizontal, this))
{
    m_station->setObjectName(QStringLiteral("chartStation"));
    m_station->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_station->setMinimumContentsLength(8);
    m_measure->setObjectName(QStringLiteral("chartMeasure"));
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_window->setObjectName(QStringLiteral("chartWindow"));
    for (int secs : windowChoices()) {
        QString text;
        if (secs == 0)
            text = tr("All buffered");
        else if (secs < 3600)
            text = tr("%n min", nullptr, secs / 60);
        else if (secs < 86400)
            text = tr("%n h", nullptr, secs / 3600);
        else
            text = tr("%n day(s)", nullptr, secs / 86400);
        m_window->addItem(text, secs);
    }
    m_window->setCurrentIndex(int(windowChoices().indexOf(kDefaultWindow)));
    m_pause->setObjectName(QStringLiteral("chartPause"));
    m_pause->setCheckable(true);
    m_pause->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pause->setText(tr("Pause"));
    m_pause->setToolTip(tr("Freeze the charts while data keeps arriving (Space)"));
    m_caption->setObjectName(QStringLiteral("chartCaption"));
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Select a stream to see its live values."));
    m_scroll->setObjectName(QStringLiteral("chartScroll"));
    m_scroll->setToolTip(tr("Scroll back within the buffered values (pauses the charts)"));

    auto *bar = new QHBoxLayout;
    auto *stationLabel = new QLabel(tr("Statio&n:"), this);
    stationLabel->setBuddy(m_station);
    auto *measureLabel = new QLabel(tr("&Measure:"), this);
    measureLabel->setBuddy(m_measure);
    auto *windowLabel = new QLabel(tr("&Window:"), this);
    windowLabel->setBuddy(m_window);
    bar->addWidget(stationLabel);
    bar->addWidget(m_station);
    bar->addWidget(measureLabel);
    bar->addWidget(m_measure);
    bar->addWidget(windowLabel);
    bar->addWidget(m_window);
    bar->addStretch(1);
    bar->addWidget(m_caption);
    bar->addWidget(m_pause);

    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(m_grid);
    m_area = area;
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_empty, 1);
    layout->addWidget(area, 1);
    layout->addWidget(m_scroll);

    connect(m_pause, &QToolButton::toggled, this, &StreamChartsView::setPaused);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        draw();
        updateScroll();
        updateCaption();
    });
    connect(m_station, &QComboBox::currentIndexChanged, this, [this] {
        if (m_channels)
            syncPresent(m_channels->latest());
        m_first = firstTimeMs();
        draw();
        updateScroll();
        emit selectionChanged();
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        rebuildCharts();
        draw();
        emit selectionChanged();
    });
    connect(m_scroll, &QScrollBar::valueChanged, this, &StreamChartsView::onScrolled);
    rebuildCharts();
    refresh();
}

QList<int> StreamChartsView::windowChoices()
{
    return {60, 300, 900, 3600, 86400, 0};
}

int StreamChartsView::windowSeconds() const
{
    return m_window->currentData().toInt();
}

void StreamChartsView::setWindowSeconds(int seconds)
{
    const int i = m_window->findData(seconds);
    if (i >= 0)
        m_window->setCurrentIndex(i);
}

QString StreamChartsView::station() const
{
    return m_station->currentData().toString();
}

void StreamChartsView::setStation(const QString &entity)
{
    const int i = m_station->findData(entity);
    if (i >= 0)
        m_station->setCurrentIndex(i);
}

int StreamChartsView::measureFilter() const
{
    return m_measure->currentIndex() <= 0 ? -1 : m_measure->currentIndex() - 1;
}

void StreamChartsView::setMeasureFilter(int measure)
{
    m_measure->setCurrentIndex(measure < 0 || measure >= m_mapping.measures.size() ? 0 : measure + 1);
}

int StreamChartsView::colourMeasure() const
{
    if (m_mapping.measures.isEmpty())
        return -1;
    if (measureFilter() >= 0)
        return measureFilter();
    return m_present.isEmpty() ? 0 : m_present.first();
}

void StreamChartsView::setChannels(const ChannelSet *channels)
{
    if (channels == m_channels)
        return;
    m_channels = channels;
    m_mapping = FieldMapping();
    m_stations.clear();
    m_present.clear();
    m_first = 0;
    m_range.reset();
    m_newest = m_viewEnd = 0;
    {
        const QSignalBlocker a(m_station), b(m_measure);
        m_station->clear();
        m_measure->clear();
    }
    setPaused(false);
    rebuildCharts();
    refresh();
    emit selectionChanged();
}

void StreamChartsView::refresh()
{
    if (m_channels) {
        const FieldMapping mapping = m_channels->mapping();
        if (mapping.measures != m_mapping.measures || m_measure->count() == 0)
            syncMapping(mapping);
        syncStations(m_channels->entities());
        const QHash<QString, StreamSample> latest = m_channels->latest();
        syncPresent(latest);
        // The newest arrival's time, not the largest time seen: a replay that loops or a feed
        // whose clock was set back must not leave the view behind at the old end.
        qint64 newest = 0;
        for (const StreamSample &s : latest)
            newest = std::max(newest, s.timeMs);
        m_newest = newest > 0 ? newest : m_channels->lastTimeMs();
        if (m_first == 0 && m_newest > 0)
            m_first = firstTimeMs();
    }
    if (!m_paused) {
        m_viewEnd = m_newest;
        if (isVisible())
            draw();
    }
    updateScroll();
    updateCaption();
}

void StreamChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    draw();
}

void StreamChartsView::syncMapping(const FieldMapping &mapping)
{
    const int previous = measureFilter();
    const QString previousKey = previous >= 0 ? m_mapping.measures.value(previous).key : QString();
    m_mapping = mapping;
    {
        const QSignalBlocker block(m_measure);
        m_measure->clear();
        m_measure->addItem(tr("All measures"));
        for (const FieldMapping::Measure &m : std::as_const(m_mapping.measures))
            m_measure->addItem(m.unit.isEmpty() ? m.key : tr("%1 (%2)").arg(m.key, m.unit), m.key);
        const int kept = previousKey.isEmpty() ? -1 : m_mapping.measureIndex(previousKey);
        m_measure->setCurrentIndex(kept + 1);
    }
    rebuildCharts();
    emit selectionChanged();
}

void StreamChartsView::syncStations(const QStringList &stations)
{
    if (stations == m_stations)
        return;
    m_stations = stations;
    const QString current = station();
    const QSignalBlocker block(m_station);
    m_station->clear();
    for (const QString &s : stations)
        m_station->addItem(s.isEmpty() ? tr("(the stream)") : s, s);
    const int keep = m_station->findData(current);
    m_station->setCurrentIndex(keep >= 0 ? keep : 0);
    if (keep < 0) {
        m_first = firstTimeMs();
        emit selectionChanged();
    }
}

void StreamChartsView::syncPresent(const QHash<QString, StreamSample> &all)
{
    QList<int> present;
    const StreamSample latest = all.value(station());
    for (int i = 0; i < m_mapping.measures.size() && i < int(latest.values.size()); ++i)
        if (std::isfinite(latest.values[size_t(i)]))
            present << i;
    if (present == m_present)
        return;
    m_present = present;
    if (measureFilter() < 0)
        rebuildCharts();
    emit selectionChanged(); // the colouring measure may follow the first present one
}

void StreamChartsView::rebuildCharts()
{
    qDeleteAll(m_charts);
    m_charts.clear();
    QList<int> shown;
    if (measureFilter() >= 0)
        shown << measureFilter();
    else
        shown = m_present;
    const int columns = shown.size() <= 2 ? 1 : 2;
    for (int i = 0; i < shown.size(); ++i) {
        const FieldMapping::Measure &m = m_mapping.measures.at(shown.at(i));
        auto *chart = new StreamChart(m_grid);
        chart->setObjectName(QStringLiteral("chart_") + m.key);
        chart->setMeasure(m.key, m.unit, KpiPanelStyle::seriesColor(shown.at(i)));
        chart->setMinimumHeight(kChartHeight);
        m_gridLayout->addWidget(chart, i / columns, i % columns);
        m_charts << chart;
    }
    const bool none = m_charts.isEmpty();
    m_empty->setVisible(none);
    m_area->setVisible(!none);
    if (none)
        m_empty->setText(m_channels ? tr("Waiting for the first values…") : tr("Select a stream to see its live values."));
}

void StreamChartsView::draw()
{
    if (!m_channels || m_charts.isEmpty())
        return;
    const qint64 window = qint64(windowSeconds()) * 1000;
    const qint64 end = m_paused ? m_viewEnd : m_newest;
    qint64 from = std::numeric_limits<qint64>::min(), to = end;
    if (window > 0 && m_paused) {
        from = end - window;
    } else if (window > 0) {
        m_range.follow(end, window);
        from = m_range.from();
        to = m_range.to();
    }
    const QString entity = station();
    QList<ChannelSeries> series;
    qint64 first = end;
    for (StreamChart *chart : std::as_const(m_charts)) {
        const int measure = m_mapping.measureIndex(chart->measureKey());
        series << m_channels->window(entity, measure, from, to, chart->pointBudget());
        for (const ChannelPoint &p : std::as_const(series.last())) // arrival order: not always by time
            first = std::min(first, p.timeMs);
    }
    if (window == 0 && m_paused) {
        from = first;
    } else if (window == 0) {
        m_range.followAll(first, end);
        from = m_range.from();
        to = m_range.to();
    }
    for (int i = 0; i < m_charts.size(); ++i)
        m_charts.at(i)->setPoints(series.at(i), from, to);
}

qint64 StreamChartsView::firstTimeMs() const
{
    if (!m_channels || m_mapping.measures.isEmpty())
        return 0;
    const int measure = colourMeasure();
    const ChannelSeries all = m_channels->window(station(), measure, std::numeric_limits<qint64>::min(),
                                                 std::numeric_limits<qint64>::max(), 3);
    return all.isEmpty() ? 0 : all.first().timeMs;
}

void StreamChartsView::updateScroll()
{
    const qint64 window = qint64(windowSeconds()) * 1000;
    const qint64 span = m_first > 0 && m_newest > m_first ? m_newest - m_first : 0;
    m_settingScroll = true;
    if (window == 0 || span <= window) {
        m_scroll->setRange(0, 0);
        m_scroll->setEnabled(false);
    } else {
        m_scroll->setEnabled(true);
        m_scroll->setRange(int(window / 1000), int(span / 1000));
        m_scroll->setPageStep(int(window / 1000));
        m_scroll->setSingleStep(std::max(1, int(window / 10'000)));
        m_scroll->setValue(int((m_viewEnd - m_first) / 1000));
    }
    m_settingScroll = false;
}

void StreamChartsView::onScrolled(int value)
{
    if (m_settingScroll || m_first <= 0)
        return;
    scrollTo(m_first + qint64(value) * 1000);
}

void StreamChartsView::scrollTo(qint64 endMs)
{
    if (!m_paused)
        setPaused(true);
    m_viewEnd = std::min(endMs, m_newest);
    draw();
    updateScroll();
    updateCaption();
}

void StreamChartsView::setPaused(bool paused)
{
    if (paused == m_paused) {
        m_pause->setChecked(paused);
        return;
    }
    m_paused = paused;
    {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(paused);
    }
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (paused) {
        m_first = firstTimeMs(); // the buffer's oldest value: how far back the scroll bar goes
    } else {
        m_viewEnd = m_newest;
        draw();
    }
    updateScroll();
    updateCaption();
    emit pausedChanged(paused);
}

void StreamChartsView::updateCaption()
{
    if (!m_channels || m_newest <= 0) {
        m_caption->clear();
        return;
    }
    const qint64 window = qint64(windowSeconds()) * 1000;
    if (m_paused)
        m_caption->setText(window > 0 ? tr("Paused: %1 – %2").arg(timeText(m_viewEnd - window), timeText(m_viewEnd))
                                      : tr("Paused at %1").arg(timeText(m_viewEnd)));
    else
        m_caption->setText(tr("Live, newest %1").arg(timeText(m_newest)));
}

} // namespace urbis
