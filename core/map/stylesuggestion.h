#pragma once

#include "../catalog/datasetrecord.h"
#include "../util/result.h"
#include "vectorstyle.h"

namespace urbis {

/**
 * A first style for a dataset put on the map, so that it says something before anyone opens a
 * style editor: graduated colours (five quantile classes, light to dark) by the first measured
 * number of the schema, else categorised colours by the first text field with few distinct
 * values, else a single colour.
 */
class StyleSuggestion
{
public:
    /** The field worth colouring by and whether it is numeric; empty when none is. */
    static std::pair<QString, bool> fieldFor(const DatasetRecord &record);
    /**
     * Reads the values of `field` from the vector file at `path`; the first `maxFeatures` decide
     * (a sample, so that styling a million-point layer from the GUI stays quick).
     */
    static Result<VectorStyle> forField(const QString &path, const QString &field, bool numeric, int maxFeatures = 20000);
    /** Graduated when the field holds numbers, else categorised; a single colour when neither fits. */
    static Result<VectorStyle> forAnyField(const QString &path, const QString &field);
};

} // namespace urbis
