#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace urbis {

/** One change of one dataset record: when, by which user profile, what action, which fields. */
struct HistoryEntry
{
    qint64 seq = 0;
    QString datasetId;
    QDateTime at;
    QString profile;
    QString action; ///< create, update, new-version, superseded, delete
    QJsonObject changes; ///< field -> {"old": ..., "new": ...}
};

} // namespace urbis
