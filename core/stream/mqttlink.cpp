#include "mqttlink.h"

#include "reconnectpolicy.h"
#include "streamlogging.h"

#include <QRandomGenerator>

#include <mosquitto.h>

#include <cerrno>
#include <chrono>
#include <mutex>
#include <thread>

namespace urbis {

namespace {

void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

} // namespace

std::shared_ptr<MqttLink> MqttLink::start(Settings settings, std::function<void()> wake)
{
    initLibrary();
    std::shared_ptr<MqttLink> link(new MqttLink(std::move(settings), std::move(wake)));
    // The thread keeps the link alive for as long as it runs (see stop()).
    std::thread([link] { link->run(); }).detach();
    return link;
}

MqttLink::MqttLink(Settings settings, std::function<void()> wake)
    : m_settings(std::move(settings)), m_wake(std::move(wake))
{}

MqttLink::~MqttLink() = default;

void MqttLink::stop()
{
    std::unique_lock lock(m_mutex);
    m_stopping = true;
    m_changed.notify_all();
    // A connect stuck in the kernel (an unreachable host) may take minutes; the thread then
    // finishes on its own, holding its own reference.
    m_changed.wait_for(lock, std::chrono::seconds(3), [this] { return m_finished; });
}

bool MqttLink::take(std::vector<Event> &out, int max)
{
    std::lock_guard lock(m_mutex);
    for (int i = 0; i < max && !m_queue.empty(); ++i) {
        m_queuedBytes -= m_queue.front().payload.size();
        out.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    m_changed.notify_all();
    return !m_queue.empty();
}

bool MqttLink::stopping() const
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

void MqttLink::waitMs(int ms)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping; });
}

void MqttLink::post(Event &&event)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopping || m_queuedBytes < kMaxQueuedBytes; });
    if (m_stopping)
        return;
    const bool wasEmpty = m_queue.empty();
    m_queuedBytes += event.payload.size();
    m_queue.push_back(std::move(event));
    if (wasEmpty)
        m_wake(); // under the lock: stop() cannot return between the check and the call
}

void MqttLink::run()
{
    const QByteArray clientId = "urbis-" + QByteArray::number(QRandomGenerator::global()->generate(), 16);
    mosquitto *m = mosquitto_new(clientId.constData(), true, this);
    int setupError = m ? MOSQ_ERR_SUCCESS : MOSQ_ERR_NOMEM;
    if (m) {
        mosquitto_int_option(m, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
        mosquitto_connect_callback_set(m, &MqttLink::onConnect);
        mosquitto_subscribe_callback_set(m, &MqttLink::onSubscribe);
        mosquitto_message_callback_set(m, &MqttLink::onMessage);
        if (!m_settings.username.isEmpty())
            setupError = mosquitto_username_pw_set(
                m, m_settings.username.constData(),
                m_settings.password.isEmpty() ? nullptr : m_settings.password.constData());
        if (setupError == MOSQ_ERR_SUCCESS && m_settings.tls) {
            // The system CAs always, plus the configured file; peer verification stays on.
            setupError =
                mosquitto_tls_set(m, m_settings.caFile.isEmpty() ? nullptr : m_settings.caFile.constData(),
                                  "/etc/ssl/certs", nullptr, nullptr, nullptr);
            if (setupError == MOSQ_ERR_SUCCESS)
                setupError = mosquitto_tls_opts_set(m, 1, nullptr, nullptr);
        }
    }
    ReconnectPolicy policy(m_settings.backoffInitialMs, m_settings.backoffMaxMs);
    while (!stopping()) {
        int sysErrno = 0;
        const int rc = setupError != MOSQ_ERR_SUCCESS ? setupError : connectOnce(m);
        if (rc == MOSQ_ERR_ERRNO)
            sysErrno = errno;
        if (stopping())
            break;
        post(Event{Event::Kind::Lost, {}, {}, rc, m_connack, sysErrno});
        if (m_delivered)
            policy.reset();
        waitMs(policy.nextDelayMs());
    }
    if (m)
        mosquitto_destroy(m);
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

int MqttLink::connectOnce(mosquitto *m)
{
    m_connack = -1;
    m_ready = false;
    m_delivered = false;
    m_subscribeMid = -1;
    // Blocking connect: mosquitto_loop() needs it (connect_async is for mosquitto_loop_start).
    int rc = mosquitto_connect(m, m_settings.host.constData(), m_settings.port, m_settings.keepaliveSecs);
    if (rc != MOSQ_ERR_SUCCESS)
        return rc;
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(m_settings.connectTimeoutMs);
    while (!stopping()) {
        rc = mosquitto_loop(m, 100, 1);
        if (rc != MOSQ_ERR_SUCCESS) {
            const int saved = errno;
            mosquitto_disconnect(m);
            errno = saved;
            return rc;
        }
        if (!m_ready && std::chrono::steady_clock::now() > deadline) {
            mosquitto_disconnect(m);
            return kTimedOut;
        }
    }
    mosquitto_disconnect(m);
    mosquitto_loop(m, 100, 1); // sends the DISCONNECT
    return MOSQ_ERR_SUCCESS;
}

void MqttLink::onConnect(mosquitto *m, void *self, int rc)
{
    auto *link = static_cast<MqttLink *>(self);
    if (rc != 0) {
        link->m_connack = rc; // the broker closes the connection; mosquitto_loop() reports it
        return;
    }
    std::vector<QByteArray> topics(link->m_settings.topics.begin(), link->m_settings.topics.end());
    if (topics.empty())
        topics.emplace_back("#");
    std::vector<char *> filters;
    for (QByteArray &t : topics)
        filters.push_back(t.data());
    mosquitto_subscribe_multiple(m, &link->m_subscribeMid, int(filters.size()), filters.data(),
                                 link->m_settings.qos, 0, nullptr);
}

void MqttLink::onSubscribe(mosquitto *, void *self, int mid, int count, const int *granted)
{
    auto *link = static_cast<MqttLink *>(self);
    if (mid != link->m_subscribeMid)
        return;
    for (int i = 0; i < count; ++i)
        if (granted[i] >= 0x80) {
            const QByteArray filter =
                i < link->m_settings.topics.size() ? link->m_settings.topics.at(i) : "#";
            link->post(Event{Event::Kind::SubscribeRefused, filter, {}, 0, -1, 0});
        }
    link->m_ready = true;
    link->post(Event{Event::Kind::Connected, {}, {}, 0, -1, 0});
}

void MqttLink::onMessage(mosquitto *, void *self, const mosquitto_message *message)
{
    auto *link = static_cast<MqttLink *>(self);
    link->m_delivered = true;
    // Feeds publish on few topics: share one topic array between their messages.
    if (link->m_lastTopic != message->topic)
        link->m_lastTopic = QByteArray(message->topic);
    link->post(Event{Event::Kind::Message, link->m_lastTopic,
                     QByteArray(static_cast<const char *>(message->payload), message->payloadlen), 0, -1, 0});
}

} // namespace urbis
