#include "kpiplan.h"

#include "factscan.h"
#include "formulacheck.h"
#include "formulaparser.h"
#include "formulasql.h"
#include "periodcalendar.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace urbis {

namespace {

using Fn = FormulaNode::Function;

const FormulaNode *firstField(const FormulaNode::Ptr &n)
{
    if (!n)
        return nullptr;
    if (n->kind == FormulaNode::Kind::Field)
        return n.get();
    for (const FormulaNode::Ptr &c : n->children)
        if (const FormulaNode *f = firstField(c))
            return f;
    return firstField(n->condition);
}

/** The source an aggregate reads: that of its first field; unqualified fields and count() read the default source. */
QString aliasOf(const FormulaNode::Ptr &aggregate, const QString &defaultAlias)
{
    const FormulaNode *f = firstField(aggregate);
    return f && !f->alias.isEmpty() ? f->alias : defaultAlias;
}

int rank(TimeGrain g)
{
    return int(g); // Day < Week < Month < Year
}

} // namespace

KpiPlan::KpiPlan(const KpiDefinition &kpi, TimeGrain grain) : m_kpi(kpi), m_grain(grain)
{
}

KpiPlan::~KpiPlan() = default;

void KpiPlan::addDataset(const KpiSource &source, const DatasetRecord &record, bool kept, const QString &path)
{
    m_datasets.append({source.alias, record, kept, path, source.timeField});
}

Result<void> KpiPlan::check(const ParsedFormula &) const
{
    QMap<QString, QList<FieldInfo>> fields;
    for (const Dataset &d : m_datasets)
        if (!fields.contains(d.alias))
            fields.insert(d.alias, d.record.fields);
    // Unqualified names read the default source, whatever its alias.
    fields.insert(QString(), fields.value(m_kpi.sources.first().alias));
    QStringList problems;
    for (const FormulaDiagnostic &diag : FormulaCheck::check(m_kpi.formula, fields))
        if (diag.severity == FormulaDiagnostic::Severity::Error)
            problems << tr("%1 (at character %2)").arg(diag.message).arg(diag.start + 1);
    const QString defaultAlias = m_kpi.sources.first().alias;
    for (const QString &dim : m_kpi.dimensions) {
        const QList<FieldInfo> &own = fields.value(defaultAlias);
        if (std::none_of(own.begin(), own.end(), [&](const FieldInfo &f) { return f.name == dim; }))
            problems << tr("the dimension \"%1\" is not a field of the source's data").arg(dim);
    }
    if (!problems.isEmpty())
        return Error(Error::Code::InvalidData, tr("KPI \"%1\": %2").arg(m_kpi.id, problems.join(QStringLiteral("; "))));
    return {};
}

Result<void> KpiPlan::timeOf(const Dataset &d, QString &column, FactScanSpec::TimeKind &kind) const
{
    using K = FactScanSpec::TimeKind;
    const auto kindOf = [](const FieldInfo &f) {
        if (f.type == QLatin1String("year") || (f.type == QLatin1String("integer") && f.name.compare(QLatin1String("year"), Qt::CaseInsensitive) == 0))
            return K::Year;
        if (f.type == QLatin1String("yearmonth"))
            return K::YearMonth;
        return K::IsoText;
    };
    if (!d.timeField.isEmpty()) {
        for (const FieldInfo &f : d.record.fields)
            if (f.name == d.timeField) {
                column = f.name;
                kind = kindOf(f);
                return {};
            }
        return Error(Error::Code::InvalidData, tr("KPI \"%1\": the time field \"%2\" is not in \"%3\"").arg(m_kpi.id, d.timeField, d.record.title));
    }
    for (const char *type : {"datetime", "date", "yearmonth", "year"})
        for (const FieldInfo &f : d.record.fields)
            if (f.type == QLatin1String(type)) {
                column = f.name;
                kind = kindOf(f);
                return {};
            }
    for (const FieldInfo &f : d.record.fields)
        if (kindOf(f) == K::Year) {
            column = f.name;
            kind = K::Year;
            return {};
        }
    column.clear();
    kind = K::None;
    return {};
}

QStringList KpiPlan::dimsOf(const QString &alias, const QStringList &columns) const
{
    QStringList out;
    for (const QString &dim : m_kpi.dimensions)
        if (columns.contains(dim))
            out << dim;
    Q_UNUSED(alias);
    return out;
}

Result<void> KpiPlan::build(const ParsedFormula &formula)
{
    QList<FormulaNode::Ptr> aggregates;
    FormulaParser::forEachAggregate(formula.root, [&](const FormulaNode::Ptr &a) { aggregates.append(a); });
    const QString defaultAlias = m_kpi.sources.first().alias;
    for (qsizetype di = 0; di < m_datasets.size(); ++di) {
        const Dataset &d = m_datasets.at(di);
        if (!d.kept)
            continue;
        if (!QFile::exists(d.path))
            return Error(Error::Code::NotFound, tr("The data of \"%1\" is not on this computer: download it first").arg(d.record.title));
        Result<QString> table = FactScan::firstTable(d.path);
        if (!table)
            return Error(table.error().code, tr("\"%1\": %2").arg(d.record.title, table.error().message), table.error().detail);
        Result<QStringList> columns = FactScan::columns(d.path, *table);
        if (!columns)
            return columns.error();
        QString timeColumn;
        FactScanSpec::TimeKind timeKind;
        if (Result<void> t = timeOf(d, timeColumn, timeKind); !t)
            return t;
        if (!timeColumn.isEmpty() && !columns->contains(timeColumn))
            return Error(Error::Code::InvalidData, tr("\"%1\" has no column \"%2\" in its data").arg(d.record.title, timeColumn));
        const QStringList dims = dimsOf(d.alias, *columns);
        if (d.alias == defaultAlias && dims.size() != m_kpi.dimensions.size())
            return Error(Error::Code::InvalidData, tr("KPI \"%1\": \"%2\" lacks a dimension field (%3)")
                                                       .arg(m_kpi.id, d.record.title, m_kpi.dimensions.join(QStringLiteral(", "))));
        // Every dataset of a source must group and place facts alike, or their cells cannot be added up.
        if (m_aliasDims.contains(d.alias) && (m_aliasDims.value(d.alias) != dims || m_aliasTime.value(d.alias) != timeKind))
            return Error(Error::Code::InvalidData, tr("KPI \"%1\": the datasets of one source differ in their time or dimension fields (\"%2\")")
                                                       .arg(m_kpi.id, d.record.title));
        m_aliasDims.insert(d.alias, dims);
        m_aliasTime.insert(d.alias, timeKind);

        // One scan per dataset: a condition becomes CASE WHEN inside its measure rather than a
        // WHERE, so periods where nothing matches still exist (count 0, no average) and aggregates
        // with different conditions share the pass over the facts.
        qsizetype scan = -1;
        for (const FormulaNode::Ptr &a : aggregates) {
            if (aliasOf(a, defaultAlias) != d.alias)
                continue;
            if (scan < 0) {
                Scan s;
                s.spec.path = d.path;
                s.spec.table = *table;
                s.spec.timeColumn = timeColumn;
                s.spec.timeKind = timeKind;
                s.spec.dims = dims;
                s.sha256 = d.record.sha256;
                s.title = d.record.title;
                m_scans.append(s);
                scan = m_scans.size() - 1;
            }
            Result<FormulaSql::Fragment> cond = FormulaSql::condition(a->condition, *columns);
            if (!cond)
                return Error(Error::Code::InvalidData, tr("KPI \"%1\", \"%2\": %3").arg(m_kpi.id, d.record.title, cond.error().message));
            FormulaSql::Fragment value{QStringLiteral("1"), {}}; // count() counts the rows its condition keeps
            if (!a->children.isEmpty()) {
                Result<FormulaSql::Fragment> expr = FormulaSql::expression(a->children.first(), *columns);
                if (!expr)
                    return Error(Error::Code::InvalidData, tr("KPI \"%1\", \"%2\": %3").arg(m_kpi.id, d.record.title, expr.error().message));
                value = *expr;
            }
            int measure = -1;
            if (!a->children.isEmpty() || a->condition) {
                FactScanSpec::Measure m;
                m.sql = cond->sql.isEmpty() ? value.sql : QStringLiteral("CASE WHEN %1 THEN %2 END").arg(cond->sql, value.sql);
                m.params = cond->params + value.params;
                m.kind = a->function == Fn::Median || a->function == Fn::Percentile ? FactCube::MeasureKind::Values
                         : a->function == Fn::CountDistinct                         ? FactCube::MeasureKind::Distinct
                                                                                    : FactCube::MeasureKind::Numeric;
                measure = m_scans[scan].spec.addMeasure(m);
            }
            m_uses.append({a.get(), scan, measure});
        }
    }
    for (const FormulaNode::Ptr &a : aggregates) {
        const QString alias = aliasOf(a, defaultAlias);
        const bool rowsOnly = a->function == Fn::Count && a->children.isEmpty() && !a->condition;
        m_tables[a.get()] = std::make_unique<AggregateTable>(a->function, a->number, grainOf(alias), m_aliasDims.value(alias), rowsOnly);
    }
    m_cubes.resize(size_t(m_scans.size()));
    return {};
}

std::optional<TimeGrain> KpiPlan::grainOf(const QString &alias) const
{
    switch (m_aliasTime.value(alias, FactScanSpec::TimeKind::None)) {
    case FactScanSpec::TimeKind::None: return std::nullopt;
    case FactScanSpec::TimeKind::Year: return TimeGrain::Year;
    case FactScanSpec::TimeKind::YearMonth: return rank(m_grain) >= rank(TimeGrain::Month) ? m_grain : TimeGrain::Month;
    case FactScanSpec::TimeKind::IsoText: return m_grain;
    }
    return m_grain;
}

void KpiPlan::addCube(qsizetype scan, std::shared_ptr<const FactCube> cube)
{
    m_cubes[size_t(scan)] = std::move(cube);
}

Result<void> KpiPlan::rollUp(const AggregateTable::Clip &clip)
{
    for (const Use &u : m_uses) {
        const FactCube &cube = *m_cubes[size_t(u.scan)];
        std::vector<int> cubeDims(size_t(cube.dimCount()));
        for (int i = 0; i < cube.dimCount(); ++i)
            cubeDims[size_t(i)] = i;
        m_tables[u.aggregate]->add(cube, u.measure, cubeDims, clip);
    }
    for (auto &[node, table] : m_tables)
        table->finish();
    return {};
}

QHash<const FormulaNode *, const AggregateTable *> KpiPlan::tables() const
{
    QHash<const FormulaNode *, const AggregateTable *> out;
    for (const auto &[node, table] : m_tables)
        out.insert(node, table.get());
    return out;
}

QList<AggregateTable::Key> KpiPlan::keys(const AggregateTable::Clip &clip) const
{
    // Report the periods of the aggregates that are at the KPI's own grain and dimensions; lookups
    // into coarser or timeless sources follow from those.
    QList<const AggregateTable *> leading;
    for (int pass = 0; pass < 3 && leading.isEmpty(); ++pass)
        for (const auto &[node, table] : m_tables) {
            const bool allDims = table->dims().size() == m_kpi.dimensions.size();
            if ((pass == 0 && allDims && table->grain() == m_grain) || (pass == 1 && allDims && !table->timeless()) || pass == 2)
                leading.append(table.get());
        }
    QSet<QString> seen;
    QList<AggregateTable::Key> out;
    for (const AggregateTable *t : leading)
        for (AggregateTable::Key k : t->keys()) {
            if (k.period != PeriodCalendar::kNoDay) {
                k.period = PeriodCalendar::periodStart(k.period, m_grain);
                const qint32 end = PeriodCalendar::periodEnd(k.period, m_grain);
                if ((clip.from && end < *clip.from) || (clip.to && k.period > *clip.to))
                    continue;
            }
            QStringList dims;
            for (const QString &dim : m_kpi.dimensions)
                dims << k.dims.value(t->dims().indexOf(dim));
            k.dims = dims;
            const QString id = QString::number(k.period) + QChar(0x1f) + dims.join(QChar(0x1f));
            if (seen.contains(id))
                continue;
            seen.insert(id);
            out.append(k);
        }
    std::sort(out.begin(), out.end(), [](const AggregateTable::Key &a, const AggregateTable::Key &b) {
        return a.period != b.period ? a.period < b.period : a.dims < b.dims;
    });
    return out;
}

QStringList KpiPlan::datasetIds() const
{
    QStringList ids;
    for (const Dataset &d : m_datasets)
        if (d.kept)
            ids << d.record.id;
    return ids;
}

} // namespace urbis
