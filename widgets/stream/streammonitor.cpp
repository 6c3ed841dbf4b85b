#include "streammonitor.h"

#include "alerthistoryloader.h"
#include "alertlistmodel.h"
#include "alertpanel.h"
#include "rejectedmessagesmodel.h"
#include "stationmarkercollector.h"
#include "stationoverlay.h"
#include "streamactions.h"
#include "stream/alertlog.h"
#include "stream/streamsession.h"
#include "streamchartsview.h"
#include "streamlistmodel.h"
#include "streamlistpanel.h"
#include "streamsessions.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

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
    m_actions = new StreamActions(m_sessions, this);
    for (QAction *a : {m_actions->add(), m_actions->edit(), m_actions->startStop(), m_actions->record()})
        QWidget::addAction(a);
    // Delete means the stream only in its list (in the rules table or a text field it does not).
    m_list->view()->addAction(m_actions->remove());
    m_pause = new QAction(tr("&Pause charts"), this);
    m_pause->setObjectName(QStringLiteral("actionPauseCharts"));
    m_pause->setStatusTip(tr("Freeze or follow the live charts (Space)"));
    m_pause->setShortcut(QKeySequence(Qt::Key_Space));
    m_pause->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(m_pause);
    connect(m_pause, &QAction::triggered, m_charts, &StreamChartsView::togglePaused);
    connect(m_actions, &StreamActions::statusMessage, this, &StreamMonitor::statusMessage);
    connect(m_actions, &StreamActions::added, this, &StreamMonitor::selectStream);

    auto *rejectedView = new QTableView(this);
    rejectedView->setObjectName(QStringLiteral("rejectedList"));
    rejectedView->setModel(m_rejected);
    rejectedView->setWordWrap(false);
    rejectedView->setAlternatingRowColors(true);
    rejectedView->verticalHeader()->hide();
    rejectedView->verticalHeader()->setDefaultSectionSize(rejectedView->fontMetrics().height() + 6);
    rejectedView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_tabs->setObjectName(QStringLiteral("streamTabs"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_alerts, tr("Alerts"));
    m_tabs->addTab(rejectedView, tr("Rejected"));

    auto *left = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    for (QAction *a : {m_actions->add(), m_actions->edit(), m_actions->remove(), m_actions->startStop(),
                       m_actions->record()})
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
    connect(m_sessions, &StreamSessions::rulesChanged, this, [this](const QString &id) {
        if (const StreamSession *s = m_sessions->session(id); s && id == m_current)
            m_alerts->setStream(s->config().displayName(), s->alertRules(), s->mapping(), m_charts->stations());
    });
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
    m_actions->update();
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
    m_actions->setCurrent(id);
    m_charts->setChannels(s ? &s->channels() : nullptr);
    if (changed || !s)
        m_alerts->setStream(s ? s->config().displayName() : QString(), s ? s->alertRules() : QList<AlertRule>(),
                            s ? s->mapping() : FieldMapping(), s ? s->channels().entities() : QStringList());
    m_actions->update();
    updateDetails();
    updateMarkers();
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
    const QString title = measure.key.isEmpty() ? tr("Stations")
                          : measure.unit.isEmpty() ? measure.key
                                                   : tr("%1 (%2)").arg(measure.key, measure.unit);
    m_overlay->setMarkers(StationMarkerCollector::collect(*m_sessions, measure.key), title, measure.unit);
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
    m_actions->update();
    updateDetails();
    if (alerts != m_activeAlerts) {
        m_activeAlerts = alerts;
        updateTabTitles();
        emit activeAlertCountChanged(alerts);
    }
    m_lastRefreshMs = double(timer.nsecsElapsed()) / 1e6;
}

void StreamMonitor::loadAlertHistory()
{
    // Alerts from before this start, below the live ones; the log does not name the stream.
    auto *loader = AlertHistoryLoader::start(AlertLog::defaultPath(m_sessions->dataDir()), kHistory, this);
    connect(loader, &AlertHistoryLoader::loaded, this, [this](const QList<AlertEvent> &events) {
        QList<AlertListModel::Entry> entries;
        for (const AlertEvent &e : events)
            entries.append({tr("(log)"), e});
        m_alertModel->appendOlder(entries);
    });
}

} // namespace urbis
