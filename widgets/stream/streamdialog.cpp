#include "streamdialog.h"

#include "fieldmappingeditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace urbis {

namespace {
/** A form label for a row holding a layout: QFormLayout gives those no buddy, so the & would show. */
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}
} // namespace

StreamDialog::StreamDialog(QWidget *parent)
    : QDialog(parent), m_name(lineEdit("streamName", this)), m_url(lineEdit("streamUrl", this)),
      m_topics(lineEdit("streamTopics", this)), m_qos(new QComboBox(this)), m_username(lineEdit("streamUser", this)),
      m_password(lineEdit("streamPassword", this)), m_token(lineEdit("streamToken", this)),
      m_subscribe(new QPlainTextEdit(this)), m_maxKiB(new QSpinBox(this)), m_heartbeat(new QSpinBox(this)),
      m_mapping(new FieldMappingEditor(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("StreamDialog"));
    setWindowTitle(tr("Add stream"));
    m_name->setPlaceholderText(tr("default: the host name"));
    m_url->setPlaceholderText(tr("wss://oup.example.org/air or mqtt://broker:1883"));
    m_topics->setPlaceholderText(tr("MQTT topic filters, comma-separated; default #"));
    m_qos->setObjectName(QStringLiteral("streamQos"));
    m_qos->addItem(tr("0: at most once"), 0);
    m_qos->addItem(tr("1: at least once"), 1);
    m_password->setEchoMode(QLineEdit::Password);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("sent as Authorization: Bearer …; kept in memory only"));
    m_password->setPlaceholderText(tr("kept in memory only"));
    m_subscribe->setObjectName(QStringLiteral("streamSubscribe"));
    m_subscribe->setPlaceholderText(tr("text sent after each connect, e.g. a JSON subscription"));
    m_subscribe->setMaximumHeight(4 * fontMetrics().lineSpacing());
    m_subscribe->setTabChangesFocus(true);
    const StreamConfig defaults;
    m_maxKiB->setObjectName(QStringLiteral("streamMaxKiB"));
    m_maxKiB->setRange(1, 1024 * 1024);
    m_maxKiB->setSuffix(tr(" KiB"));
    m_maxKiB->setValue(int(defaults.maxMessageBytes / 1024));
    m_heartbeat->setObjectName(QStringLiteral("streamHeartbeat"));
    m_heartbeat->setRange(1, 3600);
    m_heartbeat->setSuffix(tr(" s"));
    m_heartbeat->setValue(defaults.heartbeatSecs);
    m_heartbeat->setToolTip(tr("No data and no answer to pings for this long: the link is taken as dead and reconnected"));
    m_problem->setObjectName(QStringLiteral("validationMessage"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    auto *mqtt = new QHBoxLayout;
    mqtt->addWidget(m_topics, 1);
    mqtt->addWidget(new QLabel(tr("QoS:"), this));
    mqtt->addWidget(m_qos);
    form->addRow(buddyLabel(tr("T&opics:"), m_topics), mqtt);
    auto *login = new QHBoxLayout;
    login->addWidget(m_username);
    login->addWidget(m_password);
    form->addRow(buddyLabel(tr("Us&er / password:"), m_username), login);
    form->addRow(tr("&Bearer token:"), m_token);
    form->addRow(tr("Subscribe messa&ge:"), m_subscribe);
    auto *limits = new QHBoxLayout;
    limits->addWidget(m_maxKiB);
    limits->addWidget(new QLabel(tr("Heartbeat:"), this));
    limits->addWidget(m_heartbeat);
    limits->addStretch(1);
    form->addRow(buddyLabel(tr("Max message si&ze:"), m_maxKiB), limits);
    auto *mappingBox = new QGroupBox(tr("Field mapping"), this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(m_mapping);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mappingBox, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : {m_name, m_url, m_topics, m_username, m_password, m_token})
        connect(e, &QLineEdit::textChanged, this, &StreamDialog::validate);
    connect(m_qos, &QComboBox::currentIndexChanged, this, &StreamDialog::validate);
    connect(m_maxKiB, &QSpinBox::valueChanged, this, &StreamDialog::validate);
    connect(m_heartbeat, &QSpinBox::valueChanged, this, &StreamDialog::validate);
    connect(m_mapping, &FieldMappingEditor::changed, this, &StreamDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 720);
    validate();
}

void StreamDialog::setConfig(const StreamConfig &config)
{
    setWindowTitle(tr("Edit stream \"%1\"").arg(config.displayName()));
    m_base = config;
    m_name->setText(config.name);
    m_url->setText(config.url.toString());
    m_topics->setText(config.topics.join(QStringLiteral(", ")));
    m_qos->setCurrentIndex(config.qos == 1 ? 1 : 0);
    m_username->setText(config.username);
    m_password->setText(config.password);
    m_token->setText(config.bearerToken);
    m_subscribe->setPlainText(config.subscribeMessage);
    m_maxKiB->setValue(int(std::max<qint64>(1, config.maxMessageBytes / 1024)));
    m_heartbeat->setValue(config.heartbeatSecs);
    m_mapping->setMapping(config.mapping);
    validate();
}

StreamConfig StreamDialog::config() const
{
    StreamConfig c = m_base;
    c.name = m_name->text().trimmed();
    c.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    c.topics.clear();
    for (const QString &t : m_topics->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            c.topics << t.trimmed();
    c.qos = m_qos->currentData().toInt();
    c.username = m_username->text().trimmed();
    c.password = m_password->text();
    c.bearerToken = m_token->text().trimmed();
    c.subscribeMessage = m_subscribe->toPlainText();
    c.maxMessageBytes = qint64(m_maxKiB->value()) * 1024;
    c.heartbeatSecs = m_heartbeat->value();
    c.mapping = m_mapping->mapping();
    return c;
}

QString StreamDialog::validationMessage() const
{
    return m_problem->text();
}

QPushButton *StreamDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void StreamDialog::validate()
{
    const StreamConfig c = config();
    const bool mqtt = c.url.scheme().startsWith(QLatin1String("mqtt"));
    m_topics->setEnabled(mqtt);
    m_qos->setEnabled(mqtt);
    m_username->setEnabled(mqtt);
    m_password->setEnabled(mqtt);
    m_token->setEnabled(!mqtt);
    m_subscribe->setEnabled(!mqtt);
    QString problem;
    if (m_url->text().trimmed().isEmpty())
        problem = tr("Enter the stream's address");
    else if (const Result<void> r = c.check(); !r)
        problem = r.error().message;
    else if (!m_mapping->isInferred() && c.mapping.measures.isEmpty() && c.mapping.attributes.isEmpty())
        problem = tr("Map at least one measure, or let the mapping be inferred");
    if (problem.isEmpty() && !m_mapping->isInferred()) {
        QSet<QString> seen;
        for (const FieldMapping::Measure &m : c.mapping.measures) {
            if (seen.contains(m.key)) {
                problem = tr("The measure \"%1\" is mapped twice").arg(m.key);
                break;
            }
            seen.insert(m.key);
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
}

} // namespace urbis
