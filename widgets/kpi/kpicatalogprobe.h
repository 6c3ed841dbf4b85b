#pragma once

#include "catalog/fieldinfo.h"
#include "kpi/kpidefinition.h"

#include <QMap>
#include <QObject>

#include <memory>

namespace urbis {

class KpiCache;

/**
 * What the KPI editor needs to know about the catalog — the datasets a source may name and the
 * fields of each source — read on a pool thread with its own catalog connection, so the GUI never
 * waits for SQLite. A newer request supersedes an older one of the same kind (its answer is dropped).
 *
 * Lives in the GUI thread; results arrive as signals in that thread.
 */
class KpiCatalogProbe : public QObject
{
    Q_OBJECT
public:
    struct DatasetChoice
    {
        QString id, title, domain, city;
    };
    using FieldMap = QMap<QString, QList<FieldInfo>>;

    KpiCatalogProbe(QString dataDir, std::shared_ptr<KpiCache> cache, QObject *parent = nullptr);

    /** Lists the latest version of every dataset; answers with datasetsLoaded(). */
    void loadDatasets();
    /** Resolves the KPI's sources and reads their fields (KpiEngine::sourceFields); answers with
     * fieldsLoaded(). */
    void loadFields(const KpiDefinition &kpi);
    /** Forgets the fields request in progress: its answer will not be signalled. */
    void dropFieldsRequest() { m_fieldsAnswered = ++m_fieldsRequested; }
    /** True from loadFields() until the answer to the latest request was signalled. */
    bool isLoadingFields() const { return m_fieldsAnswered < m_fieldsRequested; }

signals:
    void datasetsLoaded(const QList<urbis::KpiCatalogProbe::DatasetChoice> &datasets);
    /** `error` is empty when every source resolved; the map then still holds what could be read. */
    void fieldsLoaded(const urbis::KpiCatalogProbe::FieldMap &fields, const QString &error);

private:
    QString m_dataDir;
    std::shared_ptr<KpiCache> m_cache;
    quint64 m_fieldsRequested = 0; ///< generation of the latest fields request
    quint64 m_fieldsAnswered = 0;  ///< generation whose answer was signalled (or dropped)
};

} // namespace urbis
