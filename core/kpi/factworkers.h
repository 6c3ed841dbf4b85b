#pragma once

#include "../util/feedback.h"
#include "../util/result.h"
#include "factcube.h"
#include "factscanspec.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace urbis {

/**
 * What both fact scans (pages and SQLite) do with their workers: run them, the first on the
 * calling thread (it reports progress between its batches), then fold what they built into the
 * first error, Cancelled, or their cubes merged. A worker is callable and has `cube` and `error`.
 */
namespace FactWorkers {

/** The cube a worker fills for `spec`: its dimensions and measure kinds. */
inline std::shared_ptr<FactCube> emptyCube(const FactScanSpec &spec)
{
    std::vector<FactCube::MeasureKind> kinds;
    for (const auto &m : spec.measures)
        kinds.push_back(m.kind);
    return std::make_shared<FactCube>(int(spec.dims.size()), kinds);
}

template <class Worker>
void runAll(std::vector<Worker> &workers)
{
    std::vector<std::thread> running;
    for (size_t t = 1; t < workers.size(); ++t)
        running.emplace_back(std::ref(workers[t]));
    workers[0]();
    for (std::thread &t : running)
        t.join();
}

template <class Worker>
Result<std::shared_ptr<FactCube>> merged(const std::vector<Worker> &workers, const Feedback *feedback)
{
    if (feedback && feedback->isCancelled())
        return Error(Error::Code::Cancelled, QCoreApplication::translate("urbis::FactScan", "Cancelled"));
    for (const Worker &w : workers)
        if (w.error.isError())
            return w.error;
    std::shared_ptr<FactCube> cube = workers[0].cube;
    for (size_t t = 1; t < workers.size(); ++t)
        cube->merge(*workers[t].cube);
    cube->finish();
    return cube;
}

} // namespace FactWorkers

} // namespace urbis
