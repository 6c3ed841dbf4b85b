#pragma once

#include "../util/task.h"
#include "kpidefinition.h"
#include "kpifilter.h"
#include "kpiresult.h"

#include <QMutex>

#include <memory>

namespace urbis {

class KpiCache;

/**
 * Evaluates a list of KPIs (a dashboard's, or one being edited for its live preview) on a worker
 * with its own catalog connection. Results are read with results() after finished(true); KPIs
 * that failed are listed in errors() (id -> message) and do not fail the task.
 */
class KpiEvaluationTask : public Task
{
    Q_OBJECT
public:
    KpiEvaluationTask(QString dataDir, QList<KpiDefinition> kpis, KpiFilter filter,
                      std::shared_ptr<KpiCache> cache, QObject *parent = nullptr);

    QList<KpiResult> results() const;
    QMap<QString, QString> errors() const;
    qint64 elapsedMs() const;

protected:
    Result<void> run(Feedback &feedback) override;

private:
    QString m_dataDir;
    QList<KpiDefinition> m_kpis;
    KpiFilter m_filter;
    std::shared_ptr<KpiCache> m_cache;
    mutable QMutex m_mutex;
    QList<KpiResult> m_results;
    QMap<QString, QString> m_errors;
    qint64 m_elapsedMs = 0;
};

} // namespace urbis
