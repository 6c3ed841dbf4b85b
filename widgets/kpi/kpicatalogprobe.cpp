#include "kpicatalogprobe.h"

#include "catalog/catalogquery.h"
#include "kpi/kpicache.h"
#include "kpi/kpiengine.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace urbis {

namespace {

struct FieldsAnswer
{
    KpiCatalogProbe::FieldMap fields;
    QString error;
};

QList<KpiCatalogProbe::DatasetChoice> readDatasets(const QString &dataDir)
{
    QList<KpiCatalogProbe::DatasetChoice> out;
    Result<Workspace> ws = Workspace::open(dataDir);
    if (!ws)
        return out;
    CatalogQuery q;
    q.limit = 0;
    q.withFacets = false;
    q.sort = CatalogQuery::Sort::Title;
    Result<SearchResult> r = ws->catalog().search(q);
    if (!r)
        return out;
    for (const DatasetRecord &rec : r->records)
        out.append({rec.id, rec.title, rec.domain, rec.city});
    return out;
}

FieldsAnswer readFields(const QString &dataDir, const KpiDefinition &kpi,
                        const std::shared_ptr<KpiCache> &cache)
{
    Result<Workspace> ws = Workspace::open(dataDir);
    if (!ws)
        return {{}, ws.error().message};
    KpiEngine engine(ws->catalog(), ws->store(), cache);
    Result<KpiCatalogProbe::FieldMap> fields = engine.sourceFields(kpi);
    if (!fields)
        return {{}, fields.error().message};
    return {*fields, {}};
}

/**
 * One thread for every probe: requests run in order (a fresh workspace is never opened, and so
 * migrated, twice at once), and a probe going away never waits for its worker.
 */
QThreadPool *probePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(qApp);
        p->setMaxThreadCount(1);
        return p;
    }();
    return pool;
}

} // namespace

KpiCatalogProbe::KpiCatalogProbe(QString dataDir, std::shared_ptr<KpiCache> cache, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_cache(std::move(cache))
{}

void KpiCatalogProbe::loadDatasets()
{
    // Watchers are children of the probe: an answer arriving after the probe is gone goes nowhere,
    // while the worker keeps its own copies of what it reads.
    auto *watcher = new QFutureWatcher<QList<DatasetChoice>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        emit datasetsLoaded(watcher->result());
        watcher->deleteLater();
    });
    const QString dir = m_dataDir;
    watcher->setFuture(QtConcurrent::run(probePool(), [dir] { return readDatasets(dir); }));
}

void KpiCatalogProbe::loadFields(const KpiDefinition &kpi)
{
    const quint64 generation = ++m_fieldsRequested;
    auto *watcher = new QFutureWatcher<FieldsAnswer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const FieldsAnswer answer = watcher->result();
        watcher->deleteLater();
        if (generation != m_fieldsRequested) // an older request's answer would overwrite a newer one
            return;
        m_fieldsAnswered = generation;
        emit fieldsLoaded(answer.fields, answer.error);
    });
    const QString dir = m_dataDir;
    std::shared_ptr<KpiCache> cache = m_cache;
    watcher->setFuture(
        QtConcurrent::run(probePool(), [dir, kpi, cache] { return readFields(dir, kpi, cache); }));
}

} // namespace urbis
