#pragma once

#include "../util/result.h"
#include "alertevent.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace urbis {

/**
 * Alert events appended as JSON lines to `<data dir>/logs/alerts.jsonl` (flushed per event so a crash
 * keeps them); rotated to alerts.1.jsonl past 10 MB (the older rotation is dropped). Used from one thread.
 */
class AlertLog
{
    Q_DECLARE_TR_FUNCTIONS(urbis::AlertLog)
public:
    static constexpr qint64 kDefaultRotateBytes = 10 * 1024 * 1024;

    static QString defaultPath(const QString &dataDir);
    /** "…/alerts.jsonl" -> "…/alerts.1.jsonl". */
    static QString rotatedPath(const QString &path);
    /** Creates the folder and the file when missing (a last line a crash cut short is ended, so the
     *  next event has a line of its own); Io naming the path when it cannot. */
    static Result<AlertLog> open(const QString &path);

    AlertLog(AlertLog &&) noexcept = default;
    AlertLog &operator=(AlertLog &&) noexcept = default;

    QString path() const { return m_path; }
    /** Rotation size (tests use a small one). */
    void setRotateBytes(qint64 bytes) { m_rotateBytes = bytes; }

    Result<void> append(const AlertEvent &event);
    /** The newest `max` events of the file (and its rotated predecessor), newest first. Bad lines are
     * skipped. */
    static Result<QList<AlertEvent>> readRecent(const QString &path, int max);

private:
    explicit AlertLog(QString path);
    Result<void> reopen();
    Result<void> rotate();

    QString m_path;
    std::unique_ptr<QFile> m_file;
    qint64 m_rotateBytes = kDefaultRotateBytes;
};

} // namespace urbis
