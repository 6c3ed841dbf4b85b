#include "alerthistoryloader.h"

#include "stream/alertlog.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace urbis {

AlertHistoryLoader *AlertHistoryLoader::start(const QString &path, int max, QObject *parent)
{
    auto *loader = new AlertHistoryLoader(parent);
    auto *watcher = new QFutureWatcher<Result<QList<AlertEvent>>>(loader);
    connect(watcher, &QFutureWatcherBase::finished, loader, [loader, watcher] {
        if (const Result<QList<AlertEvent>> events = watcher->result(); events && !events->isEmpty())
            emit loader->loaded(*events);
        loader->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, max] { return AlertLog::readRecent(path, max); }));
    return loader;
}

} // namespace urbis
