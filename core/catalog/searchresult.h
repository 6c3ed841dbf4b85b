#pragma once

#include "datasetrecord.h"

#include <QList>
#include <QMap>
#include <QPair>

namespace urbis {

/** One facet value and how many matching datasets have it. */
struct FacetCount
{
    QString value;
    int count = 0;
};

/** A page of matching records plus the total and per-facet counts over all matches. */
struct SearchResult
{
    qint64 total = 0;
    QList<DatasetRecord> records; ///< without fields (use Catalog::get for the full record)
    /** "city", "domain", "format", "license", "year" -> counts, largest first. */
    QMap<QString, QList<FacetCount>> facets;
};

} // namespace urbis
