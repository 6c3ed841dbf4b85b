#include "remoteprofiles.h"

#include "../atomicfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace urbis {

RemoteProfiles::RemoteProfiles(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString RemoteProfiles::path() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("remotes.json"));
}

Result<QList<RemoteProfile>> RemoteProfiles::list() const
{
    QFile f(path());
    if (!f.exists())
        return QList<RemoteProfile>();
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read %1").arg(QDir::toNativeSeparators(path())), f.errorString());
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return Error(Error::Code::Corrupt, tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(path()), parse.errorString()));
    QList<RemoteProfile> out;
    for (const QJsonValue v : doc.object().value(QStringLiteral("remotes")).toArray())
        out << RemoteProfile::fromJson(v.toObject());
    std::sort(out.begin(), out.end(), [](const RemoteProfile &a, const RemoteProfile &b) { return a.name < b.name; });
    return out;
}

Result<RemoteProfile> RemoteProfiles::find(const QString &name) const
{
    Result<QList<RemoteProfile>> all = list();
    if (!all)
        return all.error();
    for (const RemoteProfile &p : std::as_const(*all))
        if (p.name == name)
            return p;
    return Error(Error::Code::NotFound, tr("There is no remote \"%1\" (urbis remote list shows them)").arg(name));
}

Result<void> RemoteProfiles::add(const RemoteProfile &profile, bool replace)
{
    if (Result<void> ok = profile.check(); !ok)
        return ok;
    Result<QList<RemoteProfile>> all = list();
    if (!all)
        return all.error();
    const auto it = std::find_if(all->begin(), all->end(), [&](const RemoteProfile &p) { return p.name == profile.name; });
    if (it != all->end() && !replace)
        return Error(Error::Code::Conflict, tr("A remote named \"%1\" exists already").arg(profile.name));
    if (it != all->end())
        *it = profile;
    else
        all->append(profile);
    return save(*all);
}

Result<void> RemoteProfiles::remove(const QString &name)
{
    Result<QList<RemoteProfile>> all = list();
    if (!all)
        return all.error();
    const qsizetype before = all->size();
    all->removeIf([&](const RemoteProfile &p) { return p.name == name; });
    if (all->size() == before)
        return Error(Error::Code::NotFound, tr("There is no remote \"%1\"").arg(name));
    return save(*all);
}

Result<void> RemoteProfiles::save(const QList<RemoteProfile> &profiles) const
{
    QJsonArray arr;
    for (const RemoteProfile &p : profiles)
        arr.append(p.toJson());
    QDir().mkpath(m_dataDir);
    Result<AtomicFile> file = AtomicFile::create(m_dataDir);
    if (!file)
        return file.error();
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("remotes"), arr}}).toJson();
    if (Result<void> written = file->write(bytes.constData(), bytes.size()); !written)
        return written;
    return file->commitTo(path());
}

} // namespace urbis
