#pragma once

#include "../util/result.h"
#include "alertrule.h"
#include "streamconfig.h"

#include <QCoreApplication>
#include <QList>

namespace urbis {

/**
 * The feeds a user watches: `<dataDir>/streams.json`, one entry per feed with its StreamConfig
 * (without secrets: StreamConfig::toJson leaves them out), its alert rules and whether it starts
 * with the app. Every call reads the file; save() and remove() rewrite it atomically (temp file +
 * fsync + rename), so a crash leaves the old or the new list. A corrupt file is reported, never
 * overwritten. Plain files, so any thread may use its own instance.
 */
class StreamStore
{
    Q_DECLARE_TR_FUNCTIONS(urbis::StreamStore)
public:
    struct Entry
    {
        QString id; ///< lower-case letters, digits and '-'; save() derives it from the name when empty
        StreamConfig config;
        QList<AlertRule> rules;
        bool autoStart = false;
    };

    explicit StreamStore(QString dataDir);

    QString path() const;
    /** In saved order; a missing file is an empty list; InvalidData naming the file when it is corrupt. */
    Result<QList<Entry>> list() const;
    /** NotFound when there is no such entry. */
    Result<Entry> get(const QString &id) const;
    /**
     * Adds or replaces (same id, in place) an entry and returns it as stored (with its id).
     * InvalidArgument for a bad id, config or rule.
     */
    Result<Entry> save(Entry entry);
    Result<void> remove(const QString &id);

private:
    Result<void> write(const QList<Entry> &entries);
    QString m_dataDir;
};

} // namespace urbis
