#include "recordingstate.h"

#include "../storage/atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace urbis {

Result<RecordingState> RecordingState::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::NotFound, tr("Cannot read the recording state %1").arg(path),
                     f.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return Error(Error::Code::InvalidData, tr("The recording state %1 is not JSON").arg(path),
                     parseError.errorString());
    const QJsonObject o = doc.object();
    RecordingState s;
    Result<RecordingLayout> layout = RecordingLayout::fromJson(o.value(QStringLiteral("layout")).toObject());
    if (!layout)
        return layout.error();
    s.layout = *layout;
    Result<DatasetRecord> record = DatasetRecord::fromJson(o.value(QStringLiteral("record")).toObject());
    if (!record)
        return record.error();
    s.record = *record;
    s.sha256 = o.value(QStringLiteral("sha256")).toString();
    s.byteSize = qint64(o.value(QStringLiteral("byteSize")).toDouble(-1));
    return s;
}

Result<void> RecordingState::save(const QString &path) const
{
    QJsonObject o{{QStringLiteral("layout"), layout.toJson()}, {QStringLiteral("record"), record.toJson()}};
    if (!sha256.isEmpty()) {
        o.insert(QStringLiteral("sha256"), sha256);
        o.insert(QStringLiteral("byteSize"), double(byteSize));
    }
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    Result<AtomicFile> file = AtomicFile::create(QFileInfo(path).absolutePath());
    if (!file)
        return file.error();
    if (Result<void> w = file->write(bytes.constData(), bytes.size()); !w)
        return w;
    return file->commitTo(path);
}

} // namespace urbis
