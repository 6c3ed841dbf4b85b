#include "restingestclient.h"

#include "../../util/feedback.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <memory>

namespace urbis {

namespace {

// The module's own category: QT_LOGGING_RULES="urbis.rest.debug=true" shows attempts and retries.
Q_LOGGING_CATEGORY(lcRest, "urbis.rest", QtInfoMsg)

constexpr int kBaseDelayMs = 200;      // short: a person at the CLI is waiting
constexpr int kMaxDelayMs = 5000;
constexpr int kMaxRetryAfterMs = 10000; // a server asking for more than this is not waited for
constexpr int kExcerptChars = 300;

// What one POST came back with; `transportError` set means no usable answer arrived.
struct Answer
{
    int status = 0;
    QByteArray body;
    QString location;
    QByteArray retryAfter;
    QString transportError;
    bool retryableTransport = true;
    qint64 bytesSent = 0;
};

bool cancelled(const Feedback *feedback)
{
    return feedback && feedback->isCancelled();
}

bool isRetryable(const Answer &a)
{
    if (!a.transportError.isEmpty())
        return a.retryableTransport;
    // 408 Request Timeout and 429 Too Many Requests are the only refusals that may pass on their own.
    return a.status == 408 || a.status == 429 || a.status >= 500;
}

// Exponential backoff with "equal jitter": never zero, so a struggling server gets a breather,
// and spread out, so many clients failing together do not come back together.
int backoffMs(int attempt, const QByteArray &retryAfter)
{
    const qint64 ceiling = std::min<qint64>(kMaxDelayMs, qint64(kBaseDelayMs) << std::clamp(attempt - 1, 0, 20));
    qint64 delay = ceiling / 2 + qint64(QRandomGenerator::global()->bounded(quint64(ceiling / 2) + 1));
    bool seconds = false;
    const int asked = retryAfter.trimmed().toInt(&seconds);
    if (seconds && asked > 0 && qint64(asked) * 1000 > delay)
        delay = std::min<qint64>(kMaxRetryAfterMs, qint64(asked) * 1000);
    return int(delay);
}

// Sleeps in short slices so a cancel ends the wait at once; false when cancelled.
bool waitUnlessCancelled(const Feedback *feedback, int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (cancelled(feedback))
            return false;
        QThread::msleep(quint64(std::clamp<qint64>(deadline.remainingTime(), 1, 20)));
    }
    return !cancelled(feedback);
}

// A form-data name or filename as browsers write it (WHATWG): UTF-8, with the three bytes that
// would end the header or the quoted string percent-encoded.
QByteArray quotedFormValue(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\r', "%0D").replace('\n', "%0A").replace('"', "%22");
    return '"' + out + '"';
}

// The endpoint for messages and logs: no user info, and no query, where a key might hide.
QString where(const QUrl &endpoint)
{
    return endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// Server text goes into errors and logs; a server that echoes the token must not leak it there.
QString withoutSecret(QString text, const QString &token)
{
    if (!token.isEmpty())
        text.replace(token, QStringLiteral("***"));
    return text;
}

QString excerpt(const QByteArray &body)
{
    return QString::fromUtf8(body.left(4 * kExcerptChars)).left(kExcerptChars).trimmed();
}

QString messageIn(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"message", "detail", "msg", "error_description", "error", "title"})
            if (const QString m = messageIn(o.value(QLatin1String(key))); !m.isEmpty())
                return m;
    }
    if (v.isArray() && !v.toArray().isEmpty()) // e.g. FastAPI: {"detail": [{"msg": ...}, ...]}
        return messageIn(v.toArray().first());
    return {};
}

// The server's own words: the message of a JSON error body, else the start of the body.
QString serverMessage(const QByteArray &body)
{
    if (body.size() < 65536)
        if (const QJsonDocument doc = QJsonDocument::fromJson(body); doc.isObject() || doc.isArray())
            if (const QString m = messageIn(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array())); !m.isEmpty())
                return m.left(kExcerptChars);
    return excerpt(body);
}

Result<void> checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return Error(Error::Code::NotFound, RestIngestClient::tr("The data file %1 does not exist").arg(path));
    if (!info.isFile())
        return Error(Error::Code::InvalidArgument, RestIngestClient::tr("The data file %1 is not a file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, RestIngestClient::tr("Cannot read the data file %1").arg(path), file.errorString());
    return {};
}

// One POST of the whole form, the file part read from disk while it is sent. Only a cancel or a
// file that went away since the check is an Error; whatever the server did is in the Answer.
Result<Answer> post(QNetworkAccessManager &network, const RestIngestRequest &request, const QByteArray &metadata,
                    Feedback *feedback)
{
    auto form = std::make_unique<QHttpMultiPart>(QHttpMultiPart::FormDataType);
    QHttpPart metadataPart;
    metadataPart.setRawHeader("Content-Disposition", "form-data; name=\"metadata\"");
    metadataPart.setRawHeader("Content-Type", "application/json");
    metadataPart.setBody(metadata);
    form->append(metadataPart);

    auto *file = new QFile(request.filePath, form.get()); // read by the reply, deleted with the form
    if (!file->open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, RestIngestClient::tr("Cannot read the data file %1").arg(request.filePath), file->errorString());
    const QString fileName = request.fileName.isEmpty() ? QFileInfo(request.filePath).fileName() : request.fileName;
    QByteArray mediaType = request.mediaType.toLatin1();
    if (mediaType.isEmpty() || mediaType.contains('\r') || mediaType.contains('\n'))
        mediaType = "application/octet-stream";
    QHttpPart filePart;
    filePart.setRawHeader("Content-Disposition", "form-data; name=\"file\"; filename=" + quotedFormValue(fileName));
    filePart.setRawHeader("Content-Type", mediaType);
    filePart.setBodyDevice(file);
    form->append(filePart);

    QNetworkRequest net(request.endpoint);
    net.setTransferTimeout(std::max(1, request.timeoutMs)); // restarts whenever bytes move
    net.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    net.setRawHeader("Accept", "application/json, */*;q=0.5");
    if (!request.token.isEmpty())
        net.setRawHeader("Authorization", "Bearer " + request.token.toUtf8());

    Answer answer; // before the reply: it may still report progress while it goes
    // Deleted here, not later: a worker thread never returns to an outer event loop.
    std::unique_ptr<QNetworkReply> reply(network.post(net, form.get()));
    form.release()->setParent(reply.get());
    QObject::connect(reply.get(), &QNetworkReply::uploadProgress, reply.get(), [&answer, feedback](qint64 sent, qint64 total) {
        if (total <= 0)
            return; // Qt reports (0, 0) once the reply has finished: not a step back
        answer.bytesSent = sent;
        if (feedback)
            feedback->setProgress(100.0 * double(sent) / double(total));
    });
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (feedback) // queued into this thread: the canceller is elsewhere
        QObject::connect(feedback, &Feedback::cancelled, reply.get(), &QNetworkReply::abort);
    if (cancelled(feedback))
        reply->abort();
    if (!reply->isFinished())
        loop.exec();
    if (cancelled(feedback))
        return Error(Error::Code::Cancelled, RestIngestClient::tr("Cancelled"));

    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isReadable()) // not after a timeout or a dropped connection
        answer.body = reply->readAll();
    answer.location = QString::fromUtf8(reply->rawHeader("Location"));
    answer.retryAfter = reply->rawHeader("Retry-After");
    // Below 200 and 300..399 are the network, proxy and protocol layers: the exchange itself failed
    // (refused, reset, timed out, cut short), whatever status line may have arrived before. Qt
    // files a plain HTTP 400 under the protocol layer too (ProtocolInvalidOperationError): that one
    // is the server's answer, not a broken exchange.
    const QNetworkReply::NetworkError error = reply->error();
    const bool answered = answer.status > 0 && (error == QNetworkReply::NoError || error == QNetworkReply::ProtocolInvalidOperationError ||
                                                (error >= 200 && error < 300) || error >= 400);
    if (!answered) {
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
            answer.transportError = RestIngestClient::tr("no answer within %1 ms").arg(request.timeoutMs);
        else
            answer.transportError = reply->errorString().isEmpty() ? QStringLiteral("network error %1").arg(int(error)) : reply->errorString();
        // A certificate that is refused now will be refused again.
        answer.retryableTransport = error != QNetworkReply::SslHandshakeFailedError;
    }
    return answer;
}

Error refusal(const RestIngestRequest &request, const Answer &a, int attempts)
{
    const QString at = where(request.endpoint);
    const QString after = attempts > 1 ? QStringLiteral("after %1 attempts").arg(attempts) : QString();
    if (!a.transportError.isEmpty()) // the cause is in the message already
        return Error(Error::Code::Io, RestIngestClient::tr("Cannot reach the ingestion endpoint %1: %2").arg(at, a.transportError), after);
    QString detail = QStringLiteral("HTTP %1: %2").arg(a.status).arg(withoutSecret(excerpt(a.body), request.token));
    if (!after.isEmpty())
        detail += QStringLiteral(" (%1)").arg(after);
    if (a.status == 401 || a.status == 403)
        return Error(Error::Code::InvalidData,
                     request.token.isEmpty()
                         ? RestIngestClient::tr("The ingestion endpoint %1 requires an access token (HTTP %2)").arg(at).arg(a.status)
                         : RestIngestClient::tr("The ingestion endpoint %1 refused the access token (HTTP %2)").arg(at).arg(a.status),
                     detail);
    if (a.status >= 300 && a.status < 400)
        return Error(Error::Code::InvalidArgument,
                     RestIngestClient::tr("The ingestion endpoint %1 redirects to %2; send to that address instead")
                         .arg(at, a.location.isEmpty() ? RestIngestClient::tr("an unnamed address") : a.location),
                     detail);
    if (a.status >= 500)
        return Error(Error::Code::Io, RestIngestClient::tr("The ingestion endpoint %1 failed (HTTP %2)").arg(at).arg(a.status), detail);
    const QString message = withoutSecret(serverMessage(a.body), request.token);
    return Error(Error::Code::InvalidData,
                 message.isEmpty() ? RestIngestClient::tr("The ingestion endpoint %1 refused the dataset (HTTP %2)").arg(at).arg(a.status)
                                   : RestIngestClient::tr("The ingestion endpoint %1 refused the dataset (HTTP %2): %3")
                                         .arg(at)
                                         .arg(a.status)
                                         .arg(message),
                 detail);
}

} // namespace

Result<RestIngestResult> RestIngestClient::send(const RestIngestRequest &request, Feedback *feedback)
{
    const QString scheme = request.endpoint.scheme().toLower();
    if (!request.endpoint.isValid() || (scheme != u"http" && scheme != u"https") || request.endpoint.host().isEmpty())
        return Error(Error::Code::InvalidArgument,
                     tr("The ingestion endpoint must be an http or https address, not \"%1\"").arg(where(request.endpoint)));
    if (Result<void> readable = checkFile(request.filePath); !readable)
        return readable.error();
    const QByteArray metadata = QJsonDocument(request.metadata).toJson(QJsonDocument::Compact); // once, not per attempt
    const int maxAttempts = std::max(1, request.maxAttempts);
    QNetworkAccessManager network; // lives in this thread for this call
    for (int n = 1;; ++n) {
        if (cancelled(feedback))
            return Error(Error::Code::Cancelled, tr("Cancelled"));
        qCDebug(lcRest) << "POST" << where(request.endpoint) << "attempt" << n << "of" << maxAttempts
                        << (request.token.isEmpty() ? "without a token" : "with a bearer token");
        Result<Answer> a = post(network, request, metadata, feedback);
        if (!a)
            return a.error();
        if (a->transportError.isEmpty() && a->status >= 200 && a->status < 300) {
            qCInfo(lcRest) << "sent" << request.filePath << "to" << where(request.endpoint) << "HTTP" << a->status << a->bytesSent
                           << "bytes," << n << (n == 1 ? "attempt" : "attempts");
            return RestIngestResult{a->status, a->body, a->location, a->bytesSent, n};
        }
        if (!isRetryable(*a) || n >= maxAttempts) {
            const Error e = refusal(request, *a, n);
            qCInfo(lcRest).noquote() << "not sent:" << e.toString();
            return e;
        }
        const int delay = backoffMs(n, a->retryAfter);
        qCDebug(lcRest) << "retrying after" << (a->transportError.isEmpty() ? QString::number(a->status) : a->transportError) << "in"
                        << delay << "ms";
        if (!waitUnlessCancelled(feedback, delay))
            return Error(Error::Code::Cancelled, tr("Cancelled"));
    }
}

} // namespace urbis
