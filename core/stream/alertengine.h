#pragma once

#include "../ingest/tableschema.h"
#include "alertevent.h"
#include "fieldmapping.h"
#include "streamsample.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace urbis {

/**
 * Evaluates AlertRules against a stream's samples; keeps per (rule, entity) state (raised or not,
 * previous value for rates, last seen time for NoData) and returns only transitions, so one long
 * exceedance is one "raised" and one "cleared". Disabled rules and rules failing check() are not
 * evaluated. A measure absent from a message (NaN) changes no state. Not thread-safe: the stream's
 * worker owns it.
 */
class AlertEngine
{
    Q_DECLARE_TR_FUNCTIONS(urbis::AlertEngine)
public:
    /**
     * Empty ids are derived from the name (duplicates get "-2", "-3", ...). A rule keeps its state
     * when its id, kind, measure and entity are unchanged (a new threshold applies to the next
     * sample); the state of other rules is dropped without a "cleared" event.
     */
    void setRules(const QList<AlertRule> &rules);
    QList<AlertRule> rules() const { return m_rules; }
    void setMapping(const FieldMapping &mapping);
    /** The schema whose field constraints OutsideConstraints rules check (by field name = measure key). */
    void setSchema(const TableSchema &schema);

    QList<AlertEvent> process(const StreamBatch &batch);
    /**
     * NoData checks at `nowMs` (call about once a second): raised once nothing came for noDataSecs
     * since the last sample's receive time, or since the first tick for an entity never seen.
     */
    QList<AlertEvent> tick(qint64 nowMs);

    /** Alerts raised and not cleared, newest first. */
    QList<AlertEvent> active() const;

private:
    void evaluate(const AlertRule &rule, const StreamSample &sample, double value, QList<AlertEvent> &out);
    /** True when `value` breaks the rule's field constraints; nullopt when the field cannot read it. */
    std::optional<bool> violates(const AlertRule &rule, double value, QStringList *violations) const;
    void raise(const AlertRule &rule, const QString &entity, qint64 timeMs, double value,
               const QString &message, QList<AlertEvent> &out);
    void clear(const AlertRule &rule, const QString &entity, qint64 timeMs, double value,
               const QString &message, QList<AlertEvent> &out);

    QList<AlertRule> m_rules;
    QList<int> m_live; ///< indexes of the enabled, valid rules
    FieldMapping m_mapping;
    QHash<QString, int> m_measureIndex; ///< measure key -> index in a sample's values
    TableSchema m_schema;
    QHash<QString, QHash<QString, AlertEvent>> m_active;   ///< rule id -> entity -> raising event
    QHash<QString, QHash<QString, double>> m_previous;     ///< rule id -> entity -> last value (rates)
    QHash<QString, QHash<QString, qint64>> m_previousTime; ///< rule id -> entity -> its time
    QHash<QString, qint64> m_lastSeen;                     ///< entity ("" = any) -> receive time
    QSet<QString>
        m_watched; ///< the entities NoData rules name ("" = the stream): the only ones m_lastSeen keeps
};

} // namespace urbis
