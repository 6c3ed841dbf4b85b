#include "kpievaluationtask.h"

#include "../workspace/workspace.h"
#include "kpicache.h"
#include "kpiengine.h"

#include <QElapsedTimer>

namespace urbis {

KpiEvaluationTask::KpiEvaluationTask(QString dataDir, QList<KpiDefinition> kpis, KpiFilter filter, std::shared_ptr<KpiCache> cache,
                                     QObject *parent)
    : Task(tr("Evaluating %n KPI(s)", nullptr, int(kpis.size())), parent), m_dataDir(std::move(dataDir)), m_kpis(std::move(kpis)),
      m_filter(std::move(filter)), m_cache(cache ? std::move(cache) : std::make_shared<KpiCache>())
{
    // Dashboards and previews evaluate on every change; only failures are worth keeping in the Tasks dock.
    setTransient(true);
}

QList<KpiResult> KpiEvaluationTask::results() const
{
    QMutexLocker lock(&m_mutex);
    return m_results;
}

QMap<QString, QString> KpiEvaluationTask::errors() const
{
    QMutexLocker lock(&m_mutex);
    return m_errors;
}

qint64 KpiEvaluationTask::elapsedMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_elapsedMs;
}

Result<void> KpiEvaluationTask::run(Feedback &feedback)
{
    QElapsedTimer timer;
    timer.start();
    Result<Workspace> ws = Workspace::open(m_dataDir);
    if (!ws)
        return ws.error();
    // The workspace's own connection was opened on this worker, so the engine may use it here.
    KpiEngine engine(ws->catalog(), ws->store(), m_cache);
    QMap<QString, Error> errors;
    Result<QList<KpiResult>> results = engine.evaluateAll(m_kpis, m_filter, &feedback, &errors);
    if (!results)
        return results.error();
    QMap<QString, QString> byId;
    for (auto it = errors.begin(); it != errors.end(); ++it)
        byId.insert(it.key(), it.value().message);
    QMutexLocker lock(&m_mutex);
    m_results = *results;
    m_errors = byId;
    m_elapsedMs = timer.elapsed();
    return {};
}

} // namespace urbis
