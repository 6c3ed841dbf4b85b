#include "workspace.h"

#include "../util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace urbis {

QString Workspace::defaultDataDir()
{
    const QString env = qEnvironmentVariable("URBIS_DATA_DIR");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("urbis"));
}

QString Workspace::catalogPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("catalog.sqlite"));
}

Result<Workspace> Workspace::open(const QString &dataDir, const QString &profile)
{
    const QString dir = QDir(dataDir).absolutePath();
    if (!QDir().mkpath(dir))
        return Error(Error::Code::Io,
                     QCoreApplication::translate("urbis::Workspace", "Cannot create the data folder %1").arg(dir));
    Result<Catalog> catalog = Catalog::open(QDir(dir).filePath(QStringLiteral("catalog.sqlite")), profile);
    if (!catalog)
        return catalog.error();
    auto store = std::make_shared<LocalObjectStore>(QDir(dir).filePath(QStringLiteral("objects")));
    qCDebug(lcWorkspace) << "opened workspace" << dir;
    return Workspace(dir, std::move(*catalog), std::move(store));
}

Result<Catalog> Workspace::openCatalog() const
{
    return Catalog::open(catalogPath(), m_catalog.profile());
}

Result<GcReport> Workspace::collectGarbage(Feedback *feedback, int graceSecs)
{
    Result<QSet<QString>> refs = m_catalog.referencedBlobs();
    if (!refs)
        return refs.error();
    Result<GcReport> report = m_store->collectGarbage(*refs, feedback, graceSecs);
    if (!report)
        return report;
    // Work folders of imports killed before they could clean up (a running import's folder is
    // younger than the grace period, so it is left alone).
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-graceSecs);
    const QDir work(workDir());
    for (const QFileInfo &fi : work.entryInfoList({QStringLiteral("import-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (fi.lastModified().toUTC() > cutoff)
            continue;
        if (QDir(fi.absoluteFilePath()).removeRecursively())
            ++report->removedTemps;
        else
            qCWarning(lcWorkspace) << "cannot remove the stale work folder" << fi.absoluteFilePath();
    }
    return report;
}

QString Workspace::workDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("tmp"));
}

} // namespace urbis
