#pragma once

#include "../kpi/kpiresult.h"
#include "impactrecord.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

namespace urbis {

/**
 * Impact records in the shapes the rest of Urbis takes: a CSV table (step, time, metric, category,
 * unit, value) that imports as a table dataset, a JSON array for a scenario's summary, and KPI
 * results (one per metric, the category as dimension "category", one period per step) that KPI
 * charts and tables show unchanged. Stateless; any thread.
 */
class ImpactTable
{
public:
    /** RFC 4180 CSV with a header row; numbers in C locale with round-trip precision; UTF-8. */
    static QByteArray toCsv(const QList<ImpactRecord> &records);
    /** [{"step":1,"timeSec":60,"time":"...Z","metric":"roads","category":"","unit":"m","value":42.5}, ...] */
    static QJsonArray toJson(const QList<ImpactRecord> &records);
    /**
     * One KpiResult per metric in first-seen order; id = metric, unit as recorded. A period is the
     * record's UTC time (ISO 8601) when it has one, else "step 0001" (zero-padded so text order is
     * step order). Totals carry no dimension value; categories carry {"category": name}.
     */
    static QList<KpiResult> toKpiResults(const QList<ImpactRecord> &records);
    /** The period label toKpiResults() gives a record. */
    static QString periodOf(const ImpactRecord &record);
};

} // namespace urbis
