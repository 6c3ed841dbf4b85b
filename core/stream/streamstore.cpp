#include "streamstore.h"

#include "../storage/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace urbis {

namespace {

const QString kStreams = QStringLiteral("streams");

bool validId(const QString &id)
{
    if (id.isEmpty() || id.startsWith(u'-'))
        return false;
    return std::all_of(id.cbegin(), id.cend(),
                       [](QChar c) { return c == u'-' || (c.isLetterOrNumber() && !c.isUpper()); });
}

Error corrupt(const QString &path, const QString &what, const QString &detail = {})
{
    return Error(Error::Code::InvalidData, StreamStore::tr("%1: %2").arg(path, what), detail);
}

QJsonObject entryToJson(const StreamStore::Entry &e)
{
    QJsonArray rules;
    for (const AlertRule &r : e.rules)
        rules.append(r.toJson());
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("config"), e.config.toJson()},
            {QStringLiteral("alertRules"), rules},
            {QStringLiteral("autoStart"), e.autoStart}};
}

Result<StreamStore::Entry> entryFromJson(const QString &path, int index, const QJsonValue &v)
{
    const auto bad = [&](const QString &message, const QString &detail = {}) {
        return corrupt(path, StreamStore::tr("stream %1: %2").arg(index + 1).arg(message), detail);
    };
    if (!v.isObject())
        return bad(StreamStore::tr("not an object"));
    const QJsonObject o = v.toObject();
    StreamStore::Entry e;
    e.id = o.value(QLatin1String("id")).toString();
    if (!validId(e.id))
        return bad(StreamStore::tr("\"%1\" is not a stream id").arg(e.id));
    if (!o.value(QLatin1String("config")).isObject())
        return bad(StreamStore::tr("no config"));
    Result<StreamConfig> config = StreamConfig::fromJson(o.value(QLatin1String("config")).toObject());
    if (!config)
        return bad(config.error().message, config.error().detail);
    e.config = std::move(*config);
    const QJsonValue rules = o.value(QLatin1String("alertRules"));
    if (!rules.isUndefined() && !rules.isArray())
        return bad(StreamStore::tr("\"alertRules\" is not a list"));
    for (const QJsonValue r : rules.toArray()) {
        Result<AlertRule> rule = AlertRule::fromJson(r.toObject());
        if (!rule)
            return bad(rule.error().message, rule.error().detail);
        e.rules.append(*rule);
    }
    const QJsonValue autoStart = o.value(QLatin1String("autoStart"));
    if (!autoStart.isUndefined() && !autoStart.isBool())
        return bad(StreamStore::tr("\"autoStart\" is not true or false"));
    e.autoStart = autoStart.toBool();
    return e;
}

} // namespace

StreamStore::StreamStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString StreamStore::path() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("streams.json"));
}

Result<QList<StreamStore::Entry>> StreamStore::list() const
{
    const QString file = path();
    QFile f(file);
    if (!f.exists())
        return QList<Entry>();
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read %1").arg(file), f.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(file, tr("not valid JSON (at character %1)").arg(parseError.offset),
                       parseError.errorString());
    if (!doc.isObject() || !doc.object().value(kStreams).isArray())
        return corrupt(file, tr("no list of streams"));
    QList<Entry> entries;
    QSet<QString> ids;
    const QJsonArray streams = doc.object().value(kStreams).toArray();
    for (int i = 0; i < streams.size(); ++i) {
        Result<Entry> e = entryFromJson(file, i, streams.at(i));
        if (!e)
            return e.error();
        if (ids.contains(e->id))
            return corrupt(file, tr("the stream id \"%1\" is used twice").arg(e->id));
        ids.insert(e->id);
        entries.append(std::move(*e));
    }
    return entries;
}

Result<StreamStore::Entry> StreamStore::get(const QString &id) const
{
    Result<QList<Entry>> entries = list();
    if (!entries)
        return entries.error();
    for (const Entry &e : *entries) {
        if (e.id == id)
            return e;
    }
    return Error(Error::Code::NotFound, tr("There is no stream \"%1\"").arg(id));
}

Result<StreamStore::Entry> StreamStore::save(Entry entry)
{
    if (Result<void> ok = entry.config.check(); !ok)
        return ok.error();
    for (const AlertRule &r : std::as_const(entry.rules)) {
        if (Result<void> ok = r.check(); !ok)
            return ok.error();
    }
    // A corrupt file stops here: it is the user's to repair, not ours to replace.
    Result<QList<Entry>> entries = list();
    if (!entries)
        return entries.error();
    if (entry.id.isEmpty()) {
        const QString base = AlertRule::idFromName(entry.config.displayName());
        entry.id = base;
        const auto taken = [&](const QString &id) {
            return std::any_of(entries->cbegin(), entries->cend(),
                               [&](const Entry &e) { return e.id == id; });
        };
        for (int n = 2; taken(entry.id); ++n)
            entry.id = QStringLiteral("%1-%2").arg(base).arg(n);
    }
    if (!validId(entry.id))
        return Error(Error::Code::InvalidArgument,
                     tr("\"%1\" is not a stream id: use lower-case letters, digits and '-'").arg(entry.id));
    auto same =
        std::find_if(entries->begin(), entries->end(), [&](const Entry &e) { return e.id == entry.id; });
    if (same != entries->end())
        *same = entry;
    else
        entries->append(entry);
    if (Result<void> w = write(*entries); !w)
        return w.error();
    return entry;
}

Result<void> StreamStore::remove(const QString &id)
{
    Result<QList<Entry>> entries = list();
    if (!entries)
        return entries.error();
    const qsizetype removed = entries->removeIf([&](const Entry &e) { return e.id == id; });
    if (removed == 0)
        return Error(Error::Code::NotFound, tr("There is no stream \"%1\"").arg(id));
    return write(*entries);
}

Result<void> StreamStore::write(const QList<Entry> &entries)
{
    QJsonArray streams;
    for (const Entry &e : entries)
        streams.append(entryToJson(e));
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {kStreams, streams}})
                                 .toJson(QJsonDocument::Indented);
    // Temp file beside the target + fsync + rename: a crash leaves the old or the new list, never half.
    Result<AtomicFile> file = AtomicFile::create(m_dataDir);
    if (!file)
        return file.error();
    if (Result<void> w = file->write(bytes.constData(), bytes.size()); !w)
        return w;
    return file->commitTo(path());
}

} // namespace urbis
