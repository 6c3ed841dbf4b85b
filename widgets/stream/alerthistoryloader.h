#pragma once

#include "stream/alertevent.h"

#include <QObject>

namespace urbis {

/**
 * Reads the newest events of the alert log (AlertLog::readRecent) on a pool thread, since the log
 * may be megabytes, and hands them over with loaded() (newest first). An unreadable or missing
 * log loads nothing. Deletes itself when done. Created in the GUI thread.
 */
class AlertHistoryLoader : public QObject
{
    Q_OBJECT
public:
    static AlertHistoryLoader *start(const QString &path, int max, QObject *parent);

signals:
    void loaded(const QList<urbis::AlertEvent> &events);

private:
    explicit AlertHistoryLoader(QObject *parent) : QObject(parent) {}
};

} // namespace urbis
