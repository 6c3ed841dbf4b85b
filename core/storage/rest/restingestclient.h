#pragma once

#include "../../util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace urbis {

class Feedback;

/** One dataset to hand to a REST ingestion endpoint (see RestIngestClient). */
struct RestIngestRequest
{
    QUrl endpoint;       ///< http or https; the POST goes to exactly this address
    QString token;       ///< sent as "Authorization: Bearer"; empty sends no Authorization header
    QString filePath;    ///< the stored data blob, streamed from disk
    QString fileName;    ///< the file part's filename; empty uses the last part of filePath
    QString mediaType;   ///< Content-Type of the file part; empty sends application/octet-stream
    QJsonObject metadata; ///< the "metadata" part, e.g. DatasetRecord::toJson()
    int timeoutMs = 60000; ///< an attempt fails after this long without any bytes moving either way
    int maxAttempts = 3;   ///< attempts in all, for 5xx, 408, 429 and transport failures
};

/** What the endpoint answered to the POST that succeeded. */
struct RestIngestResult
{
    int status = 0;      ///< the 2xx status, e.g. 201
    QByteArray body;     ///< the answer's body as sent
    QString location;    ///< the Location header (where the ingested dataset lives), may be empty
    qint64 bytesSent = 0; ///< bytes of the request body (metadata, file and multipart framing)
    int attempts = 0;    ///< HTTP attempts made, the successful one included
};

/**
 * Sends one dataset to a REST ingestion endpoint the way the seed platform's preprocessing
 * components receive data: one POST of multipart/form-data with a "metadata" part (the catalog
 * record as application/json) and a "file" part (the data blob, streamed from disk in chunks, so
 * a large dataset never sits in memory).
 *
 * send() blocks: it runs inside a Task on a worker thread, with its own QNetworkAccessManager and
 * a local event loop for the duration of the call, so one client may serve any thread, one call
 * at a time per thread. Progress goes to the Feedback as upload percent; a cancel (from any
 * thread) aborts the request in flight and ends a backoff wait at once.
 *
 * 5xx, 408, 429 and transport failures (refused, reset, timed out) are tried again with
 * exponential backoff and jitter, rebuilding the body from the file each time; other refusals are
 * final. The token never appears in logs or errors, even when a server echoes it back.
 * Redirects are not followed: a POST must not silently turn into a GET somewhere else.
 */
class RestIngestClient
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RestIngestClient)

public:
    /**
     * Errors: InvalidArgument for a non-http(s) endpoint or a redirect, NotFound/Io for a missing
     * or unreadable file (before any request), InvalidData for a refused token or a refused
     * dataset (the server's message in the error), Io for 5xx and transport failures once the
     * attempts are used up, Cancelled once `feedback` (may be null, not owned) is cancelled.
     */
    Result<RestIngestResult> send(const RestIngestRequest &request, Feedback *feedback = nullptr);
};

} // namespace urbis
