#include "scenariostore.h"

#include "../storage/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace urbis {

namespace {

const QString kSuffix = QStringLiteral(".json");

Error badId(const QString &id)
{
    return Error(Error::Code::InvalidArgument,
                 ScenarioStore::tr("\"%1\" is not a scenario id: use lower-case letters, digits and '-'").arg(id));
}

} // namespace

ScenarioStore::ScenarioStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString ScenarioStore::folder() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("scenarios"));
}

bool ScenarioStore::contains(const QString &id) const
{
    return Scenario::isValidId(id) && QFile::exists(QDir(folder()).filePath(id + kSuffix));
}

Result<Scenario> ScenarioStore::readFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error(Error::Code::NotFound, tr("There is no scenario file %1").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read %1").arg(path), f.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Error::Code::InvalidData, tr("%1 is not valid JSON (at character %2: %3)")
                                                   .arg(path).arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return Error(Error::Code::InvalidData, tr("%1 does not hold a scenario object").arg(path));
    Result<Scenario> s = Scenario::fromJson(doc.object());
    if (!s)
        return Error(s.error().code, tr("%1: %2").arg(path, s.error().message), s.error().detail);
    return s;
}

Result<QList<ScenarioStore::Entry>> ScenarioStore::list() const
{
    QList<Entry> entries;
    const QDir dir(folder());
    // Only "<id>.json": AtomicFile's temporary files and strays are not scenarios.
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString id = fi.completeBaseName();
        if (!Scenario::isValidId(id))
            continue;
        Entry e{id, id, Scenario::Type::Wildfire, {}};
        if (Result<Scenario> s = readFile(fi.filePath())) {
            e.name = s->displayName();
            e.type = s->type;
        } else {
            e.error = s.error().message;
        }
        entries << e;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return entries;
}

Result<Scenario> ScenarioStore::load(const QString &id) const
{
    if (!Scenario::isValidId(id))
        return badId(id);
    const QString path = QDir(folder()).filePath(id + kSuffix);
    if (!QFile::exists(path))
        return Error(Error::Code::NotFound, tr("There is no scenario \"%1\"").arg(id));
    Result<Scenario> s = readFile(path);
    if (s)
        s->id = id; // the file name is the id: a copied file must not save over its original
    return s;
}

Result<void> ScenarioStore::save(const Scenario &scenario)
{
    if (!Scenario::isValidId(scenario.id))
        return badId(scenario.id);
    if (Result<void> c = scenario.check(); !c)
        return c;
    if (!QDir().mkpath(folder()))
        return Error(Error::Code::Io, tr("Cannot create the folder %1").arg(folder()));
    const QByteArray bytes = QJsonDocument(scenario.toJson()).toJson(QJsonDocument::Indented);
    Result<AtomicFile> file = AtomicFile::create(folder());
    if (!file)
        return file.error();
    if (Result<void> w = file->write(bytes.constData(), bytes.size()); !w)
        return w;
    return file->commitTo(QDir(folder()).filePath(scenario.id + kSuffix));
}

Result<void> ScenarioStore::remove(const QString &id)
{
    if (!Scenario::isValidId(id))
        return badId(id);
    QFile f(QDir(folder()).filePath(id + kSuffix));
    if (!f.exists())
        return Error(Error::Code::NotFound, tr("There is no scenario \"%1\"").arg(id));
    if (!f.remove())
        return Error(Error::Code::Io, tr("Cannot remove the scenario \"%1\"").arg(id), f.errorString());
    return {};
}

} // namespace urbis
