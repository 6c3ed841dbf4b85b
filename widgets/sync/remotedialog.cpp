#include "remotedialog.h"

#include "connectiontester.h"
#include "storage/remote/remotecredentials.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace urbis {

namespace {

QLineEdit *lineEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

QLabel *noteLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RemoteDialog::RemoteDialog(QWidget *parent)
    : QDialog(parent), m_name(lineEdit("remoteName", this)), m_endpoint(lineEdit("remoteEndpoint", this)),
      m_region(lineEdit("remoteRegion", this)), m_bucket(lineEdit("remoteBucket", this)),
      m_prefix(lineEdit("remotePrefix", this)),
      m_pathStyle(new QCheckBox(tr("&Path-style addresses (MinIO, Ceph, s3rver)"), this)),
      m_accessKey(lineEdit("remoteAccessKey", this)), m_secretKey(lineEdit("remoteSecretKey", this)),
      m_keysNote(noteLabel("keysNote", this)), m_problem(noteLabel("validationMessage", this)),
      m_test(new QPushButton(tr("&Test connection"), this)), m_busy(new QProgressBar(this)),
      m_result(noteLabel("testResult", this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_tester(new ConnectionTester(this)), m_storing(new QFutureWatcher<Error>(this))
{
    setObjectName(QStringLiteral("RemoteDialog"));
    setWindowTitle(tr("Add remote"));
    m_name->setPlaceholderText(tr("e.g. city-minio"));
    m_endpoint->setPlaceholderText(tr("https://minio.example.org:9000"));
    m_region->setText(RemoteProfile().region);
    m_bucket->setPlaceholderText(tr("e.g. urbis-catalog"));
    m_prefix->setPlaceholderText(tr("optional, e.g. city/air/"));
    m_pathStyle->setObjectName(QStringLiteral("remotePathStyle"));
    m_pathStyle->setChecked(RemoteProfile().pathStyle);
    m_pathStyle->setToolTip(
        tr("Address objects as endpoint/bucket/key; AWS also accepts bucket.endpoint/key"));
    m_accessKey->setEchoMode(QLineEdit::Password);
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_accessKey->setPlaceholderText(tr("leave empty to keep the stored keys"));
    m_secretKey->setPlaceholderText(tr("leave empty to keep the stored keys"));
    m_keysNote->setText(defaultKeysNote());
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setToolTip(tr("List the bucket once with these settings and keys"));
    m_test->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_busy->setObjectName(QStringLiteral("testBusy"));
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setMaximumHeight(m_test->sizeHint().height() / 2);
    QSizePolicy keepRoom = m_busy->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true); // the Test button stays put when the bar comes and goes
    m_busy->setSizePolicy(keepRoom);
    m_busy->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Bucket:"), m_bucket);
    form->addRow(tr("Key p&refix:"), m_prefix);
    form->addRow(QString(), m_pathStyle);
    form->addRow(tr("&Access key:"), m_accessKey);
    form->addRow(tr("&Secret key:"), m_secretKey);
    form->addRow(QString(), m_keysNote);
    auto *test = new QHBoxLayout;
    test->addWidget(m_test);
    test->addWidget(m_busy, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(test);
    layout->addWidget(m_result);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_endpoint, m_region, m_bucket, m_prefix, m_accessKey, m_secretKey})
        connect(edit, &QLineEdit::textChanged, this, &RemoteDialog::validate);
    connect(m_test, &QPushButton::clicked, this, &RemoteDialog::toggleTest);
    connect(m_tester, &ConnectionTester::finished, this, &RemoteDialog::onTestFinished);
    connect(m_storing, &QFutureWatcher<Error>::finished, this, &RemoteDialog::onKeysStored);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RemoteDialog::reject);
    // Room for a two-line reason and test result below the form without the dialog jumping.
    resize(520, sizeHint().height() + 4 * fontMetrics().lineSpacing());
    validate();
}

void RemoteDialog::setProfile(const RemoteProfile &profile)
{
    setWindowTitle(tr("Edit remote \"%1\"").arg(profile.name));
    m_name->setText(profile.name);
    m_name->setReadOnly(true);
    m_endpoint->setText(profile.endpoint.toString());
    m_region->setText(profile.region);
    m_bucket->setText(profile.bucket);
    m_prefix->setText(profile.prefix);
    m_pathStyle->setChecked(profile.pathStyle);
    validate();
}

RemoteProfile RemoteDialog::profile() const
{
    RemoteProfile p;
    p.name = m_name->text().trimmed();
    p.endpoint = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
    p.region = m_region->text().trimmed();
    p.bucket = m_bucket->text().trimmed();
    p.prefix = m_prefix->text().trimmed();
    p.pathStyle = m_pathStyle->isChecked();
    return p;
}

s3::Credentials RemoteDialog::credentials() const
{
    return s3::Credentials{m_accessKey->text().trimmed(), m_secretKey->text(), {}};
}

QString RemoteDialog::validationMessage() const
{
    return m_problem->text();
}

QString RemoteDialog::testResult() const
{
    return m_result->text();
}

bool RemoteDialog::isTesting() const
{
    return m_tester->isRunning();
}

QPushButton *RemoteDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString RemoteDialog::defaultKeysNote() const
{
    QString note =
        tr("Keys are kept in the system keyring, never in settings files. Leave them empty to use keys "
           "stored earlier or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment.");
    if (qEnvironmentVariableIsSet("AWS_ACCESS_KEY_ID"))
        note +=
            QLatin1Char(' ') + tr("AWS_ACCESS_KEY_ID is set here: the environment's keys are used first.");
    return note;
}

void RemoteDialog::validate()
{
    QString problem;
    if (const Result<void> r = profile().check(); !r)
        problem = r.error().message;
    else if (m_accessKey->text().trimmed().isEmpty() != m_secretKey->text().isEmpty())
        problem = tr("Enter both keys, or neither to use the stored keys or the environment");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool busy = m_storing->isRunning();
    okButton()->setEnabled(problem.isEmpty() && !busy);
    m_test->setEnabled(!busy && (problem.isEmpty() || m_tester->isRunning()));
}

void RemoteDialog::toggleTest()
{
    if (m_tester->isRunning()) {
        m_tester->cancel();
        return;
    }
    m_tester->start(profile(), credentials());
    setBusy(true, tr("Asking %1…").arg(profile().endpoint.host()));
}

void RemoteDialog::onTestFinished(bool ok, const QString &message)
{
    setBusy(false, QString());
    m_result->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
    m_result->setText(message);
}

void RemoteDialog::setBusy(bool busy, const QString &what)
{
    m_busy->setVisible(busy);
    m_test->setText(busy && m_tester->isRunning() ? tr("Cancel &test") : tr("&Test connection"));
    if (busy) {
        m_result->setStyleSheet(QString());
        m_result->setText(what);
    }
    validate();
}

void RemoteDialog::accept()
{
    validate();
    if (!okButton()->isEnabled())
        return;
    const s3::Credentials keys = credentials();
    if (keys.accessKeyId.isEmpty() || m_keyringMissing) {
        m_tester->cancel();
        QDialog::accept();
        return;
    }
    // The keyring may take seconds (or time out without a session bus): not on the GUI thread.
    const QString name = profile().name;
    m_storing->setFuture(QtConcurrent::run([name, keys] {
        const Result<void> r = RemoteCredentials::store(name, keys);
        return r ? Error() : r.error();
    }));
    m_busy->setVisible(true);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Saving the keys in the keyring…"));
    validate();
}

void RemoteDialog::onKeysStored()
{
    m_busy->setVisible(m_tester->isRunning());
    const Error e = m_storing->result();
    validate();
    if (!e.isError()) {
        m_result->clear();
        m_tester->cancel();
        QDialog::accept();
        return;
    }
    m_keyringMissing = true;
    m_result->clear();
    m_keysNote->setStyleSheet(QStringLiteral("color: #ef6c00;"));
    m_keysNote->setText(tr("No keyring is available here, so the keys were not saved. Urbis will use "
                           "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from the environment. "
                           "Press OK to save the remote without keys."));
}

void RemoteDialog::reject()
{
    m_tester->cancel();
    QDialog::reject();
}

} // namespace urbis
