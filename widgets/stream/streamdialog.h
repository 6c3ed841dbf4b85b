#pragma once

#include "stream/streamconfig.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace urbis {

class FieldMappingEditor;

/**
 * Adds or edits a watched stream: name, URL (ws://, wss://, mqtt://, mqtts://), MQTT topics and
 * QoS, user and password, WebSocket bearer token and subscribe message, the message size limit,
 * the heartbeat, and the field mapping (Annex B to start with). OK stays disabled while
 * StreamConfig::check() refuses the settings, with its reason shown. Secrets stay in memory (the
 * store leaves them out). The caller reads config() after exec(). GUI thread only.
 */
class StreamDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StreamDialog(QWidget *parent = nullptr);

    /** Edit mode: fills the fields. */
    void setConfig(const StreamConfig &config);
    StreamConfig config() const;
    /** Why OK is disabled; empty when the settings are acceptable. */
    QString validationMessage() const;
    QPushButton *okButton() const;
    FieldMappingEditor *mappingEditor() const { return m_mapping; }

private:
    void validate();

    StreamConfig m_base; ///< what is not edited here (backoff, CA file) is kept as it was
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_topics;
    QComboBox *m_qos;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_token;
    QPlainTextEdit *m_subscribe;
    QSpinBox *m_maxKiB;
    QSpinBox *m_heartbeat;
    FieldMappingEditor *m_mapping;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace urbis
