#pragma once

#include "../util/result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace urbis {

/** A read-only SQLite connection to a stored data blob, closed with the object. */
struct BlobConnection
{
    Q_DECLARE_TR_FUNCTIONS(urbis::BlobConnection)
public:
    sqlite3 *db = nullptr;

    BlobConnection() = default;
    BlobConnection(const BlobConnection &) = delete;
    BlobConnection &operator=(const BlobConnection &) = delete;
    ~BlobConnection();

    /** Opens `path`, which must never change while open (content-addressed blobs don't). */
    Result<void> open(const QString &path);
    /** Error::Code::Database with `what` and SQLite's message. */
    Error error(const QString &what) const;
};

} // namespace urbis
