#include "alertlog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace urbis {

namespace {

// A line a crash cut short, or anything else that is not an event, is no event.
bool readEvent(const QByteArray &line, AlertEvent *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (!o.value(QLatin1String("timeMs")).isDouble() || !o.value(QLatin1String("ruleId")).isString())
        return false;
    *out = AlertEvent::fromJson(o);
    return true;
}

} // namespace

AlertLog::AlertLog(QString path) : m_path(std::move(path)) {}

QString AlertLog::defaultPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("logs/alerts.jsonl"));
}

QString AlertLog::rotatedPath(const QString &path)
{
    const QFileInfo fi(path);
    const QString suffix = fi.suffix();
    if (suffix.isEmpty())
        return path + QStringLiteral(".1");
    return QDir(fi.path()).filePath(fi.completeBaseName() + QStringLiteral(".1.") + suffix);
}

Result<AlertLog> AlertLog::open(const QString &path)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error(Error::Code::Io, tr("Cannot create the folder %1 for the alert log").arg(dir));
    // A crash may have cut the last line short: the next event starts on a line of its own.
    bool cutShort = false;
    if (QFile existing(path); existing.size() > 0 && existing.open(QIODevice::ReadOnly)) {
        existing.seek(existing.size() - 1);
        cutShort = existing.read(1) != "\n";
    }
    AlertLog log(path);
    if (Result<void> r = log.reopen(); !r)
        return r.error();
    if (cutShort && (log.m_file->write("\n", 1) != 1 || !log.m_file->flush()))
        return Error(Error::Code::Io, tr("Cannot write to the alert log %1").arg(path),
                     log.m_file->errorString());
    return log;
}

Result<void> AlertLog::reopen()
{
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append))
        return Error(Error::Code::Io, tr("Cannot open the alert log %1").arg(m_path), m_file->errorString());
    return {};
}

Result<void> AlertLog::rotate()
{
    m_file->close();
    const QString rotated = rotatedPath(m_path);
    QFile::remove(rotated);
    if (!QFile::rename(m_path, rotated))
        return Error(Error::Code::Io, tr("Cannot rotate the alert log %1").arg(m_path));
    return reopen();
}

Result<void> AlertLog::append(const AlertEvent &event)
{
    if (!m_file || !m_file->isOpen())
        return Error(Error::Code::Io, tr("The alert log %1 is not open").arg(m_path));
    const QByteArray line = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (m_file->size() > 0 && m_file->size() + line.size() > m_rotateBytes) {
        if (Result<void> r = rotate(); !r)
            return r;
    }
    if (m_file->write(line) != line.size() || !m_file->flush())
        return Error(Error::Code::Io, tr("Cannot write to the alert log %1").arg(m_path),
                     m_file->errorString());
    return {};
}

Result<QList<AlertEvent>> AlertLog::readRecent(const QString &path, int max)
{
    QList<AlertEvent> out;
    for (const QString &file : {path, rotatedPath(path)}) {
        if (out.size() >= max)
            break;
        QFile f(file);
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, tr("Cannot read the alert log %1").arg(file), f.errorString());
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (auto it = lines.crbegin(); it != lines.crend() && out.size() < max; ++it) {
            AlertEvent e;
            if (!it->trimmed().isEmpty() && readEvent(*it, &e))
                out.append(e);
        }
    }
    return out;
}

} // namespace urbis
