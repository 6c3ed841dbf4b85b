#include "maprenderjob.h"

#include "maplayer.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace urbis {

MapRenderJob::MapRenderJob(const MapSettings &settings, const QList<std::shared_ptr<MapLayer>> &layers, QObject *parent)
    : QObject(parent), m_settings(settings), m_layers(snapshot(layers)),
      m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    connect(&m_watcher, &QFutureWatcher<Output>::finished, this, [this] {
        if (!m_cancel->load() && m_watcher.future().resultCount() > 0) {
            const Output out = m_watcher.result();
            m_errors = out.errors;
            m_renderMs = out.ms;
            emit finished(out.image);
        }
        emit stopped();
    });
}

MapRenderJob::~MapRenderJob()
{
    cancel();
    waitForFinished();
}

QList<MapRenderJob::Entry> MapRenderJob::snapshot(const QList<std::shared_ptr<MapLayer>> &layers)
{
    QList<Entry> out;
    for (const auto &layer : layers)
        if (layer && layer->isVisible() && layer->opacity() > 0)
            out.append({layer, layer->opacity(), layer->name()});
    return out;
}

void MapRenderJob::start()
{
    if (m_watcher.isRunning())
        return;
    // The worker gets its own copies; only the cancel flag is shared with this object.
    auto cancel = m_cancel;
    const MapSettings settings = m_settings;
    const QList<Entry> layers = m_layers;
    m_watcher.setFuture(QtConcurrent::run([cancel, settings, layers] {
        QElapsedTimer timer;
        timer.start();
        Output out;
        out.image = render(settings, layers, *cancel, &out.errors);
        out.ms = timer.elapsed();
        return out;
    }));
}

void MapRenderJob::cancel()
{
    m_cancel->store(true);
}

void MapRenderJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

QImage MapRenderJob::render(const MapSettings &settings, const QList<Entry> &layers, const std::atomic<bool> &cancel,
                            QStringList *errors)
{
    QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(settings.devicePixelRatio());
    image.fill(settings.backgroundColor());
    QPainter painter(&image);
    for (const Entry &e : layers) {
        if (cancel.load())
            break;
        Result<void> r;
        if (e.opacity >= 1.0) {
            r = e.layer->render(painter, settings, cancel);
        } else {
            // Opacity applies to the layer as a whole: overlapping features must not add up.
            QImage part(image.size(), QImage::Format_ARGB32_Premultiplied);
            part.setDevicePixelRatio(settings.devicePixelRatio());
            part.fill(Qt::transparent);
            QPainter p(&part);
            r = e.layer->render(p, settings, cancel);
            p.end();
            painter.save();
            painter.setOpacity(e.opacity);
            painter.drawImage(QPointF(0, 0), part);
            painter.restore();
        }
        if (!r && errors)
            errors->append(e.name + QStringLiteral(": ") + r.error().toString());
    }
    painter.end();
    return image;
}

} // namespace urbis
