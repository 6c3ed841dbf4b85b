#include "streamsessions.h"

#include "stream/streamsession.h"
#include "workspace/demoairquality.h"
#include "stream/streamstore.h"
#include "util/logging.h"

namespace urbis {

namespace {
Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}
} // namespace

StreamSessions::StreamSessions(QString dataDir, QObject *parent) : QObject(parent), m_dataDir(std::move(dataDir)) {}

StreamSessions::~StreamSessions()
{
    // Each destructor stops its feed and completes a running recording before returning.
    for (const Item &item : std::as_const(m_items))
        delete item.session;
}

Result<void> StreamSessions::load()
{
    const Result<QList<StreamStore::Entry>> entries = StreamStore(m_dataDir).list();
    if (!entries)
        return entries.error();
    for (const StreamStore::Entry &e : *entries) {
        if (find(e.id))
            continue;
        StreamConfig config = e.config;
        // The store never holds secrets: the environment may supply them for unattended use.
        if (config.bearerToken.isEmpty())
            config.bearerToken = qEnvironmentVariable("URBIS_STREAM_TOKEN");
        if (config.password.isEmpty())
            config.password = qEnvironmentVariable("URBIS_STREAM_PASSWORD");
        Item item{e.id, createSession(e.id, config, e.rules), false, e.autoStart};
        m_items << item;
        if (e.autoStart)
            item.session->start();
    }
    emit listChanged();
    return {};
}

QStringList StreamSessions::ids() const
{
    QStringList out;
    for (const Item &item : m_items)
        out << item.id;
    return out;
}

StreamSession *StreamSessions::session(const QString &id) const
{
    const int i = indexOf(id);
    return i >= 0 ? m_items.at(i).session : nullptr;
}

int StreamSessions::indexOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return i;
    return -1;
}

bool StreamSessions::isTemporary(const QString &id) const
{
    const int i = indexOf(id);
    return i >= 0 && m_items.at(i).temporary;
}

StreamSessions::Item *StreamSessions::find(const QString &id)
{
    const int i = indexOf(id);
    return i >= 0 ? &m_items[i] : nullptr;
}

QString StreamSessions::uniqueTemporaryId(const QString &name) const
{
    QString base;
    for (const QChar c : name.toLower())
        base += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('-');
    base = QStringLiteral("temp-") + base;
    QString id = base;
    for (int n = 2; indexOf(id) >= 0; ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

StreamSession *StreamSessions::createSession(const QString &id, StreamConfig config, const QList<AlertRule> &rules)
{
    auto *session = new StreamSession(std::move(config), m_dataDir, this);
    session->setAlertRules(rules);
    // "Outside the schema's constraints" rules check against the Annex B air-quality schema (the
    // seeds' live feed): its limits apply to every measure a stream names alike; others have none.
    session->setConstraintSchema(DemoAirQuality::schema());
    connect(session, &StreamSession::updated, this, [this, id] { emit updated(id); });
    connect(session, &StreamSession::alertRaised, this, [this, id](const AlertEvent &e) { emit alertRaised(id, e); });
    connect(session, &StreamSession::alertCleared, this, [this, id](const AlertEvent &e) { emit alertCleared(id, e); });
    connect(session, &StreamSession::messageRejected, this,
            [this, id](const QString &reason, const QByteArray &excerpt) { emit messageRejected(id, reason, excerpt); });
    connect(session, &StreamSession::recordingStarted, this,
            [this, id](const QString &dataset) { emit recordingStarted(id, dataset); });
    connect(session, &StreamSession::recordingFinished, this,
            [this, id](const QString &dataset, qint64 rows) { emit recordingFinished(id, dataset, rows); });
    connect(session, &StreamSession::recordingFailed, this,
            [this, id](const QString &message) { emit recordingFailed(id, message); });
    return session;
}

Result<void> StreamSessions::persist(const Item &item) const
{
    if (item.temporary)
        return {};
    StreamStore::Entry entry{item.id, item.session->config(), item.session->alertRules(), item.autoStart};
    const Result<StreamStore::Entry> saved = StreamStore(m_dataDir).save(entry);
    if (!saved)
        return saved.error();
    return {};
}

Result<QString> StreamSessions::add(const StreamConfig &config, const QList<AlertRule> &rules, bool temporary)
{
    if (const Result<void> ok = config.check(); !ok)
        return ok.error();
    for (const Item &item : std::as_const(m_items))
        if (item.session->config().displayName().compare(config.displayName(), Qt::CaseInsensitive) == 0)
            return invalid(tr("A stream named \"%1\" is watched already").arg(config.displayName()));
    QString id;
    if (temporary) {
        id = uniqueTemporaryId(config.displayName());
    } else {
        const Result<StreamStore::Entry> saved = StreamStore(m_dataDir).save({QString(), config, rules, false});
        if (!saved)
            return saved.error();
        id = saved->id;
    }
    m_items << Item{id, createSession(id, config, rules), temporary, false};
    emit listChanged();
    return id;
}

Result<void> StreamSessions::edit(const QString &id, const StreamConfig &config)
{
    Item *item = find(id);
    if (!item)
        return Error(Error::Code::NotFound, tr("No stream \"%1\"").arg(id));
    if (const Result<void> ok = config.check(); !ok)
        return ok.error();
    for (const Item &other : std::as_const(m_items))
        if (other.id != id
            && other.session->config().displayName().compare(config.displayName(), Qt::CaseInsensitive) == 0)
            return invalid(tr("A stream named \"%1\" is watched already").arg(config.displayName()));
    const StreamSource::State state = item->session->state();
    const bool running = state != StreamSource::State::Idle && state != StreamSource::State::Stopped;
    StreamSession *old = item->session;
    item->session = createSession(id, config, old->alertRules());
    const Result<void> saved = persist(*item);
    if (running)
        item->session->start();
    emit listChanged(); // views let go of the old session before it goes
    delete old;
    return saved;
}

Result<void> StreamSessions::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return Error(Error::Code::NotFound, tr("No stream \"%1\"").arg(id));
    const Item item = m_items.takeAt(i);
    emit listChanged(); // views let go of the session before it goes
    delete item.session;
    if (item.temporary)
        return {};
    return StreamStore(m_dataDir).remove(id);
}

Result<void> StreamSessions::setRules(const QString &id, const QList<AlertRule> &rules)
{
    for (const AlertRule &r : rules)
        if (const Result<void> ok = r.check(); !ok)
            return ok.error();
    Item *item = find(id);
    if (!item)
        return Error(Error::Code::NotFound, tr("No stream \"%1\"").arg(id));
    item->session->setAlertRules(rules);
    emit rulesChanged(id);
    return persist(*item);
}

void StreamSessions::start(const QString &id)
{
    Item *item = find(id);
    if (!item)
        return;
    item->session->start();
    item->autoStart = true; // what runs when the app closes runs again when it starts
    if (const Result<void> r = persist(*item); !r)
        qCWarning(lcApp).noquote() << "streams:" << r.error().toString();
}

void StreamSessions::stop(const QString &id)
{
    Item *item = find(id);
    if (!item)
        return;
    item->session->stop();
    item->autoStart = false;
    if (const Result<void> r = persist(*item); !r)
        qCWarning(lcApp).noquote() << "streams:" << r.error().toString();
}

void StreamSessions::startRecording(const QString &id, const StreamRecorder::Options &options)
{
    if (StreamSession *s = session(id))
        s->startRecording(options);
}

void StreamSessions::stopRecording(const QString &id)
{
    if (StreamSession *s = session(id))
        s->stopRecording();
}

} // namespace urbis
