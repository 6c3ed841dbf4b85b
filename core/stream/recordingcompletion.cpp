#include "recordingcompletion.h"

#include "../catalog/datasetassets.h"
#include "../geo/wkb.h"
#include "../util/sha256.h"
#include "../workspace/workspace.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace urbis {

namespace {

/** sha256 and size of a file, flushed to disk first so a rename into the store publishes it whole. */
Result<std::pair<QString, qint64>> hashAndSync(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, RecordingCompletion::tr("Cannot read the recording %1").arg(path),
                     f.errorString());
    if (::fsync(f.handle()) != 0)
        return Error(Error::Code::Io, RecordingCompletion::tr("Cannot flush the recording %1").arg(path),
                     QString::fromLocal8Bit(std::strerror(errno)));
    Sha256 hash;
    qint64 bytes = 0;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(chunk.data(), chunk.size());
        if (n < 0)
            return Error(Error::Code::Io, RecordingCompletion::tr("Cannot read the recording %1").arg(path),
                         f.errorString());
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
        bytes += n;
    }
    return std::pair{hash.hexResult(), bytes};
}

/** The parts of a record the recording owns; title, description, license and the like stay as the user left
 * them. */
void takeData(DatasetRecord &into, const DatasetRecord &from)
{
    into.sha256 = from.sha256;
    into.byteSize = from.byteSize;
    into.format = from.format;
    into.mediaType = from.mediaType;
    into.crs = from.crs;
    into.fields = from.fields;
    into.featureCount = from.featureCount;
    into.timeStart = from.timeStart;
    into.timeEnd = from.timeEnd;
    into.bbox = from.bbox;
    into.footprint = from.footprint;
    into.keywords.removeAll(QLatin1String(RecordingCompletion::kKeyword));
}

} // namespace

void RecordingCompletion::applyStats(DatasetRecord &record, const RecordingStats &stats)
{
    record.featureCount = stats.rows;
    record.timeStart = stats.timeStart();
    record.timeEnd = stats.timeEnd();
    record.bbox = stats.bbox();
    record.footprint = stats.hasExtent() ? wkb::polygonFromExtent(record.bbox) : QByteArray();
}

Result<DatasetRecord> RecordingCompletion::complete(Workspace &ws, RecordingState &state,
                                                    const QString &gpkgPath, const QString &statePath)
{
    const bool fileThere = QFile::exists(gpkgPath);
    if (state.sha256.isEmpty()) {
        if (!fileThere)
            return Error(Error::Code::NotFound,
                         tr("The data of the recording \"%1\" is missing").arg(state.record.title));
        Result<std::pair<QString, qint64>> hashed = hashAndSync(gpkgPath);
        if (!hashed)
            return hashed.error();
        state.sha256 = hashed->first;
        state.byteSize = hashed->second;
        state.record.sha256 = state.sha256;
        state.record.byteSize = state.byteSize;
        state.record.mediaType = DatasetAssets::geoPackageMediaType();
        state.record.format = QStringLiteral("GPKG");
        state.record.fields = state.layout.fields();
        state.record.keywords.removeAll(QLatin1String(kKeyword));
        // Saved before the move: afterwards only the hash can find the data in the store.
        if (Result<void> s = state.save(statePath); !s)
            return s.error();
    }
    if (fileThere) {
        if (Result<ObjectInfo> in = ws.store().adoptVerified(gpkgPath, state.sha256); !in)
            return in.error();
    } else if (!ws.store().contains(state.sha256)) {
        return Error(Error::Code::NotFound,
                     tr("The data of the recording \"%1\" is missing").arg(state.record.title));
    }

    Catalog &catalog = ws.catalog();
    Result<DatasetRecord> current = catalog.get(state.record.id);
    if (!current) {
        if (current.error().code != Error::Code::NotFound)
            return current.error();
        Result<QList<HistoryEntry>> history = catalog.history(state.record.id);
        if (!history)
            return history.error();
        if (!history->isEmpty()) // it was in the catalog: the user deleted it
            return Error(Error::Code::NotFound,
                         tr("The recording \"%1\" was deleted from the catalog").arg(state.record.title));
        DatasetRecord fresh = state.record;
        fresh.modified = QDateTime();
        return catalog.insert(fresh);
    }
    DatasetRecord r = *current;
    takeData(r, state.record);
    r.modified =
        QDateTime(); // our fields win over an edit made in the same instant; the user's fields are kept above
    return catalog.update(r);
}

} // namespace urbis
