#pragma once

#include <QByteArray>
#include <QList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

struct mosquitto;
struct mosquitto_message;

namespace urbis {

/**
 * One libmosquitto client on a thread of its own: connects, subscribes after every connect,
 * reconnects with ReconnectPolicy's waits, and queues what happens (messages, connects, losses)
 * for MqttSource, which takes the events on its own thread.
 *
 * The queue wakes the consumer once when it goes non-empty, not once a message; it holds at most
 * kMaxQueuedBytes of payload, beyond which the client stops reading and the broker feels the
 * back-pressure. The thread owns a reference to the link, so stop() can give up waiting for a
 * connect blocked in the kernel without leaving the thread with freed memory; `wake` is never
 * called after stop() returned.
 */
class MqttLink : public std::enable_shared_from_this<MqttLink>
{
public:
    struct Settings
    {
        QByteArray host;
        int port = 1883;
        int keepaliveSecs = 15;
        int connectTimeoutMs = 15'000;
        QByteArray username;
        QByteArray password;
        bool tls = false;
        QByteArray caFile;
        QList<QByteArray> topics;
        int qos = 0;
        int backoffInitialMs = 500;
        int backoffMaxMs = 30'000;
    };
    struct Event
    {
        enum class Kind { Message, Connected, Lost, SubscribeRefused };
        Kind kind = Kind::Message;
        QByteArray topic;   ///< Message; SubscribeRefused: the filter
        QByteArray payload; ///< Message
        int code = 0;       ///< Lost: a MOSQ_ERR_* value, or kTimedOut
        int connack = -1;   ///< Lost: the broker's CONNACK refusal, -1 = none
        int sysErrno = 0;   ///< Lost with MOSQ_ERR_ERRNO
    };
    static constexpr int kTimedOut = -1000;
    static constexpr qint64 kMaxQueuedBytes = 32 << 20;

    static std::shared_ptr<MqttLink> start(Settings settings, std::function<void()> wake);
    ~MqttLink();

    /** Ends the connection and the thread (waits up to 3 s for it). Queued events stay takeable. */
    void stop();
    /** Moves up to `max` events into `out`; true when more are waiting. */
    bool take(std::vector<Event> &out, int max);

private:
    MqttLink(Settings settings, std::function<void()> wake);
    void run();
    int connectOnce(mosquitto *m);
    void post(Event &&event);
    bool stopping() const;
    void waitMs(int ms);

    static void onConnect(mosquitto *, void *self, int rc);
    static void onSubscribe(mosquitto *, void *self, int mid, int count, const int *granted);
    static void onMessage(mosquitto *, void *self, const mosquitto_message *message);

    const Settings m_settings;
    const std::function<void()> m_wake;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed; ///< queue space, stop, thread finished
    std::deque<Event> m_queue;
    qint64 m_queuedBytes = 0;
    bool m_stopping = false;
    bool m_finished = false;
    // Touched by the link thread only.
    int m_connack = -1;
    bool m_ready = false;     ///< CONNACK accepted and subscriptions answered
    bool m_delivered = false; ///< this connection brought a message
    int m_subscribeMid = -1;
    QByteArray m_lastTopic;
};

} // namespace urbis
