#include "websocketsource.h"

#include "reconnectpolicy.h"
#include "streamlogging.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QStringEncoder>
#include <QTimer>
#include <QWebSocket>

namespace urbis {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct WebSocketSource::Private
{
    Private(const StreamConfig &c) : policy(c.backoffInitialMs, c.backoffMaxMs) {}

    QPointer<QWebSocket> socket;
    ReconnectPolicy policy;
    QTimer *retryTimer = nullptr;
    QTimer *pingTimer = nullptr;
    bool started = false;
    bool closeQueued = false;
    qint64 attemptStartMs = 0;
    qint64 lastPongMs = 0;
    qint64 messagesAtConnect = 0;
    QString heartbeatError; ///< set when we aborted the link ourselves
    QString sslErrors;
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    QString socketErrorString;
    // Text frames arrive as QString; re-encoding into one reused buffer saves an allocation a message.
    QStringEncoder utf8{QStringEncoder::Utf8};
    QByteArray utf8Buffer;
};

WebSocketSource::WebSocketSource(StreamConfig config, QObject *parent)
    : StreamSource(std::move(config), parent), d(std::make_unique<Private>(m_config))
{
    d->retryTimer = new QTimer(this);
    d->retryTimer->setSingleShot(true);
    connect(d->retryTimer, &QTimer::timeout, this, &WebSocketSource::open);
    d->pingTimer = new QTimer(this);
    d->pingTimer->setInterval(std::max(100, m_config.heartbeatSecs * 1000 / 3));
    connect(d->pingTimer, &QTimer::timeout, this, &WebSocketSource::checkHeartbeat);
}

WebSocketSource::~WebSocketSource()
{
    if (d->socket) {
        d->socket->disconnect(this);
        d->socket->abort();
    }
}

void WebSocketSource::start()
{
    if (d->started)
        return;
    d->started = true;
    d->policy.reset();
    markStarting();
    open();
}

void WebSocketSource::stop()
{
    if (!d->started)
        return;
    d->started = false;
    d->retryTimer->stop();
    d->pingTimer->stop();
    if (QWebSocket *s = d->socket) {
        s->disconnect(this);
        s->close(QWebSocketProtocol::CloseCodeNormal);
        s->deleteLater();
        d->socket = nullptr;
    }
    markStopped();
}

void WebSocketSource::open()
{
    if (!d->started)
        return;
    d->closeQueued = false;
    d->heartbeatError.clear();
    d->sslErrors.clear();
    d->socketError = QAbstractSocket::UnknownSocketError;
    d->socketErrorString.clear();
    d->attemptStartMs = nowMs();

    auto *s = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    d->socket = s;
    // Four times the configured limit: what lies between is dropped by handleMessage with the
    // connection kept; beyond it Qt closes the link rather than buffer without end.
    const qint64 hardLimit = std::min<qint64>(m_config.maxMessageBytes * 4, std::numeric_limits<int>::max());
    s->setMaxAllowedIncomingMessageSize(quint64(hardLimit));
    s->setMaxAllowedIncomingFrameSize(quint64(hardLimit));
    if (m_config.url.scheme().toLower() == u"wss") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_config.caFile.isEmpty())
            ssl.addCaCertificates(m_config.caFile);
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        s->setSslConfiguration(ssl);
        connect(s, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            d->sslErrors = texts.join(QStringLiteral("; "));
        });
    }
    connect(s, &QWebSocket::connected, this, &WebSocketSource::onConnected);
    connect(s, &QWebSocket::textMessageReceived, this, &WebSocketSource::onTextMessage);
    connect(s, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &message) { handleMessage(QByteArrayView(message)); });
    connect(s, &QWebSocket::pong, this, [this] { d->lastPongMs = nowMs(); });
    auto onError = [this](QAbstractSocket::SocketError error) {
        d->socketError = error;
        if (d->socket)
            d->socketErrorString = d->socket->errorString();
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(s, &QWebSocket::errorOccurred, this, onError);
#else
    connect(s, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, onError);
#endif
    connect(s, &QWebSocket::stateChanged, this, [this, s](QAbstractSocket::SocketState state) {
        // Errors and the state change come in either order: handle the close once both are in.
        if (state == QAbstractSocket::UnconnectedState && !d->closeQueued) {
            d->closeQueued = true;
            // Only for this socket: a stop() and start() in between would have replaced it.
            QMetaObject::invokeMethod(
                this,
                [this, s] {
                    if (d->socket == s)
                        onClosed();
                },
                Qt::QueuedConnection);
        }
    });

    QNetworkRequest request(m_config.url);
    if (!m_config.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.bearerToken.toUtf8());
    qCDebug(lcStream) << "connecting to" << m_config.url.toString(QUrl::RemoveUserInfo);
    d->pingTimer->start(); // also times out a connect that hangs
    s->open(request);
}

void WebSocketSource::onConnected()
{
    d->lastPongMs = nowMs();
    d->messagesAtConnect = stats().messages;
    linkUp();
    if (!m_config.subscribeMessage.isEmpty())
        d->socket->sendTextMessage(m_config.subscribeMessage);
}

void WebSocketSource::onTextMessage(const QString &message)
{
    const qsizetype need = d->utf8.requiredSpace(message.size());
    if (d->utf8Buffer.size() < need)
        d->utf8Buffer.resize(need);
    char *begin = d->utf8Buffer.data();
    const char *end = d->utf8.appendToBuffer(begin, message);
    handleMessage(QByteArrayView(begin, end - begin));
}

void WebSocketSource::checkHeartbeat()
{
    QWebSocket *s = d->socket;
    if (!s)
        return;
    const qint64 now = nowMs();
    const qint64 limitMs = qint64(m_config.heartbeatSecs) * 1000;
    if (s->state() != QAbstractSocket::ConnectedState) {
        if (now - d->attemptStartMs > limitMs) {
            d->heartbeatError =
                tr("No answer from %1 within %2 s").arg(m_config.url.host()).arg(m_config.heartbeatSecs);
            s->abort();
        }
        return;
    }
    const qint64 lastSign = std::max({d->lastPongMs, lastMessageMs(), d->attemptStartMs});
    if (now - lastSign > limitMs) {
        d->heartbeatError = tr("No data and no answer to pings for %1 s: the link is dead, reconnecting")
                                .arg(m_config.heartbeatSecs);
        s->abort();
        return;
    }
    s->ping();
}

void WebSocketSource::onClosed()
{
    QWebSocket *s = d->socket;
    if (!s)
        return;
    const QString error = describeFailure();
    if (s->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData)
        dropOversized(tr("A message over %1 bytes: the connection was closed and is reopened")
                          .arg(m_config.maxMessageBytes * 4));
    const bool delivered = stats().messages > d->messagesAtConnect && isLinkUp();
    s->disconnect(this);
    s->deleteLater();
    d->socket = nullptr;
    d->pingTimer->stop();
    if (!d->started)
        return;
    if (delivered)
        d->policy.reset();
    linkDown(error);
    setState(State::Reconnecting);
    const int waitMs = d->policy.nextDelayMs();
    qCDebug(lcStream) << "reconnecting in" << waitMs << "ms";
    d->retryTimer->start(waitMs);
}

QString WebSocketSource::describeFailure() const
{
    const QWebSocket *s = d->socket;
    const QString host = m_config.url.port() > 0
                             ? QStringLiteral("%1:%2").arg(m_config.url.host()).arg(m_config.url.port())
                             : m_config.url.host();
    if (!d->heartbeatError.isEmpty())
        return d->heartbeatError;
    // QWebSocket reports a refused upgrade only as text: "...Unhandled http status code: 401 (Unauthorized)."
    static const QRegularExpression httpStatus(QStringLiteral("status code: (\\d+)(?: \\(([^)]*)\\))?"));
    const QRegularExpressionMatch http = httpStatus.match(d->socketErrorString);
    if (http.hasMatch()) {
        const int code = http.captured(1).toInt();
        if (code == 401 || code == 403)
            return tr("HTTP %1 from the server: check the token").arg(code);
        return tr("HTTP %1 %2 from the server: is %3 a WebSocket address?")
            .arg(code)
            .arg(http.captured(2), m_config.url.toString(QUrl::RemoveUserInfo));
    }
    switch (d->socketError) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("%1 refused the connection: is the server running?").arg(host);
    case QAbstractSocket::HostNotFoundError:
        return tr("Host %1 not found: check the address").arg(m_config.url.host());
    case QAbstractSocket::SslHandshakeFailedError:
        return tr("Secure connection to %1 failed: %2. A private server needs its CA certificate in the CA "
                  "file")
            .arg(host, d->sslErrors.isEmpty() ? d->socketErrorString : d->sslErrors);
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketTimeoutError:
        return tr("Network error talking to %1: %2").arg(host, d->socketErrorString);
    default:
        break;
    }
    if (s && s->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData)
        return tr("A message was too large: the connection was closed");
    if (s && s->closeCode() != QWebSocketProtocol::CloseCodeNormal && !s->closeReason().isEmpty())
        return tr("The server closed the connection: %1 (code %2)")
            .arg(s->closeReason())
            .arg(int(s->closeCode()));
    if (d->socketError == QAbstractSocket::RemoteHostClosedError || !d->socketErrorString.isEmpty() ||
        !isLinkUp())
        return d->socketErrorString.isEmpty()
                   ? tr("The connection to %1 was lost").arg(host)
                   : tr("The connection to %1 was lost: %2").arg(host, d->socketErrorString);
    return tr("The server closed the connection");
}

} // namespace urbis
