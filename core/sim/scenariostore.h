#pragma once

#include "../util/result.h"
#include "scenario.h"

#include <QCoreApplication>

namespace urbis {

/**
 * The scenarios of a workspace: `<dataDir>/scenarios/<id>.json`, written atomically (temp file +
 * fsync + rename) like the dashboards. Plain files, so any thread may use its own instance.
 */
class ScenarioStore
{
    Q_DECLARE_TR_FUNCTIONS(urbis::ScenarioStore)
public:
    explicit ScenarioStore(QString dataDir);

    struct Entry
    {
        QString id, name;
        Scenario::Type type = Scenario::Type::Wildfire;
        QString error; ///< why the file cannot be loaded; empty when it can
    };
    /** Sorted by name; broken files are listed too (with their error) so they can be removed. */
    Result<QList<Entry>> list() const;
    Result<Scenario> load(const QString &id) const;
    /** InvalidArgument for a bad id; the scenario must pass check(). */
    Result<void> save(const Scenario &scenario);
    Result<void> remove(const QString &id);
    bool contains(const QString &id) const;
    QString folder() const;

    /** Reads a scenario file anywhere (the CLI's --config); errors name the file. */
    static Result<Scenario> readFile(const QString &path);

private:
    QString m_dataDir;
};

} // namespace urbis
