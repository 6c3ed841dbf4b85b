#include "streammonitor.h"

#include "alertlistmodel.h"
#include "alertpanel.h"
#include "rejectedmessagesmodel.h"
#include "stationoverlay.h"
#include "stream/alertlog.h"
#include "stream/streamsession.h"
#include "streamchartsview.h"
#include "streamdialog.h"
#include "streamlistmodel.h"
#include "streamlistpanel.h"
#include "streamsessions.h"

#include <QAction>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace urbis {

namespace {
constexpr int kRefreshMs = 100; // all sessions together: at most ten refreshes a second
constexpr int kHistory = 200;   // alert events read back from the log at start

QToolButton *button(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setObjectName(action->objectName() + QStringLiteral("Button"));
    return b;
}
} // namespace

StreamMonitor::StreamMonitor(const QString &dataDir, QWidget *parent)
    : QWidget(parent), m_sessions(new StreamSessions(dataDir, this)), m_model(new StreamListModel(this)),
      m_alertModel(new AlertListModel(1'000, this)), m_rejected(new RejectedMessagesModel(100, this)),
      m_overlay(new StationOverlay(this)), m_list(new StreamListPanel(m_model, this)),
      m_charts(new StreamChartsView(this)), m_alerts(new AlertPanel(m_alertModel, this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("StreamMonitor"));
    createActions();

    auto *rejectedView = new QTableView(this);
    rejectedView->setObjectName(QStringLiteral("rejectedList"));
    rejectedView->setModel(m_rejected);
    rejectedView->setWordWrap(false);
    rejectedView->setAlternatingRowColors(true);
    rejectedView->verticalHeader()->hide();
    rejectedView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_tabs->setObjectName(QStringLiteral("streamTabs"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_alerts, tr("Alerts"));
    m_tabs->addTab(rejectedView, tr("Rejected"));

    auto *left = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    for (QAction *a : {m_add, m_edit, m_remove, m_startStop, m_record})
        buttons->addWidget(button(a, left));
    buttons->addStretch(1);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("streamSplitter"));
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    m_split = split;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StreamMonitor::refresh);
    connect(m_sessions, &StreamSessions::listChanged, this, &StreamMonitor::onListChanged);
    connect(m_sessions, &StreamSessions::updated, this, &StreamMonitor::scheduleRefresh);
    connect(m_list, &StreamListPanel::currentRowChanged, this, &StreamMonitor::onCurrentChanged);
    connect(m_list, &StreamListPanel::activated, this, [this] { m_tabs->setCurrentWidget(m_charts); });
    connect(m_charts, &StreamChartsView::selectionChanged, this, &StreamMonitor::updateMarkers);
    connect(m_alerts, &AlertPanel::rulesEdited, this, [this](const QList<AlertRule> &rules) {
        if (const Result<void> r = m_sessions->setRules(m_current, rules); !r)
            emit statusMessage(r.error().message, 8000);
        else
            emit statusMessage(tr("Alert rules saved"), 3000);
    });
    auto streamName = [this](const QString &id) {
        const StreamSession *s = m_sessions->session(id);
        return s ? s->config().displayName() : id;
    };
    auto onAlert = [this, streamName](const QString &id, const AlertEvent &e) {
        m_alertModel->add(streamName(id), e);
        scheduleRefresh();
    };
    connect(m_sessions, &StreamSessions::alertRaised, this, onAlert);
    connect(m_sessions, &StreamSessions::alertCleared, this, onAlert);
    connect(m_sessions, &StreamSessions::messageRejected, this,
            [this, streamName](const QString &id, const QString &reason, const QByteArray &excerpt) {
                m_rejected->add(streamName(id), reason, excerpt);
                updateTabTitles();
            });
    connect(m_sessions, &StreamSessions::recordingStarted, this, [this, streamName](const QString &id, const QString &) {
        emit statusMessage(tr("Recording \"%1\": the dataset grows in the catalog as it records").arg(streamName(id)), 8000);
        emit catalogChanged();
        scheduleRefresh();
    });
    connect(m_sessions, &StreamSessions::recordingFinished, this,
            [this, streamName](const QString &id, const QString &, qint64 rows) {
                emit statusMessage(tr("Recording of \"%1\" finished: %2 rows in the dataset")
                                       .arg(streamName(id), QLocale().toString(rows)),
                                   10000);
                emit catalogChanged();
                scheduleRefresh();
            });
    connect(m_sessions, &StreamSessions::recordingFailed, this,
            [this, streamName](const QString &id, const QString &message) {
                emit statusMessage(tr("Recording of \"%1\" failed: %2").arg(streamName(id), message), 15000);
                emit catalogChanged();
                scheduleRefresh();
            });
    updateActions();
    updateTabTitles();
    loadAlertHistory();
}

StreamMonitor::~StreamMonitor()
{
    // The views borrow the sessions' channels: let go before StreamSessions deletes them.
    m_charts->setChannels(nullptr);
}

void StreamMonitor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    // After the first layout, when the columns know their widths: the list gets room for all of
    // them (a readable URL included), between 30 and 45 % of the page.
    QTimer::singleShot(0, this, [this] {
        const QTableView *view = m_list->view();
        const QHeaderView *header = view->horizontalHeader();
        int wanted = 200 + 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width();
        for (int c = 0; c < header->count(); ++c)
            if (c != StreamListModel::UrlColumn)
                wanted += std::max(header->sectionSize(c), header->sectionSizeHint(c));
        const int total = m_split->width();
        const int left = std::clamp(wanted, total * 30 / 100, total * 45 / 100);
        m_split->setSizes({left, total - left});
    });
}

void StreamMonitor::createActions()
{
    auto make = [this](const QString &text, const char *name, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setStatusTip(tip);
        a->setToolTip(tip);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the page's keys; other tabs keep theirs
        QWidget::addAction(a);
        return a;
    };
    m_add = make(tr("&Add…"), "actionAddStream", tr("Watch a new WebSocket or MQTT feed (Ctrl+N)"));
    m_add->setShortcut(QKeySequence(tr("Ctrl+N")));
    m_edit = make(tr("&Edit…"), "actionEditStream", tr("Change the selected stream's settings"));
    m_remove = make(tr("&Remove"), "actionRemoveStream", tr("Stop watching the selected stream (Delete)"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_startStop = make(tr("&Start"), "actionStartStream", tr("Connect to or disconnect from the selected stream"));
    m_record = make(tr("Re&cord…"), "actionRecordStream", tr("Record the selected stream into a new dataset"));
    m_pause = make(tr("&Pause charts"), "actionPauseCharts", tr("Freeze or follow the live charts (Space)"));
    m_pause->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_add, &QAction::triggered, this, &StreamMonitor::addStream);
    connect(m_edit, &QAction::triggered, this, &StreamMonitor::editStream);
    connect(m_remove, &QAction::triggered, this, [this] { removeStream(true); });
    connect(m_startStop, &QAction::triggered, this, &StreamMonitor::toggleStarted);
    connect(m_record, &QAction::triggered, this, &StreamMonitor::toggleRecording);
    connect(m_pause, &QAction::triggered, m_charts, &StreamChartsView::togglePaused);
}

void StreamMonitor::loadStreams()
{
    if (const Result<void> r = m_sessions->load(); !r)
        emit statusMessage(tr("Cannot read the watched streams: %1").arg(r.error().message), 15000);
    if (m_sessions->count() > 0 && m_current.isEmpty())
        selectStream(m_sessions->idAt(0));
}

QString StreamMonitor::watchTemporary(const StreamConfig &config)
{
    const Result<QString> id = m_sessions->add(config, {}, true);
    if (!id) {
        emit statusMessage(id.error().message, 15000);
        return {};
    }
    m_sessions->start(*id);
    selectStream(*id);
    return *id;
}

QString StreamMonitor::currentId() const
{
    return m_current;
}

void StreamMonitor::selectStream(const QString &id)
{
    m_list->selectRow(m_sessions->indexOf(id));
}

void StreamMonitor::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void StreamMonitor::onListChanged()
{
    const QString keep = m_current;
    QList<StreamStatus> statuses;
    for (int i = 0; i < m_sessions->count(); ++i)
        statuses << StreamStatus::of(*m_sessions->sessionAt(i));
    m_charts->setChannels(nullptr); // the session may be gone; re-attached below
    m_current.clear();
    m_model->setStatuses(statuses);
    const int row = m_sessions->indexOf(keep);
    m_list->selectRow(row >= 0 ? row : (m_sessions->count() > 0 ? 0 : -1));
    onCurrentChanged();
    refresh();
}

void StreamMonitor::onCurrentChanged()
{
    const int row = m_list->currentRow();
    const QString id = row >= 0 && row < m_sessions->count() ? m_sessions->idAt(row) : QString();
    StreamSession *s = m_sessions->session(id);
    const bool changed = id != m_current;
    m_current = id;
    m_charts->setChannels(s ? &s->channels() : nullptr);
    if (changed || !s)
        m_alerts->setStream(s ? s->config().displayName() : QString(), s ? s->alertRules() : QList<AlertRule>(),
                            s ? s->mapping() : FieldMapping(), s ? s->channels().entities() : QStringList());
    updateActions();
    updateDetails();
    updateMarkers();
}

void StreamMonitor::updateActions()
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

void StreamMonitor::updateTabTitles()
{
    m_tabs->setTabText(1, m_activeAlerts > 0 ? tr("Alerts (%1)").arg(m_activeAlerts) : tr("Alerts"));
    const int rejected = m_rejected->rowCount();
    m_tabs->setTabText(2, rejected > 0 ? tr("Rejected (%1)").arg(rejected) : tr("Rejected"));
}

void StreamMonitor::updateDetails()
{
    const StreamSession *s = m_sessions->session(m_current);
    if (!s) {
        m_list->setDetails(m_sessions->count() == 0 ? tr("No streams yet: Add… (Ctrl+N) watches a WebSocket or MQTT feed.")
                                                    : QString());
        return;
    }
    const StreamStats st = s->stats();
    const QLocale l;
    QString text = tr("%1 messages, %2 received, %3 link drops; buffers %4")
                       .arg(l.toString(st.messages), l.formattedDataSize(st.bytes), l.toString(st.gaps),
                            l.formattedDataSize(s->channels().memoryBytes()));
    if (const qint64 ignored = s->channels().ignoredEntities(); ignored > 0)
        text += QLatin1String("; ") + tr("%1 stations over the limit not charted").arg(l.toString(ignored));
    if (!st.lastError.isEmpty())
        text += QLatin1Char('\n') + tr("Last error: %1").arg(st.lastError);
    m_list->setDetails(text);
}

void StreamMonitor::updateMarkers()
{
    const StreamSession *selected = m_sessions->session(m_current);
    const int colour = m_charts->colourMeasure();
    FieldMapping::Measure measure;
    if (selected && colour >= 0)
        measure = selected->mapping().measures.value(colour);
    QList<StationMarker> markers;
    for (int i = 0; i < m_sessions->count(); ++i) {
        const StreamSession *s = m_sessions->sessionAt(i);
        const int index = measure.key.isEmpty() ? -1 : s->mapping().measureIndex(measure.key);
        QHash<QString, QString> alerts; // entity -> newest raised message; "" = the whole stream
        const QList<AlertEvent> active = s->activeAlerts();
        for (auto it = active.crbegin(); it != active.crend(); ++it)
            alerts.insert(it->entity, it->message);
        const QHash<QString, StreamSample> latest = s->channels().latest();
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            if (!it->hasPosition())
                continue;
            StationMarker m;
            m.stream = s->config().displayName();
            m.entity = it.key();
            m.lon = it->lon;
            m.lat = it->lat;
            if (index >= 0 && size_t(index) < it->values.size())
                m.value = it->values[size_t(index)];
            const auto alert = alerts.constFind(it.key());
            const auto streamAlert = alerts.constFind(QString());
            m.alert = alert != alerts.cend() || streamAlert != alerts.cend();
            m.alertText = alert != alerts.cend() ? *alert : streamAlert != alerts.cend() ? *streamAlert : QString();
            markers << m;
        }
    }
    const QString title = measure.key.isEmpty() ? tr("Stations")
                          : measure.unit.isEmpty() ? measure.key
                                                   : tr("%1 (%2)").arg(measure.key, measure.unit);
    m_overlay->setMarkers(markers, title, measure.unit);
}

void StreamMonitor::refresh()
{
    QElapsedTimer timer;
    timer.start();
    QList<StreamStatus> statuses;
    int alerts = 0;
    for (int i = 0; i < m_sessions->count(); ++i) {
        statuses << StreamStatus::of(*m_sessions->sessionAt(i));
        alerts += statuses.last().activeAlerts;
    }
    m_model->setStatuses(statuses);
    m_charts->refresh(); // draws only when it is on screen
    if (const StreamSession *s = m_sessions->session(m_current))
        m_alerts->setChoices(s->mapping(), m_charts->stations());
    updateMarkers();
    updateActions();
    updateDetails();
    if (alerts != m_activeAlerts) {
        m_activeAlerts = alerts;
        updateTabTitles();
        emit activeAlertCountChanged(alerts);
    }
    m_lastRefreshMs = double(timer.nsecsElapsed()) / 1e6;
}

void StreamMonitor::addStream()
{
    StreamDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<QString> id = m_sessions->add(dialog.config());
    if (!id) {
        QMessageBox::warning(this, tr("Add stream"), id.error().message);
        return;
    }
    selectStream(*id);
    emit statusMessage(tr("Added \"%1\": Start connects to it").arg(dialog.config().displayName()), 6000);
}

void StreamMonitor::editStream()
{
    StreamSession *s = m_sessions->session(m_current);
    if (!s)
        return;
    if (s->isRecording()) {
        QMessageBox::information(this, tr("Edit stream"), tr("Stop the recording before changing the stream's settings."));
        return;
    }
    StreamDialog dialog(this);
    dialog.setConfig(s->config());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result<void> r = m_sessions->edit(m_current, dialog.config()); !r)
        QMessageBox::warning(this, tr("Edit stream"), r.error().message);
}

void StreamMonitor::removeStream(bool confirm)
{
    const StreamSession *s = m_sessions->session(m_current);
    if (!s)
        return;
    const QString name = s->config().displayName();
    if (confirm) {
        const QString question = s->isRecording()
                                     ? tr("Stop watching \"%1\"? Its recording is finished and kept as a dataset.").arg(name)
                                     : tr("Stop watching \"%1\" and forget its settings and alert rules?").arg(name);
        if (QMessageBox::question(this, tr("Remove stream"), question) != QMessageBox::Yes)
            return;
    }
    if (const Result<void> r = m_sessions->remove(m_current); !r)
        emit statusMessage(r.error().message, 8000);
    else
        emit statusMessage(tr("Removed \"%1\"").arg(name), 5000);
}

void StreamMonitor::toggleStarted()
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
    scheduleRefresh();
}

void StreamMonitor::toggleRecording()
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
        this, tr("Record stream"), tr("Title of the new dataset:"), QLineEdit::Normal,
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

void StreamMonitor::loadAlertHistory()
{
    // The log may be megabytes: read it on a pool thread and add what it holds below live events.
    const QString path = AlertLog::defaultPath(m_sessions->dataDir());
    auto *watcher = new QFutureWatcher<Result<QList<AlertEvent>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<QList<AlertEvent>> events = watcher->result();
        if (!events)
            return;
        QList<AlertListModel::Entry> entries;
        for (const AlertEvent &e : *events)
            entries.append({tr("(log)"), e});
        m_alertModel->appendOlder(entries);
    });
    watcher->setFuture(QtConcurrent::run([path] { return AlertLog::readRecent(path, kHistory); }));
}

} // namespace urbis
