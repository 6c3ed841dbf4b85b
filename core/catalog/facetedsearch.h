#pragma once

#include "catalog.h"

namespace urbis {

/**
 * Runs a catalog search with "disjunctive" facet counts: the counts of a facet the user filters on
 * are taken from the same query without that facet's own filter, so after checking "Athens" the
 * other cities stay listed with their counts and can be added (OR) instead of vanishing.
 *
 * Costs one extra Catalog::search per filtered facet (cheap: the catalog answers in milliseconds).
 * Uses the caller's Catalog, so it runs on the thread that owns that connection.
 */
class FacetedSearch
{
public:
    static Result<SearchResult> run(Catalog &catalog, const CatalogQuery &query);
};

} // namespace urbis
