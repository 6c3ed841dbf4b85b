#pragma once

#include "datasetrecord.h"

#include <QCoreApplication>

namespace urbis {

/**
 * The metadata a curated catalog record must have before a person saves it: title, description,
 * license and source. Stricter than Catalog::insert (which only needs a title), because imports may
 * start with less and the curator fills the rest in; the details editor refuses to save until then.
 * Stateless; any thread.
 */
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RecordValidator)
public:
    /** One missing or unusable value: `field` is the DatasetRecord::toJson key ("title", ...). */
    struct Problem
    {
        QString field;
        QString message;
    };

    /** The JSON keys of the fields a curated record needs, in form order. */
    static const QStringList &requiredFields();
    /** Every problem of `record`, in form order; empty when it may be saved. */
    static QList<Problem> problems(const DatasetRecord &record);
    /** InvalidData naming every missing field in one message, or success. */
    static Result<void> check(const DatasetRecord &record);
};

} // namespace urbis
