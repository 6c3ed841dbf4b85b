#pragma once

#include "datasetrecord.h"

#include <QJsonValue>

namespace urbis {

/**
 * What changed in the metadata between two versions of a dataset (or two states of one record):
 * one Change per differing field, as plain text on both sides, in the order the details panel
 * lists fields. Bookkeeping that differs between any two versions (id, version number, chain
 * links, timestamps) is left out, so the diff shows only what a person would call a change.
 * Stateless; any thread.
 */
class RecordDiff
{
public:
    struct Change
    {
        QString field;  ///< DatasetRecord::toJson key: "title", "fields", "temporal", ...
        QString before; ///< empty when the field had no value
        QString after;
    };

    /** `older` may be an empty record (the first version): every set field is then a change. */
    static QList<Change> between(const DatasetRecord &older, const DatasetRecord &newer);
    /** One line of text for a value of DatasetRecord::toJson (fields, assets, extents, lists). */
    static QString text(const QString &field, const QJsonValue &value);
};

} // namespace urbis
