#pragma once

#include "../kpi/kpiresult.h"
#include "../util/result.h"
#include "whatifresult.h"
#include "whatifspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QMap>

namespace urbis {

/**
 * What-if on every series of a KPI result through the matching series of a driver KPI (same
 * dimension values; a driver without dimensions drives every series): "-20 % traffic from
 * 2023-01-15" -> the KPI's baseline, scenario and difference per period (WhatIf). A series that
 * cannot be analysed keeps its error. Stateless; any thread.
 */
class KpiWhatIfs
{
    Q_DECLARE_TR_FUNCTIONS(urbis::KpiWhatIfs)
public:
    struct Series
    {
        QMap<QString, QString> dims;
        Result<WhatIfResult> result = Error(Error::Code::InvalidData, QString());
    };

    /** "DRIVER:AMOUNT[%]:FROM[:UNTIL]" (dates ISO, UTC) -> the driver KPI's id and the change. */
    static Result<std::pair<QString, WhatIfChange>> parse(const QString &text);
    static QList<Series> run(const KpiResult &kpi, const KpiResult &driver, const WhatIfSpec &spec);
    /** [{"dims", "model", "totalDifference", "totalLower", "totalUpper", "periods": [...], "notes"} or {"dims", "error"}] */
    static QJsonArray toJson(const QList<Series> &series);
};

} // namespace urbis
