#pragma once

#include "../../util/result.h"
#include "../s3/sigv4signer.h"

#include <QCoreApplication>

namespace urbis {

/**
 * Keys of a remote: the system keyring (Secret Service / KWallet through QtKeychain; service
 * "urbis", key "remote/NAME") first, then the environment (AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), as awscli and rclone read them. A machine without a
 * keyring (CI, a server) simply uses the environment.
 */
class RemoteCredentials
{
    Q_DECLARE_TR_FUNCTIONS(urbis::RemoteCredentials)

public:
    /** NotFound when neither the keyring nor the environment has keys. */
    static Result<s3::Credentials> forRemote(const QString &name);
    /** Stores the keys in the keyring; Unsupported when there is none. */
    static Result<void> store(const QString &name, const s3::Credentials &credentials);
    /** Removes the remote's keys from the keyring (a removed remote leaves no secret behind); no keyring is fine. */
    static void forget(const QString &name);
    /** Where the keys came from, for messages: "keyring" or "environment". */
    static QString sourceOf(const QString &name);

private:
    static Result<s3::Credentials> fromKeyring(const QString &name);
    static Result<s3::Credentials> fromEnvironment();
};

} // namespace urbis
