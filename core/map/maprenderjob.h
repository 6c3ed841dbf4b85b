#pragma once

#include "mapsettings.h"

#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace urbis {

class MapLayer;

/**
 * Draws a list of layers into a QImage on a pool thread (QGIS's QgsMapRendererParallelJob, in
 * one worker). The job copies the settings and snapshots which layers are visible and at what
 * opacity when it is created, so the view may change at once; the canvas cancels the job and
 * starts a new one.
 *
 * Owned by whoever started it, on that thread; finished() is delivered there. Destroying a
 * running job cancels it and waits for the worker to stop.
 */
class MapRenderJob : public QObject
{
    Q_OBJECT
public:
    /** `layers` bottom first; invisible layers are skipped. */
    MapRenderJob(const MapSettings &settings, const QList<std::shared_ptr<MapLayer>> &layers,
                 QObject *parent = nullptr);
    ~MapRenderJob() override;

    const MapSettings &settings() const { return m_settings; }
    void start();
    /** Asks the worker to stop; finished() is not emitted for a cancelled job. */
    void cancel();
    bool isActive() const { return m_watcher.isRunning(); }
    bool isCancelled() const { return m_cancel->load(); }
    /** Blocks until the worker is done (tests, shutdown). */
    void waitForFinished();
    /** Errors of layers that failed to draw in the last run (they are skipped, the rest is drawn). */
    QStringList errors() const { return m_errors; }
    /** Milliseconds the worker spent drawing. */
    qint64 renderTime() const { return m_renderMs; }

    struct Entry
    {
        std::shared_ptr<MapLayer> layer;
        double opacity = 1.0;
        QString name; ///< for error messages: the worker never reads the layer's QObject state
    };
    /**
     * The drawing itself, on the calling thread: for tests, benchmarks and exports.
     * Failed layers are named in `errors`.
     */
    static QImage render(const MapSettings &settings, const QList<Entry> &layers, const std::atomic<bool> &cancel,
                         QStringList *errors = nullptr);
    /** The visible layers of `layers` at their opacity, as a job snapshots them. */
    static QList<Entry> snapshot(const QList<std::shared_ptr<MapLayer>> &layers);

signals:
    void finished(const QImage &image);
    /** The worker is done, finished or cancelled (after finished() when that is emitted). */
    void stopped();

private:
    struct Output
    {
        QImage image;
        QStringList errors;
        qint64 ms = 0;
    };

    MapSettings m_settings;
    QList<Entry> m_layers;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Output> m_watcher;
    QStringList m_errors;
    qint64 m_renderMs = 0;
};

} // namespace urbis
