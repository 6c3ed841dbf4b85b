#include "workspacerole.h"

#include "../storage/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace urbis {

namespace {

const QString kFileName = QStringLiteral("workspace.json");
const QString kRoleKey = QStringLiteral("role");

// Other settings may share the file; read them so a role change keeps them.
QJsonObject readSettings(const QString &dataDir)
{
    QFile f(QDir(dataDir).filePath(kFileName));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return doc.isObject() ? doc.object() : QJsonObject();
}

} // namespace

WorkspaceRole::Role WorkspaceRole::read(const QString &dataDir)
{
    // Anything but an explicit "viewer" is the user's own workspace: locking people out of their
    // own dashboards because of a garbled file would be worse than the accidental edit this guards.
    const QString role = readSettings(dataDir).value(kRoleKey).toString();
    return role.compare(name(Role::Viewer), Qt::CaseInsensitive) == 0 ? Role::Viewer : Role::Editor;
}

Result<void> WorkspaceRole::write(const QString &dataDir, Role role)
{
    QJsonObject settings = readSettings(dataDir);
    settings[kRoleKey] = name(role);
    const QByteArray bytes = QJsonDocument(settings).toJson(QJsonDocument::Indented);
    Result<AtomicFile> file = AtomicFile::create(dataDir);
    if (!file)
        return file.error();
    if (Result<void> w = file->write(bytes.constData(), bytes.size()); !w)
        return w.error();
    return file->commitTo(QDir(dataDir).filePath(kFileName));
}

QString WorkspaceRole::name(Role role)
{
    return role == Role::Viewer ? QStringLiteral("viewer") : QStringLiteral("editor");
}

} // namespace urbis
