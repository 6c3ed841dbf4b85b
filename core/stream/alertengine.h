#pragma once

#include "../ingest/tableschema.h"
#include "alertevent.h"
#include "fieldmapping.h"
#include "streamsample.h"

#include <QHash>
#include <QSet>

namespace urbis {

/**
 * Evaluates AlertRules against a stream's samples; keeps per (rule, entity) state (raised or not,
 * previous value for rates, last seen time for NoData) and returns only transitions, so one long
 * exceedance is one "raised" and one "cleared". Not thread-safe: the stream's worker owns it.
 */
class AlertEngine
{
public:
    void setRules(const QList<AlertRule> &rules); ///< keeps the state of rules whose id is unchanged
    QList<AlertRule> rules() const { return m_rules; }
    void setMapping(const FieldMapping &mapping);
    /** The schema whose field constraints OutsideConstraints rules check (by field name = measure key). */
    void setSchema(const TableSchema &schema);

    QList<AlertEvent> process(const StreamBatch &batch);
    /** NoData checks at `nowMs` (call about once a second). */
    QList<AlertEvent> tick(qint64 nowMs);

    /** Alerts raised and not cleared, newest first. */
    QList<AlertEvent> active() const;

private:
    struct State;
    QList<AlertRule> m_rules;
    FieldMapping m_mapping;
    TableSchema m_schema;
    QHash<QString, QHash<QString, AlertEvent>> m_active; ///< rule id -> entity -> raising event
    QHash<QString, QHash<QString, double>> m_previous;   ///< rule id -> entity -> last value (rates)
    QHash<QString, qint64> m_previousTime;               ///< rule id + entity -> its time
    QHash<QString, qint64> m_lastSeen;                   ///< entity ("" = any) -> receive time
};

} // namespace urbis
