#pragma once

#include "catalogquery.h"

#include <QCoreApplication>

namespace urbis {

/**
 * The orders a person picks in the catalog browser, mapped onto CatalogQuery's sort keys in one
 * place so the GUI and the CLI agree on what "newest" means: most recently added to the catalog
 * (a new version counts as added), not the newest data.
 */
class BrowseOrder
{
    Q_DECLARE_TR_FUNCTIONS(urbis::BrowseOrder)
public:
    enum Order { Relevance, Title, Newest, Oldest };

    static QList<Order> all() { return {Relevance, Title, Newest, Oldest}; }
    static QString label(Order order);
    /**
     * Sets `query.sort` and `query.descending`. Relevance without search words has nothing to
     * rank by, so it lists alphabetically instead.
     */
    static void apply(CatalogQuery &query, Order order);
};

} // namespace urbis
