#pragma once

#include "../catalog/datasetrecord.h"
#include "../util/result.h"
#include "kpisource.h"

#include <QCoreApplication>
#include <QList>

namespace urbis {

class Catalog;

/**
 * Finds the datasets a KpiSource names: by id or exact title (latest version), in the order
 * given, or every latest dataset of its domain (and city) that has all its required fields,
 * sorted by title. The one place this is decided, for the engine and for map panels alike.
 * Uses the caller's Catalog on the caller's thread.
 */
class KpiSourceResolver
{
    Q_DECLARE_TR_FUNCTIONS(urbis::KpiSourceResolver)
public:
    /** Full records (fields and assets included); NotFound for a name no dataset has. */
    static Result<QList<DatasetRecord>> records(Catalog &catalog, const KpiSource &source);
};

} // namespace urbis
