#include "kpisourceresolver.h"

#include "../catalog/catalog.h"

#include <algorithm>

namespace urbis {

Result<QList<DatasetRecord>> KpiSourceResolver::records(Catalog &catalog, const KpiSource &source)
{
    QList<DatasetRecord> out;
    for (const QString &name : source.datasets) {
        if (Result<DatasetRecord> byId = catalog.get(name)) {
            out << *byId;
            continue;
        }
        Result<QString> byTitle = catalog.latestByTitle(name);
        if (!byTitle)
            return byTitle.error();
        if (byTitle->isEmpty())
            return Error(Error::Code::NotFound, tr("No dataset has the id or the exact title \"%1\"").arg(name));
        Result<DatasetRecord> r = catalog.get(*byTitle);
        if (!r)
            return r.error();
        out << *r;
    }
    if (!source.datasets.isEmpty())
        return out;
    CatalogQuery q;
    q.domains = {source.domain};
    if (!source.city.isEmpty())
        q.cities = {source.city};
    q.limit = 0;
    q.withFacets = false;
    q.sort = CatalogQuery::Sort::Title;
    Result<SearchResult> found = catalog.search(q);
    if (!found)
        return found.error();
    for (const DatasetRecord &brief : found->records) {
        Result<DatasetRecord> r = catalog.get(brief.id); // search results carry no fields or assets
        if (!r)
            return r.error();
        if (r->sha256.isEmpty())
            continue; // no stored data yet: a stream still being recorded
        const auto has = [&](const QString &name) {
            return std::any_of(r->fields.begin(), r->fields.end(), [&](const FieldInfo &f) { return f.name == name; });
        };
        if (std::all_of(source.requiredFields.begin(), source.requiredFields.end(), has))
            out << *r;
    }
    return out;
}

} // namespace urbis
