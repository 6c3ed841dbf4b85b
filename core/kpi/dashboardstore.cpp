#include "dashboardstore.h"

#include "../storage/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

// Resources compiled into a static library must be registered by name, from the global namespace.
static void initTemplatesResource()
{
    Q_INIT_RESOURCE(templates);
}

namespace urbis {

namespace {

const QString kTemplateDir = QStringLiteral(":/kpi/templates");
const QString kSuffix = QStringLiteral(".json");

bool validId(const QString &id)
{
    static const QRegularExpression syntax(QStringLiteral("^[a-z0-9-]+$"));
    return syntax.match(id).hasMatch();
}

Error badId(const QString &id)
{
    return Error(Error::Code::InvalidArgument,
                 DashboardStore::tr("\"%1\" is not a dashboard id: use lower-case letters, digits and '-'").arg(id));
}

Result<QJsonObject> readObject(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error(Error::Code::NotFound, DashboardStore::tr("There is no dashboard file %1").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, DashboardStore::tr("Cannot read %1").arg(path), f.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Error::Code::InvalidData,
                     DashboardStore::tr("%1 is not valid JSON (at character %2)").arg(path).arg(parseError.offset),
                     parseError.errorString());
    if (!doc.isObject())
        return Error(Error::Code::InvalidData, DashboardStore::tr("%1 does not hold a dashboard object").arg(path));
    return doc.object();
}

Result<Dashboard> readDashboard(const QString &path, const QString &id)
{
    Result<QJsonObject> o = readObject(path);
    if (!o)
        return o.error();
    Result<Dashboard> d = Dashboard::fromJson(*o);
    if (!d)
        return Error(d.error().code, DashboardStore::tr("%1: %2").arg(path, d.error().message), d.error().detail);
    // The file name is the id (a renamed or copied file must not save over its original).
    d->id = id;
    return d;
}

// Reads only what a list shows; a broken file is still listed (by its id) so it can be removed.
DashboardStore::Entry entryOf(const QString &path, const QString &id)
{
    DashboardStore::Entry e{id, id, {}};
    if (Result<QJsonObject> o = readObject(path)) {
        e.title = o->value(QStringLiteral("title")).toString(id);
        e.description = o->value(QStringLiteral("description")).toString();
        if (e.title.isEmpty())
            e.title = id;
    }
    return e;
}

QList<DashboardStore::Entry> entriesIn(const QString &folder)
{
    QList<DashboardStore::Entry> entries;
    const QDir dir(folder);
    // Only "<id>.json": AtomicFile's temporary ".urbis-*.part" files and stray files are not dashboards.
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString id = fi.completeBaseName();
        if (validId(id))
            entries.append(entryOf(fi.filePath(), id));
    }
    std::sort(entries.begin(), entries.end(), [](const DashboardStore::Entry &a, const DashboardStore::Entry &b) {
        const int c = QString::localeAwareCompare(a.title, b.title);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return entries;
}

} // namespace

DashboardStore::DashboardStore(QString dataDir) : m_dataDir(std::move(dataDir))
{
}

QString DashboardStore::folder() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("dashboards"));
}

Result<QList<DashboardStore::Entry>> DashboardStore::list() const
{
    const QFileInfo fi(folder());
    if (fi.exists() && !fi.isDir())
        return Error(Error::Code::Io, tr("%1 is not a folder").arg(folder()));
    return entriesIn(folder());
}

Result<Dashboard> DashboardStore::load(const QString &id) const
{
    if (!validId(id))
        return badId(id);
    return readDashboard(QDir(folder()).filePath(id + kSuffix), id);
}

Result<void> DashboardStore::save(const Dashboard &dashboard)
{
    if (!validId(dashboard.id))
        return badId(dashboard.id);
    const QByteArray bytes = QJsonDocument(dashboard.toJson()).toJson(QJsonDocument::Indented);
    // Temp file in the same folder + fsync + rename: a crash leaves the old or the new file, never half.
    Result<AtomicFile> file = AtomicFile::create(folder());
    if (!file)
        return file.error();
    if (Result<void> w = file->write(bytes.constData(), bytes.size()); !w)
        return w.error();
    return file->commitTo(QDir(folder()).filePath(dashboard.id + kSuffix));
}

Result<void> DashboardStore::remove(const QString &id)
{
    if (!validId(id))
        return badId(id);
    QFile f(QDir(folder()).filePath(id + kSuffix));
    if (!f.exists())
        return Error(Error::Code::NotFound, tr("There is no dashboard \"%1\"").arg(id));
    if (!f.remove())
        return Error(Error::Code::Io, tr("Cannot remove the dashboard \"%1\"").arg(id), f.errorString());
    return {};
}

QList<DashboardStore::Entry> DashboardStore::templates()
{
    initTemplatesResource();
    return entriesIn(kTemplateDir);
}

Result<Dashboard> DashboardStore::loadTemplate(const QString &id)
{
    initTemplatesResource();
    if (!validId(id))
        return badId(id);
    const QString path = QDir(kTemplateDir).filePath(id + kSuffix);
    if (!QFile::exists(path))
        return Error(Error::Code::NotFound, tr("There is no dashboard template \"%1\"").arg(id));
    return readDashboard(path, id);
}

Result<Dashboard> DashboardStore::createFromTemplate(const QString &templateId)
{
    Result<Dashboard> d = loadTemplate(templateId);
    if (!d)
        return d;
    const QDir dir(folder());
    QString id = templateId;
    for (int n = 2; QFile::exists(dir.filePath(id + kSuffix)); ++n)
        id = QStringLiteral("%1-%2").arg(templateId).arg(n);
    d->id = id;
    if (Result<void> s = save(*d); !s)
        return s.error();
    return d;
}

} // namespace urbis
