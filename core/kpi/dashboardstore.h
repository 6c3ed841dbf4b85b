#pragma once

#include "../util/result.h"
#include "dashboard.h"

#include <QCoreApplication>
#include <QStringList>

namespace urbis {

/**
 * The dashboards of a workspace: `<dataDir>/dashboards/<id>.json`, written atomically (temp file +
 * fsync + rename). Templates (the seed KPI sets) come from the `:/kpi/templates/` resource and are
 * copied into the folder by createFromTemplate(). Plain files, so any thread may use its own instance.
 */
class DashboardStore
{
    Q_DECLARE_TR_FUNCTIONS(urbis::DashboardStore)
public:
    explicit DashboardStore(QString dataDir);

    struct Entry { QString id, title, description; };
    Result<QList<Entry>> list() const;               ///< sorted by title
    Result<Dashboard> load(const QString &id) const;
    Result<void> save(const Dashboard &dashboard);    ///< InvalidArgument for a bad id
    Result<void> remove(const QString &id);

    static QList<Entry> templates();                  ///< the shipped templates
    static Result<Dashboard> loadTemplate(const QString &id);
    /** Copies a template under a free id ("air-quality", "air-quality-2", …) and returns it. */
    Result<Dashboard> createFromTemplate(const QString &templateId);
    QString folder() const;

private:
    QString m_dataDir;
};

} // namespace urbis
