#pragma once

#include "scenario.h"

namespace urbis {

/** Scenario::fromJson's work: the scenario file's keys, one reader per part. */
class ScenarioReader
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ScenarioReader)
public:
    static Result<Scenario> read(const QJsonObject &o);

private:
    static Result<void> readInputs(const QJsonObject &o, Scenario &s);
    static Result<void> readBarriers(const QJsonValue &v, Scenario &s);
    static Result<void> readWildfire(const QJsonObject &o, Scenario &s);
    static Result<void> readFlood(const QJsonObject &o, Scenario &s);
    static Result<QList<TimeSeriesPoint>> readSeries(const QJsonValue &v, const QString &key, const QString &unit);
};

} // namespace urbis
