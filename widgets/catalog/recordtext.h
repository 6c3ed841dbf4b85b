#pragma once

#include "catalog/datasetrecord.h"
#include "catalog/historyentry.h"

#include <QCoreApplication>

namespace urbis {

/**
 * How catalog values read in the GUI (time ranges, sizes, extents, history lines), in one place so
 * the results table, the details panel and later views agree. Stateless; any thread.
 */
class RecordText
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RecordText)
public:
    static QString timeRange(const QDateTime &start, const QDateTime &end);
    static QString dateTime(const QDateTime &t);
    static QString byteSize(qint64 bytes);
    static QString count(qint64 n);
    static QString extent(const Extent &e);
    static QString validation(DatasetRecord::Validation v);
    static QString place(const DatasetRecord &r);
    static QString historyLine(const HistoryEntry &e);
    /** The label of a DatasetRecord::toJson key ("countryCode" -> "Country"); the key when unknown. */
    static QString fieldLabel(const QString &key);
    /** One line per changed field: "title: old → new". */
    static QString historyDetails(const HistoryEntry &e);
};

} // namespace urbis
