#include "mqttsource.h"

#include "mqttlink.h"
#include "streamlogging.h"

#include <mosquitto.h>

#include <cstring>

namespace urbis {

namespace {

constexpr int kEventsPerDrain = 2000; // then yield to the event loop (flush timer, stop())

/** What a lost or failed connection means for users. */
QString describeLoss(const MqttLink::Event &e, const QString &host, int keepaliveSecs)
{
    if (e.connack == 4 || e.connack == 5) // bad user name or password / not authorised
        return MqttSource::tr("The broker refused the login: check the user name and password");
    if (e.connack > 0)
        return MqttSource::tr("The broker refused the connection: %1")
            .arg(QString::fromUtf8(mosquitto_connack_string(e.connack)));
    switch (e.code) {
    case MOSQ_ERR_ERRNO:
        if (e.sysErrno == ECONNREFUSED)
            return MqttSource::tr("%1 refused the connection: is the broker running?").arg(host);
        return MqttSource::tr("The connection to %1 failed: %2")
            .arg(host, QString::fromLocal8Bit(std::strerror(e.sysErrno)));
    case MOSQ_ERR_EAI:
        return MqttSource::tr("Host %1 not found: check the address").arg(host);
    case MOSQ_ERR_TLS:
        return MqttSource::tr("Secure connection to %1 failed: a private broker needs its CA certificate in "
                              "the CA file")
            .arg(host);
    case MOSQ_ERR_KEEPALIVE:
        return MqttSource::tr("No answer from the broker for %1 s: the link is dead, reconnecting")
            .arg(keepaliveSecs);
    case MqttLink::kTimedOut:
        return MqttSource::tr("No answer from %1 within %2 s").arg(host).arg(keepaliveSecs);
    case MOSQ_ERR_CONN_LOST:
    case MOSQ_ERR_SUCCESS:
        return MqttSource::tr("The connection to %1 was lost").arg(host);
    default:
        return MqttSource::tr("The connection to %1 failed: %2")
            .arg(host, QString::fromUtf8(mosquitto_strerror(e.code)));
    }
}

} // namespace

struct MqttSource::Private
{
    std::shared_ptr<MqttLink> link;
    std::vector<MqttLink::Event> events;
    QByteArray lastTopicBytes;
    QString lastTopic;
    bool started = false;
};

MqttSource::MqttSource(StreamConfig config, QObject *parent)
    : StreamSource(std::move(config), parent), d(std::make_unique<Private>())
{}

MqttSource::~MqttSource()
{
    if (d->link)
        d->link->stop();
}

void MqttSource::start()
{
    if (d->started)
        return;
    d->started = true;
    markStarting();
    const bool tls = m_config.url.scheme().toLower() == u"mqtts";
    MqttLink::Settings s;
    s.host = m_config.url.host().toUtf8();
    s.port = m_config.url.port(tls ? 8883 : 1883);
    s.keepaliveSecs = std::max(5, m_config.heartbeatSecs);
    s.connectTimeoutMs = std::max(5, m_config.heartbeatSecs) * 1000;
    s.username = (m_config.username.isEmpty() ? m_config.url.userName() : m_config.username).toUtf8();
    s.password = (m_config.password.isEmpty() ? m_config.url.password() : m_config.password).toUtf8();
    s.tls = tls;
    s.caFile = m_config.caFile.toLocal8Bit();
    for (const QString &t : m_config.topics)
        s.topics.append(t.toUtf8());
    s.qos = m_config.qos;
    s.backoffInitialMs = m_config.backoffInitialMs;
    s.backoffMaxMs = m_config.backoffMaxMs;
    qCDebug(lcStream) << "connecting to" << m_config.url.toString(QUrl::RemoveUserInfo);
    d->link = MqttLink::start(
        s, [this] { QMetaObject::invokeMethod(this, &MqttSource::drain, Qt::QueuedConnection); });
}

void MqttSource::stop()
{
    if (!d->started)
        return;
    d->started = false;
    d->link->stop();
    while (process(kEventsPerDrain)) {
    } // what arrived before the stop still counts
    d->link.reset();
    markStopped();
}

void MqttSource::drain()
{
    if (d->link && process(kEventsPerDrain))
        QMetaObject::invokeMethod(this, &MqttSource::drain, Qt::QueuedConnection);
}

bool MqttSource::process(int max)
{
    d->events.clear();
    const bool more = d->link->take(d->events, max);
    for (const MqttLink::Event &e : d->events) {
        switch (e.kind) {
        case MqttLink::Event::Kind::Message:
            if (e.topic != d->lastTopicBytes) {
                d->lastTopicBytes = e.topic;
                d->lastTopic = QString::fromUtf8(e.topic);
            }
            handleMessage(QByteArrayView(e.payload), d->lastTopic);
            break;
        case MqttLink::Event::Kind::Connected:
            linkUp();
            break;
        case MqttLink::Event::Kind::SubscribeRefused:
            setLastError(tr("The broker refused the subscription to \"%1\"").arg(QString::fromUtf8(e.topic)));
            break;
        case MqttLink::Event::Kind::Lost:
            linkDown(describeLoss(e, m_config.url.host(), std::max(5, m_config.heartbeatSecs)));
            setState(State::Reconnecting);
            break;
        }
    }
    return more;
}

} // namespace urbis
