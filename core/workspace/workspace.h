#pragma once

#include "../catalog/catalog.h"
#include "../storage/localobjectstore.h"

#include <memory>

namespace urbis {

/**
 * A data dir: `catalog.sqlite` (metadata) plus `objects/` (content-addressed blobs).
 *
 * The Workspace's Catalog connection belongs to the thread that opened it; a Task that needs the
 * catalog opens its own with openCatalog(). The object store may be shared across threads.
 */
class Workspace
{
public:
    /** `URBIS_DATA_DIR`, else the XDG data location (~/.local/share/urbis). */
    static QString defaultDataDir();
    static Result<Workspace> open(const QString &dataDir, const QString &profile = QString());

    Workspace(Workspace &&) noexcept = default;
    Workspace &operator=(Workspace &&) noexcept = default;

    QString dataDir() const { return m_dir; }
    QString catalogPath() const;
    Catalog &catalog() { return m_catalog; }
    LocalObjectStore &store() { return *m_store; }
    std::shared_ptr<LocalObjectStore> sharedStore() const { return m_store; }
    /** A new connection to the same catalog, for use on another thread. */
    Result<Catalog> openCatalog() const;

    /** Where long jobs (imports) keep their work files: `<dataDir>/tmp`, on the store's file system. */
    QString workDir() const;

    /**
     * Removes blobs no catalog record refers to (see LocalObjectStore::collectGarbage) and work
     * folders left by killed imports, both when older than `graceSecs`.
     */
    Result<GcReport> collectGarbage(Feedback *feedback = nullptr, int graceSecs = 3600);

private:
    Workspace(QString dir, Catalog catalog, std::shared_ptr<LocalObjectStore> store)
        : m_dir(std::move(dir)), m_catalog(std::move(catalog)), m_store(std::move(store))
    {
    }

    QString m_dir;
    Catalog m_catalog;
    std::shared_ptr<LocalObjectStore> m_store;
};

} // namespace urbis
