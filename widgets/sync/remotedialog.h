#pragma once

#include "storage/remote/remoteprofile.h"
#include "storage/s3/sigv4signer.h"
#include "util/error.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace urbis {

class ConnectionTester;

/**
 * Adds or edits a remote profile: name, endpoint, region, bucket, prefix, path-style, and the
 * access keys, which go to the system keyring (RemoteCredentials::store, off the GUI thread) and
 * never to the profile. Without a keyring it says that the environment's AWS_ACCESS_KEY_ID /
 * AWS_SECRET_ACCESS_KEY will be used. OK stays disabled while RemoteProfile::check() refuses the
 * profile, with the reason shown. "Test connection" asks the remote through a ConnectionTester
 * (busy bar, cancellable; the dialog never freezes).
 *
 * The dialog does not save the profile: the caller reads profile() after exec() and hands it to
 * RemoteProfiles. GUI thread only.
 */
class RemoteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RemoteDialog(QWidget *parent = nullptr);

    /** Edit mode: fills the fields; the name cannot change (it is the remote's identity). */
    void setProfile(const RemoteProfile &profile);
    RemoteProfile profile() const;
    /** The keys typed in; empty when both fields are empty. */
    s3::Credentials credentials() const;
    /** Why OK is disabled; empty when the profile is acceptable. */
    QString validationMessage() const;
    /** The last test's outcome as shown, empty before the first test. */
    QString testResult() const;
    bool isTesting() const;

    QPushButton *okButton() const;
    QPushButton *testButton() const { return m_test; }

public slots:
    void accept() override;
    void reject() override;

private:
    void validate();
    void toggleTest();
    void onTestFinished(bool ok, const QString &message);
    void onKeysStored();
    void setBusy(bool busy, const QString &what);
    QString defaultKeysNote() const;

    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QLineEdit *m_region;
    QLineEdit *m_bucket;
    QLineEdit *m_prefix;
    QCheckBox *m_pathStyle;
    QLineEdit *m_accessKey;
    QLineEdit *m_secretKey;
    QLabel *m_keysNote;
    QLabel *m_problem;
    QPushButton *m_test;
    QProgressBar *m_busy;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    ConnectionTester *m_tester;
    QFutureWatcher<Error> *m_storing;
    bool m_keyringMissing = false;
};

} // namespace urbis
