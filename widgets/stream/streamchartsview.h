#pragma once

#include "livetimerange.h"
#include "stream/fieldmapping.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollBar;
class QToolButton;

namespace urbis {

class ChannelSet;
class StreamChart;

/**
 * The live charts of one stream: one StreamChart per measure the chosen station has values of
 * (or the one measure chosen), over a time window ending at the newest data (1 min … 1 h, a day, or all that
 * is buffered). Pause freezes the view while data keeps arriving; the scroll bar moves the window
 * back within the buffer (moving it pauses). refresh() reads the ChannelSet (thread-safe copies,
 * downsampled to the charts' width) and is meant to run on each StreamSession::updated(); while
 * the view is hidden it only follows the stations and measures (the map's colouring needs them)
 * and draws when shown again.
 *
 * Borrows the ChannelSet: the owner calls setChannels(nullptr) before it goes. GUI thread only.
 */
class StreamChartsView : public QWidget
{
    Q_OBJECT
public:
    explicit StreamChartsView(QWidget *parent = nullptr);

    void setChannels(const ChannelSet *channels);
    const ChannelSet *channels() const { return m_channels; }

    /** Window lengths offered, in seconds; 0 = everything buffered. */
    static QList<int> windowChoices();
    int windowSeconds() const;
    void setWindowSeconds(int seconds);

    QString station() const;
    void setStation(const QString &entity);
    QStringList stations() const { return m_stations; }
    /** Index into the mapping's measures; -1 = all measures. */
    int measureFilter() const;
    void setMeasureFilter(int measure);
    /** The measure markers are coloured by: the chosen one, else the first; -1 without measures. */
    int colourMeasure() const;

    bool isPaused() const { return m_paused; }
    /** The end of the chosen window (ms since the epoch): the newest value when live; the
        charts' axes then run a little past it (they move in jumps, not on every refresh). */
    qint64 viewEndMs() const { return m_viewEnd; }
    QList<StreamChart *> charts() const { return m_charts; }
    QScrollBar *scrollBar() const { return m_scroll; }

public slots:
    void refresh();
    void setPaused(bool paused);
    void togglePaused() { setPaused(!m_paused); }
    /** Pauses with the window ending at `endMs` (scroll back). */
    void scrollTo(qint64 endMs);

signals:
    void pausedChanged(bool paused);
    /** The station or the colouring measure changed. */
    void selectionChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void syncMapping(const FieldMapping &mapping);
    void syncStations(const QStringList &stations);
    /** Charts for "all measures" are those the station has values of; rebuilt when that changes. */
    void syncPresent(const QHash<QString, StreamSample> &latest);
    void rebuildCharts();
    void draw();
    void updateScroll();
    void updateCaption();
    void onScrolled(int value);
    qint64 firstTimeMs() const;

    const ChannelSet *m_channels = nullptr;
    FieldMapping m_mapping;
    QStringList m_stations;
    QList<int> m_present; ///< measures the chosen station has values of
    QComboBox *m_station;
    QComboBox *m_measure;
    QComboBox *m_window;
    QToolButton *m_pause;
    QLabel *m_caption;
    QWidget *m_grid;
    QWidget *m_area;
    QGridLayout *m_gridLayout;
    QLabel *m_empty;
    QScrollBar *m_scroll;
    QList<StreamChart *> m_charts;
    bool m_paused = false;
    qint64 m_viewEnd = 0;
    qint64 m_newest = 0;
    qint64 m_first = 0;   ///< the oldest buffered time of the station, read when scrolling starts
    bool m_settingScroll = false;
    LiveTimeRange m_range; ///< the axes' range while live
};

} // namespace urbis
