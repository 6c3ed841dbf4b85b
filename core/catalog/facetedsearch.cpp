#include "facetedsearch.h"

namespace urbis {

Result<SearchResult> FacetedSearch::run(Catalog &catalog, const CatalogQuery &query)
{
    Result<SearchResult> main = catalog.search(query);
    if (!main || !query.withFacets)
        return main;
    struct Facet
    {
        const char *key;
        bool filtered;
        void (*drop)(CatalogQuery &);
    };
    const Facet facets[] = {
        {"city", !query.cities.isEmpty(), [](CatalogQuery &q) { q.cities.clear(); }},
        {"domain", !query.domains.isEmpty(), [](CatalogQuery &q) { q.domains.clear(); }},
        {"format", !query.formats.isEmpty(), [](CatalogQuery &q) { q.formats.clear(); }},
        {"license", !query.licenses.isEmpty(), [](CatalogQuery &q) { q.licenses.clear(); }},
        {"year", !query.years.isEmpty(), [](CatalogQuery &q) { q.years.clear(); }},
    };
    for (const Facet &f : facets) {
        if (!f.filtered)
            continue;
        CatalogQuery without = query;
        f.drop(without);
        without.offset = 0;
        without.limit = 1; // only the counts are wanted; 0 would mean "no limit"
        Result<SearchResult> other = catalog.search(without);
        if (!other)
            return other.error();
        const QString key = QString::fromLatin1(f.key);
        main->facets.insert(key, other->facets.value(key));
    }
    return main;
}

} // namespace urbis
