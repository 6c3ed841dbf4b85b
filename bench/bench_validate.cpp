// Validation throughput (import issue, acceptance a): a generated 1,000,000-row, 17-column
// air-quality CSV in the Annex B shape, validated against a full schema on one core.
#include "aircsv.h"
#include "ingest/validator.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace urbis;

namespace {

constexpr int kRows = 1000000;

QString makeCsv(const QString &dir)
{
    const QString path = dir + QStringLiteral("/air.csv");
    if (!aircsv::write(path, kRows))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

TableSchema schema()
{
    auto field = [](const char *name, const char *type, QJsonObject constraints = {}) {
        QJsonObject o{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), QLatin1String(type)}};
        if (!constraints.isEmpty())
            o.insert(QStringLiteral("constraints"), constraints);
        return o;
    };
    const QJsonObject req{{QStringLiteral("required"), true}};
    const QJsonObject nonNeg{{QStringLiteral("minimum"), 0}};
    QJsonArray fields{field("source", "string", req), field("cityName", "string", req), field("countrycode", "string",
                      QJsonObject{{QStringLiteral("pattern"), QStringLiteral("[A-Z]{2}")}}),
                      field("zipcode", "string"), field("lat", "number", QJsonObject{{QStringLiteral("minimum"), -90}, {QStringLiteral("maximum"), 90}}),
                      field("lon", "number", QJsonObject{{QStringLiteral("minimum"), -180}, {QStringLiteral("maximum"), 180}}),
                      field("dominentpol", "string"), field("humidity", "number", nonNeg), field("co", "number", nonNeg),
                      field("no2", "number", nonNeg), field("pressure", "number"), field("pm10", "number", nonNeg),
                      field("pm25", "number", nonNeg), field("temperature", "number"), field("windspeed", "number", nonNeg),
                      field("timeRecorded", "datetime", req), field("station", "string", req)};
    return *TableSchema::fromJson(QJsonObject{{QStringLiteral("fields"), fields}});
}

void BM_ValidateAirQuality1M(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = makeCsv(dir.path());
    const Validator validator(schema());
    qint64 rows = 0;
    for (auto _ : state) {
        Result<ValidationReport> r = validator.validateFile(path);
        if (!r || !r->valid()) {
            state.SkipWithError(r ? qPrintable(QStringLiteral("unexpected errors: %1").arg(r->errors.size())) : qPrintable(r.error().toString()));
            return;
        }
        rows += r->rows;
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsRate);
    state.counters["MB"] = double(QFile(path).size()) / 1e6;
}
BENCHMARK(BM_ValidateAirQuality1M)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

} // namespace
