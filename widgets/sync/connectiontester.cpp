#include "connectiontester.h"

#include "storage/remote/remotecredentials.h"
#include "storage/s3/s3client.h"
#include "util/feedback.h"

#include <QtConcurrent/QtConcurrentRun>

namespace urbis {

namespace {

// The Feedback is shared with the worker; whichever side lets go last deletes it in its own
// (GUI) thread's event loop.
std::shared_ptr<Feedback> makeFeedback()
{
    return std::shared_ptr<Feedback>(new Feedback, [](Feedback *f) { f->deleteLater(); });
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent), m_watcher(new QFutureWatcher<Error>(this))
{
    connect(m_watcher, &QFutureWatcher<Error>::finished, this, &ConnectionTester::onDone);
}

ConnectionTester::~ConnectionTester()
{
    if (m_feedback)
        m_feedback->cancel();
}

Error ConnectionTester::probe(RemoteProfile profile, s3::Credentials credentials, const Feedback *feedback)
{
    if (credentials.accessKeyId.isEmpty() || credentials.secretAccessKey.isEmpty()) {
        const Result<s3::Credentials> keys = RemoteCredentials::forRemote(profile.name);
        if (!keys)
            return keys.error();
        credentials = *keys;
    }
    if (feedback && feedback->isCancelled())
        return Error(Error::Code::Cancelled, tr("Cancelled"));
    s3::S3Endpoint endpoint = profile.s3Endpoint();
    endpoint.maxAttempts = 2; // a test should fail fast, not back off for minutes
    endpoint.timeoutMs = 10000;
    s3::S3Client client(endpoint, credentials);
    client.setFeedback(feedback);
    // One listing request, whatever the bucket holds (listObjects() would page through all of it).
    QByteArray query = "list-type=2&max-keys=1";
    if (!profile.prefix.isEmpty())
        query += "&prefix=" + s3::SigV4Signer::uriEncode(profile.prefix.toUtf8(), false);
    const Result<s3::S3Response> r = client.request("GET", {}, query);
    if (!r)
        return r.error();
    return {};
}

void ConnectionTester::start(const RemoteProfile &profile, const s3::Credentials &credentials)
{
    cancel();
    m_feedback = makeFeedback();
    m_running = true;
    std::shared_ptr<Feedback> feedback = m_feedback;
    m_watcher->setFuture(QtConcurrent::run(
        [profile, credentials, feedback] { return probe(profile, credentials, feedback.get()); }));
}

void ConnectionTester::cancel()
{
    if (!m_running)
        return;
    m_feedback->cancel();
    m_running = false; // its result no longer matters; onDone() drops it
    emit finished(false, tr("Test cancelled"));
}

void ConnectionTester::onDone()
{
    if (!m_running)
        return; // cancelled: already reported
    m_running = false;
    const Error e = m_watcher->result();
    if (!e.isError()) {
        emit finished(true, tr("The remote answered: the bucket can be listed with these keys"));
        return;
    }
    QString message = e.message;
    if (!e.detail.isEmpty())
        message += QStringLiteral("\n") + e.detail;
    emit finished(false, message);
}

} // namespace urbis
