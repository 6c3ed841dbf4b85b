#include "remotecredentials.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace urbis {

namespace {

const QString kService = QStringLiteral("urbis");

QString keyOf(const QString &name)
{
    return QStringLiteral("remote/") + name;
}

// QtKeychain is asynchronous; the CLI and Tasks want an answer. A keyring that does not answer in
// a few seconds (no D-Bus session) counts as absent.
bool waitFor(QKeychain::Job &job)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    timeout.start(3000);
    loop.exec();
    return timeout.isActive();
}

} // namespace

Result<s3::Credentials> RemoteCredentials::fromKeyring(const QString &name)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keyOf(name));
    if (!waitFor(job) || job.error() != QKeychain::NoError)
        return Error(Error::Code::NotFound, tr("No keys for \"%1\" in the keyring").arg(name), job.errorString());
    const QJsonObject o = QJsonDocument::fromJson(job.textData().toUtf8()).object();
    s3::Credentials c{o.value(QStringLiteral("accessKeyId")).toString(), o.value(QStringLiteral("secretAccessKey")).toString(),
                      o.value(QStringLiteral("sessionToken")).toString()};
    if (c.accessKeyId.isEmpty() || c.secretAccessKey.isEmpty())
        return Error(Error::Code::NotFound, tr("The keyring entry of \"%1\" is incomplete").arg(name));
    return c;
}

Result<s3::Credentials> RemoteCredentials::fromEnvironment()
{
    s3::Credentials c{qEnvironmentVariable("AWS_ACCESS_KEY_ID"), qEnvironmentVariable("AWS_SECRET_ACCESS_KEY"),
                      qEnvironmentVariable("AWS_SESSION_TOKEN")};
    if (c.accessKeyId.isEmpty() || c.secretAccessKey.isEmpty())
        return Error(Error::Code::NotFound, tr("No keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"));
    return c;
}

Result<s3::Credentials> RemoteCredentials::forRemote(const QString &name)
{
    // The environment wins when set: scripts and CI say explicitly which keys to use.
    if (Result<s3::Credentials> env = fromEnvironment())
        return env;
    if (Result<s3::Credentials> keyring = fromKeyring(name))
        return keyring;
    return Error(Error::Code::NotFound,
                 tr("No keys for the remote \"%1\": store them in the keyring (remote settings) or set "
                    "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
                     .arg(name));
}

QString RemoteCredentials::sourceOf(const QString &name)
{
    if (fromEnvironment())
        return QStringLiteral("environment");
    return fromKeyring(name) ? QStringLiteral("keyring") : QString();
}

Result<void> RemoteCredentials::store(const QString &name, const s3::Credentials &credentials)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyOf(name));
    job.setTextData(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("accessKeyId"), credentials.accessKeyId},
                                                                {QStringLiteral("secretAccessKey"), credentials.secretAccessKey},
                                                                {QStringLiteral("sessionToken"), credentials.sessionToken}})
                                          .toJson(QJsonDocument::Compact)));
    if (!waitFor(job) || job.error() != QKeychain::NoError)
        return Error(Error::Code::Unsupported, tr("The keys could not be stored in the keyring"), job.errorString());
    return {};
}

void RemoteCredentials::forget(const QString &name)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(keyOf(name));
    waitFor(job); // best effort: without a keyring there is nothing to forget
}

} // namespace urbis
