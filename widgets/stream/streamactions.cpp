#include "streamactions.h"

#include "stream/streamsession.h"
#include "streamdialog.h"
#include "streamsessions.h"

#include <QAction>
#include <QDateTime>
#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

namespace urbis {

StreamActions::StreamActions(StreamSessions *sessions, QWidget *parent)
    : QObject(parent), m_sessions(sessions), m_parent(parent)
{
    auto make = [this](const QString &text, const char *name, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setStatusTip(tip);
        a->setToolTip(tip);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the page's keys; other tabs keep theirs
        return a;
    };
    m_add = make(tr("&Add…"), "actionAddStream", tr("Watch a new WebSocket or MQTT feed (Ctrl+N)"));
    m_add->setShortcut(QKeySequence(tr("Ctrl+N")));
    m_edit = make(tr("&Edit…"), "actionEditStream", tr("Change the selected stream's settings"));
    m_remove = make(tr("&Remove"), "actionRemoveStream", tr("Stop watching the selected stream (Delete)"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_startStop = make(tr("&Start"), "actionStartStream", tr("Connect to or disconnect from the selected stream"));
    m_record = make(tr("Re&cord…"), "actionRecordStream", tr("Record the selected stream into a new dataset"));
    connect(m_add, &QAction::triggered, this, &StreamActions::addStream);
    connect(m_edit, &QAction::triggered, this, &StreamActions::editStream);
    connect(m_remove, &QAction::triggered, this, [this] { removeStream(true); });
    connect(m_startStop, &QAction::triggered, this, &StreamActions::toggleStarted);
    connect(m_record, &QAction::triggered, this, &StreamActions::toggleRecording);
    update();
}

void StreamActions::setCurrent(const QString &id)
{
    m_current = id;
    update();
}

void StreamActions::update()
{
    const StreamSession *s = m_sessions->session(m_current);
    const bool has = s != nullptr;
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
    m_startStop->setEnabled(has);
    m_record->setEnabled(has);
    const StreamSource::State state = has ? s->state() : StreamSource::State::Idle;
    const bool running = state != StreamSource::State::Idle && state != StreamSource::State::Stopped;
    m_startStop->setText(running ? tr("S&top") : tr("&Start"));
    const bool recording = has && s->isRecording();
    m_record->setText(recording ? tr("Stop re&cording") : tr("Re&cord…"));
}

void StreamActions::addStream()
{
    StreamDialog dialog(m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<QString> id = m_sessions->add(dialog.config());
    if (!id) {
        QMessageBox::warning(m_parent, tr("Add stream"), id.error().message);
        return;
    }
    emit added(*id);
    emit statusMessage(tr("Added \"%1\": Start connects to it").arg(dialog.config().displayName()), 6000);
}

void StreamActions::editStream()
{
    StreamSession *s = m_sessions->session(m_current);
    if (!s)
        return;
    if (s->isRecording()) {
        QMessageBox::information(m_parent, tr("Edit stream"), tr("Stop the recording before changing the stream's settings."));
        return;
    }
    StreamDialog dialog(m_parent);
    dialog.setConfig(s->config());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result<void> r = m_sessions->edit(m_current, dialog.config()); !r)
        QMessageBox::warning(m_parent, tr("Edit stream"), r.error().message);
}

void StreamActions::removeStream(bool confirm)
{
    const StreamSession *s = m_sessions->session(m_current);
    if (!s)
        return;
    const QString name = s->config().displayName();
    if (confirm) {
        const QString question = s->isRecording()
                                     ? tr("Stop watching \"%1\"? Its recording is finished and kept as a dataset.").arg(name)
                                     : tr("Stop watching \"%1\" and forget its settings and alert rules?").arg(name);
        if (QMessageBox::question(m_parent, tr("Remove stream"), question) != QMessageBox::Yes)
            return;
    }
    if (const Result<void> r = m_sessions->remove(m_current); !r)
        emit statusMessage(r.error().message, 8000);
    else
        emit statusMessage(tr("Removed \"%1\"").arg(name), 5000);
}

void StreamActions::toggleStarted()
{
    const StreamSession *s = m_sessions->session(m_current);
    if (!s)
        return;
    const StreamSource::State state = s->state();
    if (state == StreamSource::State::Idle || state == StreamSource::State::Stopped) {
        m_sessions->start(m_current);
        emit statusMessage(tr("Connecting to \"%1\"…").arg(s->config().displayName()), 4000);
    } else {
        m_sessions->stop(m_current);
        emit statusMessage(tr("Disconnected from \"%1\"").arg(s->config().displayName()), 4000);
    }
    update();
}

void StreamActions::toggleRecording()
{
    StreamSession *s = m_sessions->session(m_current);
    if (!s)
        return;
    if (s->isRecording()) {
        m_sessions->stopRecording(m_current);
        emit statusMessage(tr("Finishing the recording of \"%1\"…").arg(s->config().displayName()), 5000);
        return;
    }
    bool ok = false;
    const QString title = QInputDialog::getText(
        m_parent, tr("Record stream"), tr("Title of the new dataset:"), QLineEdit::Normal,
        tr("%1 recording %2").arg(s->config().displayName(),
                                  QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
        &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    StreamRecorder::Options options;
    options.title = title.trimmed();
    options.source = s->config().url.toString(QUrl::RemoveUserInfo);
    m_sessions->startRecording(m_current, options);
    emit statusMessage(tr("Starting to record \"%1\"…").arg(s->config().displayName()), 5000);
}

} // namespace urbis
