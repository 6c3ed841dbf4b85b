#pragma once

#include "storage/remote/remoteprofile.h"
#include "storage/s3/sigv4signer.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace urbis {

class Feedback;

/**
 * Checks that a remote answers: one signed ListObjectsV2 request (max-keys=1 under the profile's
 * prefix) made by an s3::S3Client on a pool thread (QtConcurrent), with few retries so a dead
 * endpoint fails in seconds. Keys left empty are looked up with RemoteCredentials on the worker
 * (a keyring can take seconds).
 *
 * Lives in the GUI thread and reports there through finished(). cancel() aborts the request in
 * flight; a tester destroyed while running cancels and lets the worker end on its own.
 */
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /** Starts a test (cancelling one still running). */
    void start(const RemoteProfile &profile, const s3::Credentials &credentials = {});
    void cancel();
    bool isRunning() const { return m_running; }

    /** The blocking check itself; any thread. Exposed for tests and the CLI-minded. */
    static Error probe(RemoteProfile profile, s3::Credentials credentials, const Feedback *feedback);

signals:
    /** `message` is for the user: what answered, or why it failed. */
    void finished(bool ok, const QString &message);

private:
    void onDone();

    QFutureWatcher<Error> *m_watcher = nullptr;
    std::shared_ptr<Feedback> m_feedback;
    bool m_running = false;
};

} // namespace urbis
