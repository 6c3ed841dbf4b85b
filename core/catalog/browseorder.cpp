#include "browseorder.h"

namespace urbis {

QString BrowseOrder::label(Order order)
{
    switch (order) {
    case Relevance: return tr("Relevance");
    case Title: return tr("Title");
    case Newest: return tr("Newest first");
    case Oldest: return tr("Oldest first");
    }
    return {};
}

void BrowseOrder::apply(CatalogQuery &query, Order order)
{
    query.descending = false;
    switch (order) {
    case Relevance:
        query.sort = query.text.trimmed().isEmpty() ? CatalogQuery::Sort::Title : CatalogQuery::Sort::Relevance;
        return;
    case Title:
        query.sort = CatalogQuery::Sort::Title;
        return;
    case Newest:
        query.sort = CatalogQuery::Sort::Created;
        query.descending = true;
        return;
    case Oldest:
        query.sort = CatalogQuery::Sort::Created;
        return;
    }
}

} // namespace urbis
