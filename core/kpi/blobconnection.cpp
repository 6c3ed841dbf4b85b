#include "blobconnection.h"

#include <QUrl>

#include <sqlite3.h>

namespace urbis {

BlobConnection::~BlobConnection()
{
    sqlite3_close_v2(db);
}

Result<void> BlobConnection::open(const QString &path)
{
    // immutable=1: content-addressed blobs never change, so no locks and no change checks.
    const QString uri = QStringLiteral("file:") + QString::fromUtf8(QUrl::toPercentEncoding(path, "/")) + QStringLiteral("?immutable=1");
    // NOMUTEX: each connection stays on one worker, so SQLite's per-call locking is pure cost.
    if (sqlite3_open_v2(uri.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return Error(Error::Code::Io, tr("Cannot open the data of a dataset: %1").arg(path), QString::fromUtf8(db ? sqlite3_errmsg(db) : ""));
    // Memory-mapped pages instead of a pread and a copy per page (SQLite caps this at its compiled maximum).
    sqlite3_exec(db, "PRAGMA mmap_size = 17179869184", nullptr, nullptr, nullptr);
    return {};
}

Error BlobConnection::error(const QString &what) const
{
    return Error(Error::Code::Database, what, QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"));
}

} // namespace urbis
