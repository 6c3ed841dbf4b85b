#pragma once

#include "../catalog/datasetrecord.h"
#include "../util/result.h"
#include "aggregatetable.h"
#include "factscanspec.h"
#include "kpidefinition.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <memory>

namespace urbis {

/**
 * How one KPI is computed from its sources' datasets: which scans to run (one per dataset and row
 * condition, measures shared), which cube measure feeds which aggregate, and the rolled-up tables
 * the evaluator reads. Built and used by KpiEngine for one evaluation, on one thread.
 */
class KpiPlan
{
    Q_DECLARE_TR_FUNCTIONS(urbis::KpiPlan)
public:
    struct Scan
    {
        FactScanSpec spec;
        QString sha256;
        QString title;
    };

    KpiPlan(const KpiDefinition &kpi, TimeGrain grain);
    ~KpiPlan();

    /** `kept` false: the dataset only informs the checks (the city filter left it out). */
    void addDataset(const KpiSource &source, const DatasetRecord &record, bool kept, const QString &path);
    /** The formula against the sources' fields and units, and the dimensions against the default source. */
    Result<void> check(const ParsedFormula &formula) const;
    Result<void> build(const ParsedFormula &formula);
    const QList<Scan> &scans() const { return m_scans; }
    void addCube(qsizetype scan, std::shared_ptr<const FactCube> cube);
    Result<void> rollUp(const AggregateTable::Clip &clip);

    QHash<const FormulaNode *, const AggregateTable *> tables() const;
    /** The periods and dimension tuples to report, sorted, within the clip's range. */
    QList<AggregateTable::Key> keys(const AggregateTable::Clip &clip) const;
    QStringList datasetIds() const;
    TimeGrain grain() const { return m_grain; }

private:
    struct Dataset
    {
        QString alias;
        DatasetRecord record;
        bool kept = true;
        QString path;
        QString timeField; ///< from the source; empty = detect
    };
    struct Use
    {
        const FormulaNode *aggregate;
        qsizetype scan;
        int measure; ///< -1: count() rows
    };
    Result<void> timeOf(const Dataset &d, QString &column, FactScanSpec::TimeKind &kind) const;
    QStringList dimsOf(const QString &alias, const QStringList &columns) const;
    std::optional<TimeGrain> grainOf(const QString &alias) const;

    const KpiDefinition &m_kpi;
    TimeGrain m_grain;
    QList<Dataset> m_datasets;
    QList<Scan> m_scans;
    QHash<QString, FactScanSpec::TimeKind> m_aliasTime;
    QHash<QString, QStringList> m_aliasDims;
    QList<Use> m_uses;
    std::vector<std::shared_ptr<const FactCube>> m_cubes;
    std::map<const FormulaNode *, std::unique_ptr<AggregateTable>> m_tables;
};

} // namespace urbis
