#pragma once

#include "../geo/extent.h"

#include <QDateTime>
#include <QStringList>

namespace urbis {

/**
 * A combined catalog query: full text AND place AND time AND facet filters, with sort and paging.
 * Values within one facet are alternatives (OR); different facets narrow each other (AND).
 */
struct CatalogQuery
{
    enum class Sort { Relevance, Title, Modified, Created, TimeStart };

    /** Plain words (each matched as a prefix) or FTS5 syntax ("exact phrase", OR, NOT, col:term, x*). */
    QString text;
    Extent bbox;         ///< datasets whose bbox intersects this one
    QDateTime from, to;  ///< datasets whose time range overlaps [from, to]
    QStringList cities, domains, formats, licenses;
    QList<int> years;    ///< year of the start of the temporal extent
    bool includeSuperseded = false; ///< also list older versions
    Sort sort = Sort::Relevance;
    bool descending = false;
    int offset = 0;
    int limit = 50;      ///< <= 0 means no limit
    bool withFacets = true;
};

} // namespace urbis
