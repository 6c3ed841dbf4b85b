#pragma once

#include "../util/result.h"
#include "alertevent.h"

#include <QCoreApplication>
#include <QFile>

namespace urbis {

/**
 * Alert events appended as JSON lines to `<data dir>/logs/alerts.jsonl` (flushed per event so a crash
 * keeps them); rotated to alerts.1.jsonl past 10 MB. Used from one thread.
 */
class AlertLog
{
    Q_DECLARE_TR_FUNCTIONS(urbis::AlertLog)
public:
    static QString defaultPath(const QString &dataDir);
    static Result<AlertLog> open(const QString &path);

    AlertLog(AlertLog &&) noexcept = default;
    AlertLog &operator=(AlertLog &&) noexcept = default;

    Result<void> append(const AlertEvent &event);
    /** The newest `max` events of the file (and its rotated predecessor), newest first. Bad lines are skipped. */
    static Result<QList<AlertEvent>> readRecent(const QString &path, int max);

private:
    explicit AlertLog(QString path);
    QString m_path;
    std::unique_ptr<QFile> m_file;
};

} // namespace urbis
