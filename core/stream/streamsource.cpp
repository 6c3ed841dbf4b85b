#include "streamsource.h"

#include "messageparser.h"
#include "messagerate.h"
#include "mqttsource.h"
#include "streamlogging.h"
#include "websocketsource.h"

#include <QDateTime>
#include <QTimer>

namespace urbis {

namespace {

constexpr int kRejectSignalsPerSecond = 20;
constexpr int kExcerptBytes = 200;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct StreamSource::Private
{
    QTimer *flushTimer = nullptr; ///< single shot, armed when the batch goes non-empty
    QTimer *rateTimer = nullptr;  ///< refreshes messagesPerSec while started
    StreamBatch pending;
    MessageRate rate;
    bool linkUp = false;
    bool everUp = false;
    qint64 gapSinceMs = 0; ///< 0 = no open gap
    qint64 rejectSecond = 0;
    int rejectsThisSecond = 0;
};

std::unique_ptr<StreamSource> StreamSource::create(const StreamConfig &config, QObject *parent)
{
    if (config.kind() == StreamConfig::Kind::Mqtt)
        return std::make_unique<MqttSource>(config, parent);
    return std::make_unique<WebSocketSource>(config, parent);
}

StreamSource::StreamSource(StreamConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), d(std::make_unique<Private>())
{
    qRegisterMetaType<urbis::StreamBatch>();
    qRegisterMetaType<urbis::StreamStats>();
    qRegisterMetaType<urbis::FieldMapping>();
    qRegisterMetaType<urbis::StreamSource::State>();
    // Children, so that moveToThread() takes the timers along.
    d->flushTimer = new QTimer(this);
    d->flushTimer->setSingleShot(true);
    d->flushTimer->setInterval(20);
    connect(d->flushTimer, &QTimer::timeout, this, &StreamSource::flush);
    d->rateTimer = new QTimer(this);
    d->rateTimer->setInterval(250);
    connect(d->rateTimer, &QTimer::timeout, this,
            [this] { m_stats.messagesPerSec = d->rate.perSecond(nowMs()); });
}

StreamSource::~StreamSource() = default;

void StreamSource::setBatchInterval(int ms)
{
    d->flushTimer->setInterval(std::max(0, ms));
}

void StreamSource::handleMessage(QByteArrayView message)
{
    handleMessage(message, QString());
}

void StreamSource::handleMessage(QByteArrayView message, const QString &fallbackEntity)
{
    const qint64 now = nowMs();
    ++m_stats.messages;
    m_stats.bytes += message.size();
    m_stats.lastMessageMs = now;
    d->rate.add(now);

    Result<QList<QJsonObject>> records = MessageParser::parse(message, m_config.maxMessageBytes);
    if (!records) {
        ++(records.error().code == Error::Code::Unsupported ? m_stats.oversized : m_stats.malformed);
        reject(records.error().message, message);
        return;
    }
    QString failure;
    for (const QJsonObject &record : std::as_const(*records)) {
        if (m_config.mapping.isEmpty()) {
            m_config.mapping = FieldMapping::infer(record);
            if (m_config.mapping.isEmpty()) {
                failure = tr("The record has no value that could be a measure or an attribute");
                continue;
            }
            qCInfo(lcStream) << "mapping inferred for" << m_config.displayName() << m_config.mapping.toJson();
            emit mappingInferred(m_config.mapping);
        }
        Result<StreamSample> sample = m_config.mapping.map(record, now);
        if (!sample) {
            failure = sample.error().message;
            continue;
        }
        if (sample->entity.isEmpty() && m_config.mapping.entityKey.isEmpty())
            sample->entity = fallbackEntity;
        d->pending.append(std::move(*sample));
    }
    if (!failure.isEmpty()) {
        ++m_stats.malformed;
        reject(failure, message);
    }
    if (!d->pending.isEmpty() && !d->flushTimer->isActive())
        d->flushTimer->start();
}

void StreamSource::reject(const QString &reason, QByteArrayView message)
{
    m_stats.lastError = reason;
    // A feed of nothing but garbage must not flood the receiver with signals.
    const qint64 second = m_stats.lastMessageMs / 1000;
    if (second != d->rejectSecond) {
        d->rejectSecond = second;
        d->rejectsThisSecond = 0;
    }
    if (++d->rejectsThisSecond > kRejectSignalsPerSecond)
        return;
    qCDebug(lcStream) << "message rejected:" << reason;
    emit messageRejected(reason,
                         message.first(std::min<qsizetype>(message.size(), kExcerptBytes)).toByteArray());
}

void StreamSource::dropOversized(const QString &reason)
{
    const qint64 now = nowMs();
    ++m_stats.messages;
    ++m_stats.oversized;
    m_stats.lastMessageMs = now;
    d->rate.add(now);
    reject(reason, {});
}

void StreamSource::flush()
{
    d->flushTimer->stop();
    if (d->pending.isEmpty())
        return;
    StreamBatch batch;
    batch.swap(d->pending);
    d->pending.reserve(batch.size());
    m_stats.samples += batch.size();
    emit samplesReceived(batch);
}

void StreamSource::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    const bool running = state != State::Idle && state != State::Stopped;
    if (running && !d->rateTimer->isActive())
        d->rateTimer->start();
    else if (!running)
        d->rateTimer->stop();
    emit stateChanged(state);
}

void StreamSource::linkDown(const QString &error)
{
    flush(); // what arrived before the gap goes out before gapStarted
    m_stats.lastError = error;
    if (!d->linkUp) {
        qCDebug(lcStream) << m_config.displayName() << "still down:" << error;
        return;
    }
    qCInfo(lcStream) << m_config.displayName() << "link down:" << error;
    d->linkUp = false;
    ++m_stats.gaps;
    d->gapSinceMs = nowMs();
    emit gapStarted(d->gapSinceMs);
}

void StreamSource::linkUp()
{
    if (d->everUp)
        ++m_stats.reconnects;
    d->everUp = true;
    d->linkUp = true;
    m_stats.lastError.clear();
    setState(State::Connected);
    if (d->gapSinceMs != 0) {
        const qint64 since = std::exchange(d->gapSinceMs, 0);
        emit gapEnded(since, nowMs());
    }
}

void StreamSource::setLastError(const QString &error)
{
    m_stats.lastError = error;
}

bool StreamSource::isLinkUp() const
{
    return d->linkUp;
}

void StreamSource::markStarting()
{
    m_stats = StreamStats();
    d->rate.clear();
    d->linkUp = false;
    d->everUp = false;
    d->gapSinceMs = 0;
    setState(State::Connecting);
}

void StreamSource::markStopped()
{
    flush();
    d->linkUp = false;
    if (d->gapSinceMs != 0) {
        const qint64 since = std::exchange(d->gapSinceMs, 0);
        emit gapEnded(since, nowMs());
    }
    m_stats.messagesPerSec = 0;
    setState(State::Stopped);
}

} // namespace urbis
