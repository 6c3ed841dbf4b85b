#pragma once

#include <QCoreApplication>
#include "catalog/datasetrecord.h"
#include "catalog/historyentry.h"
#include "catalog/searchresult.h"

#include <QJsonObject>
#include <QTextStream>

namespace urbis {

/** Formats catalog records for the terminal (aligned text) and for --json (stable shapes). */
class RecordPrinter
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RecordPrinter)

public:
    /** {"total", "offset", "limit", "datasets": [...], "facets": {"city": [{"value","count"}], ...}} */
    static QJsonObject searchJson(const SearchResult &result, int offset, int limit);
    static QJsonObject historyJson(const HistoryEntry &entry);
    static void printTable(QTextStream &out, const SearchResult &result);
    static void printDetails(QTextStream &out, const DatasetRecord &record, const QList<HistoryEntry> &history);
};

} // namespace urbis
