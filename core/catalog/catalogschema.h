#pragma once

#include "../util/database.h"

namespace urbis {

/**
 * Versioned migrations of the catalog schema. PRAGMA user_version holds the number of applied
 * migrations; each migration runs in its own transaction, so an interrupted upgrade leaves the
 * catalog at the previous version, never in between.
 */
class CatalogSchema
{
public:
    /** The version this build writes. */
    static int latestVersion();
    static Result<int> currentVersion(Database &db);
    /** Applies missing migrations; refuses a catalog written by a newer Urbis. */
    static Result<void> migrate(Database &db);
    /** Applies migrations up to `version` only (for upgrade tests). */
    static Result<void> migrateTo(Database &db, int version);
};

} // namespace urbis
