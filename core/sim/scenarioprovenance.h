#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace urbis {

/**
 * What a scenario's results were computed from, so they can be reproduced and compared: each
 * catalog dataset used as an input (id, version, sha256 of its stored data), the random seed and
 * the engine version. Written into the results' summary and the scenario file after a run.
 */
struct ScenarioProvenance
{
    /**
     * Version of the model numerics: bumped whenever WildfireModel, FloodModel or the way inputs
     * are resampled change what the same scenario computes. Results of different engine versions
     * are not expected to be identical.
     */
    static constexpr int kEngineVersion = 1;

    struct Input
    {
        QString role;    ///< "terrain", "fuel" or "barriers"
        QString id;      ///< catalog id of the dataset version
        QString title;
        int version = 0;
        QString sha256;  ///< of its stored data
        bool operator==(const Input &) const = default;
    };

    QList<Input> inputs;
    quint64 seed = 0;
    int engineVersion = kEngineVersion;

    bool isEmpty() const { return inputs.isEmpty() && seed == 0; }
    QJsonObject toJson() const;
    /** Lenient: provenance is informative, never refused (missing parts stay empty). */
    static ScenarioProvenance fromJson(const QJsonObject &o);
    bool operator==(const ScenarioProvenance &) const = default;
};

} // namespace urbis
