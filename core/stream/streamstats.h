#pragma once

#include <QMetaType>
#include <QString>

namespace urbis {

/** Counters of one StreamSource since start(); a snapshot, copied to the GUI. */
struct StreamStats
{
    qint64 messages = 0;   ///< messages received (well-formed or not)
    qint64 samples = 0;    ///< samples emitted
    qint64 bytes = 0;
    qint64 malformed = 0;  ///< not JSON, not a record, or not mappable
    qint64 oversized = 0;  ///< over maxMessageBytes, dropped unparsed
    qint64 reconnects = 0; ///< successful connections after the first
    qint64 gaps = 0;       ///< times the link went down while started
    double messagesPerSec = 0; ///< over the last few seconds
    qint64 lastMessageMs = 0;  ///< UTC ms; 0 = none yet
    QString lastError;     ///< the latest connection or message error, for users
};

} // namespace urbis

Q_DECLARE_METATYPE(urbis::StreamStats)
