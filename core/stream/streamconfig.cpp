#include "streamconfig.h"

#include <QFileInfo>
#include <QJsonArray>

namespace urbis {

namespace {

/** MQTT filter rules: '#' only as the whole last level, '+' only as a whole level. */
bool validTopicFilter(const QString &filter)
{
    if (filter.isEmpty() || filter.toUtf8().size() > 65535)
        return false;
    const QStringList levels = filter.split(u'/');
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString &level = levels[i];
        if (level.contains(u'#') && (level != u"#" || i != levels.size() - 1))
            return false;
        if (level.contains(u'+') && level != u"+")
            return false;
    }
    return true;
}

} // namespace

StreamConfig::Kind StreamConfig::kind() const
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"mqtt" || scheme == u"mqtts" ? Kind::Mqtt : Kind::WebSocket;
}

Result<void> StreamConfig::check() const
{
    auto invalid = [](const QString &message) { return Error(Error::Code::InvalidArgument, message); };
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || !QStringList{QStringLiteral("ws"), QStringLiteral("wss"), QStringLiteral("mqtt"),
                                       QStringLiteral("mqtts")}
                               .contains(scheme))
        return invalid(tr("The address must start with ws://, wss://, mqtt:// or mqtts://: \"%1\"")
                           .arg(url.toString(QUrl::RemovePassword)));
    if (url.host().isEmpty())
        return invalid(tr("The address \"%1\" names no host").arg(url.toString(QUrl::RemovePassword)));
    if (kind() == Kind::Mqtt) {
        if (qos != 0 && qos != 1)
            return invalid(tr("The MQTT quality of service must be 0 or 1, not %1").arg(qos));
        for (const QString &topic : topics)
            if (!validTopicFilter(topic))
                return invalid(
                    tr("\"%1\" is not an MQTT topic filter: '+' and '#' must stand for a whole level, "
                       "'#' only at the end")
                        .arg(topic));
    }
    if (maxMessageBytes < 1)
        return invalid(tr("The message size limit must be at least 1 byte"));
    if (heartbeatSecs < 1)
        return invalid(tr("The heartbeat must be at least 1 second"));
    if (backoffInitialMs < 1 || backoffMaxMs < backoffInitialMs)
        return invalid(tr("The reconnect waits must be positive, the longest at least the first"));
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return invalid(tr("The CA certificate file \"%1\" cannot be read").arg(caFile));
    return {};
}

QString StreamConfig::displayName() const
{
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    return url.host().isEmpty() ? url.toString(QUrl::RemoveUserInfo) : url.host();
}

QJsonObject StreamConfig::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("url"), url.toString(QUrl::RemovePassword)},
                  {QStringLiteral("maxMessageBytes"), maxMessageBytes},
                  {QStringLiteral("heartbeatSecs"), heartbeatSecs},
                  {QStringLiteral("backoffInitialMs"), backoffInitialMs},
                  {QStringLiteral("backoffMaxMs"), backoffMaxMs}};
    if (kind() == Kind::Mqtt) {
        o.insert(QStringLiteral("topics"), QJsonArray::fromStringList(topics));
        o.insert(QStringLiteral("qos"), qos);
        o.insert(QStringLiteral("username"), username);
    } else {
        o.insert(QStringLiteral("subscribeMessage"), subscribeMessage);
    }
    if (!caFile.isEmpty())
        o.insert(QStringLiteral("caFile"), caFile);
    if (!mapping.isEmpty())
        o.insert(QStringLiteral("mapping"), mapping.toJson());
    return o;
}

Result<StreamConfig> StreamConfig::fromJson(const QJsonObject &o)
{
    auto bad = [](const char *key, const QString &expected) {
        return Error(Error::Code::InvalidData,
                     tr("Stream settings: \"%1\" must be %2").arg(QString::fromLatin1(key), expected));
    };
    StreamConfig c;
    struct Text
    {
        const char *key;
        QString *field;
    };
    for (const Text &t : {Text{"name", &c.name}, Text{"subscribeMessage", &c.subscribeMessage},
                          Text{"username", &c.username}, Text{"caFile", &c.caFile}}) {
        const QJsonValue v = o.value(QLatin1String(t.key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return bad(t.key, tr("text"));
        *t.field = v.toString();
    }
    if (!o.value(QLatin1String("url")).isString())
        return bad("url", tr("an address such as wss://host/path or mqtt://host:1883"));
    c.url = QUrl(o.value(QLatin1String("url")).toString());
    const QJsonValue topics = o.value(QLatin1String("topics"));
    if (!topics.isUndefined() && !topics.isArray())
        return bad("topics", tr("a list of topic filters"));
    for (const QJsonValue &t : topics.toArray()) {
        if (!t.isString())
            return bad("topics", tr("a list of topic filters"));
        c.topics.append(t.toString());
    }
    struct Number
    {
        const char *key;
        qint64 min;
        qint64 *wide;
        int *field;
    };
    for (const Number &n :
         {Number{"qos", 0, nullptr, &c.qos}, Number{"maxMessageBytes", 1, &c.maxMessageBytes, nullptr},
          Number{"heartbeatSecs", 1, nullptr, &c.heartbeatSecs},
          Number{"backoffInitialMs", 1, nullptr, &c.backoffInitialMs},
          Number{"backoffMaxMs", 1, nullptr, &c.backoffMaxMs}}) {
        const QJsonValue v = o.value(QLatin1String(n.key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < double(n.min) ||
            (n.field && v.toDouble() > std::numeric_limits<int>::max()))
            return bad(n.key, tr("a whole number of at least %1").arg(n.min));
        if (n.wide)
            *n.wide = qint64(v.toDouble());
        else
            *n.field = int(v.toDouble());
    }
    const QJsonValue mapping = o.value(QLatin1String("mapping"));
    if (!mapping.isUndefined()) {
        if (!mapping.isObject())
            return bad("mapping", tr("an object"));
        Result<FieldMapping> m = FieldMapping::fromJson(mapping.toObject());
        if (!m)
            return m.error();
        c.mapping = *m;
    }
    return c;
}

} // namespace urbis
