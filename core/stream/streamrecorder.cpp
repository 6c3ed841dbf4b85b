#include "streamrecorder.h"

#include "../workspace/workspace.h"
#include "recordingcompletion.h"
#include "recordingfile.h"
#include "recordingstate.h"

#include <QAbstractEventDispatcher>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace urbis {

namespace {

Q_LOGGING_CATEGORY(lcRecorder, "urbis.stream.record", QtInfoMsg)

// The catalog learns the count, time range and extent this often: often enough for a live view,
// rarely enough that its history and search index are not rewritten for every commit.
constexpr int kCatalogIntervalMs = 2000;

struct Paths
{
    QString gpkg, state, lock;
    Paths(const QString &dir, const QString &id)
        : gpkg(QDir(dir).filePath(id + QStringLiteral(".gpkg"))),
          state(QDir(dir).filePath(id + QStringLiteral(".json"))),
          lock(QDir(dir).filePath(id + QStringLiteral(".lock")))
    {}
    void removeLeftovers() const
    {
        for (const QString &p : {gpkg, gpkg + QStringLiteral("-wal"), gpkg + QStringLiteral("-shm"),
                                 gpkg + QStringLiteral("-journal"), state})
            QFile::remove(p);
    }
};

} // namespace

struct StreamRecorder::Private
{
    QString dataDir;
    Options options;
    Paths paths{QString(), QString()};
    QLockFile lock{QString()};
    std::optional<Workspace> workspace;
    std::optional<RecordingFile> file;
    RecordingState state;
    qint64 written = 0;
    qint64 catalogRows = -1; ///< featureCount the catalog has; -1 before the first update
    QElapsedTimer sinceCommit;
    QElapsedTimer sinceCatalog;
    std::unique_ptr<QTimer> commitTimer; ///< only when the thread has an event loop
    bool spent = false;

    explicit Private(const QString &lockPath) : lock(lockPath) {}

    /** Count, time range and extent into the catalog; failures are logged, the rows are safe in the file. */
    void updateCatalog()
    {
        sinceCatalog.restart();
        const RecordingStats &s = file->committed();
        if (s.rows == catalogRows)
            return;
        Result<DatasetRecord> current = workspace->catalog().get(state.record.id);
        if (!current) {
            qCWarning(lcRecorder) << "cannot update the recording's record:" << current.error().toString();
            return;
        }
        DatasetRecord r = *current;
        RecordingCompletion::applyStats(r, s);
        if (Result<DatasetRecord> u = workspace->catalog().update(r, Catalog::History::Skip); !u)
            qCWarning(lcRecorder) << "cannot update the recording's record:" << u.error().toString();
        else
            catalogRows = s.rows;
    }

    void tick()
    {
        if (!file)
            return;
        if (file->pendingRows() > 0) {
            if (Result<void> c = file->commit(); !c)
                qCWarning(lcRecorder) << "cannot commit" << paths.gpkg << c.error().toString();
            sinceCommit.restart();
        }
        if (sinceCatalog.elapsed() >= kCatalogIntervalMs)
            updateCatalog();
    }

    void release()
    {
        commitTimer.reset();
        file.reset();
        lock.unlock();
    }

    /** Without finish(): what was appended is committed and the file waits for recoverAll(). */
    void abandon()
    {
        if (spent)
            return;
        if (file)
            if (Result<void> c = file->commit(); !c)
                qCWarning(lcRecorder)
                    << "cannot commit the last rows of" << paths.gpkg << c.error().toString();
        release();
    }
};

QString StreamRecorder::recordingsDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("recordings"));
}

StreamRecorder::StreamRecorder(std::unique_ptr<Private> p) : d(std::move(p)) {}
StreamRecorder::StreamRecorder(StreamRecorder &&) noexcept = default;

StreamRecorder &StreamRecorder::operator=(StreamRecorder &&other) noexcept
{
    if (this != &other) {
        if (d)
            d->abandon();
        d = std::move(other.d);
    }
    return *this;
}

StreamRecorder::~StreamRecorder()
{
    if (d)
        d->abandon();
}

Result<StreamRecorder> StreamRecorder::start(const QString &dataDir, const FieldMapping &mapping,
                                             const Options &options)
{
    if (mapping.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     tr("Nothing to record: the stream's field mapping has no measure and no attribute"));
    const QString dir = recordingsDir(dataDir);
    if (!QDir().mkpath(dir))
        return Error(Error::Code::Io, tr("Cannot create the folder %1").arg(dir));
    const QString id = Catalog::newDatasetId();
    const Paths paths(dir, id);
    auto p = std::make_unique<Private>(paths.lock);
    p->dataDir = dataDir;
    p->options = options;
    p->paths = paths;
    p->lock.setStaleLockTime(0); // a live recording is told by its process, however long it runs
    if (!p->lock.tryLock(0))
        return Error(Error::Code::Io, tr("Cannot lock the recording %1").arg(paths.lock));
    Result<Workspace> ws = Workspace::open(dataDir);
    if (!ws)
        return ws.error();
    p->workspace.emplace(std::move(*ws));

    RecordingState &st = p->state;
    st.layout = RecordingLayout::fromMapping(mapping);
    DatasetRecord &r = st.record;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString host = QUrl(options.source).host();
    r.id = id;
    r.title = options.title.trimmed().isEmpty()
                  ? tr("%1 recording %2")
                        .arg(host.isEmpty() ? tr("Stream") : host,
                             now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))
                  : options.title.trimmed();
    r.description = tr("Recorded from the live stream %1").arg(options.source);
    r.source = options.source;
    r.domain = options.domain;
    r.city = options.city;
    r.countryCode = options.countryCode;
    r.keywords = {QStringLiteral("stream"), QLatin1String(RecordingCompletion::kKeyword)};
    r.format = QStringLiteral("GPKG");
    r.crs = st.layout.hasGeometry() ? QStringLiteral("EPSG:4326") : QString();
    r.featureCount = 0;
    r.fields = st.layout.fields();
    r.created = now; // DatasetRecord::fromJson (the state file) wants real times
    r.modified = now;
    // Order matters for recoverAll(): the state first (it names the record), then the file, then
    // the record. A crash before the record exists leaves a state the recovery can insert it from.
    if (Result<void> s = st.save(paths.state); !s)
        return s.error();
    Result<RecordingFile> file = RecordingFile::create(paths.gpkg, st.layout);
    if (!file) {
        paths.removeLeftovers();
        return file.error();
    }
    p->file.emplace(std::move(*file));
    Result<DatasetRecord> inserted = p->workspace->catalog().insert(r);
    if (!inserted) {
        p->file.reset();
        paths.removeLeftovers();
        return inserted.error();
    }
    r = *inserted;
    p->catalogRows = 0;
    p->sinceCommit.start();
    p->sinceCatalog.start();
    if (QAbstractEventDispatcher::instance()) {
        // Rows that arrive just before the stream falls silent are committed on time too, and
        // the catalog catches up with the last commits.
        p->commitTimer = std::make_unique<QTimer>();
        p->commitTimer->setInterval(std::max(20, options.commitIntervalMs));
        Private *priv = p.get();
        QObject::connect(p->commitTimer.get(), &QTimer::timeout, p->commitTimer.get(),
                         [priv] { priv->tick(); });
        p->commitTimer->start();
    }
    qCDebug(lcRecorder) << "recording" << options.source << "into" << paths.gpkg;
    return StreamRecorder(std::move(p));
}

QString StreamRecorder::datasetId() const
{
    return d->state.record.id;
}

QString StreamRecorder::path() const
{
    return d->paths.gpkg;
}

qint64 StreamRecorder::rowsWritten() const
{
    return d->written;
}

qint64 StreamRecorder::rowsCommitted() const
{
    return d->file ? d->file->committed().rows : d->state.record.featureCount;
}

Result<void> StreamRecorder::append(const StreamBatch &batch)
{
    if (d->spent || !d->file)
        return Error(Error::Code::Internal, tr("The recording has been finished"));
    for (const StreamSample &s : batch) {
        if (Result<void> r = d->file->append(s); !r)
            return r;
        ++d->written;
    }
    if (d->sinceCommit.elapsed() >= d->options.commitIntervalMs)
        return commit();
    return {};
}

Result<void> StreamRecorder::appendGap(qint64 fromMs, qint64 toMs)
{
    if (d->spent || !d->file)
        return Error(Error::Code::Internal, tr("The recording has been finished"));
    return d->file->appendGap(fromMs, toMs);
}

Result<void> StreamRecorder::commit()
{
    if (d->spent || !d->file)
        return {};
    if (Result<void> r = d->file->commit(); !r)
        return r;
    d->sinceCommit.restart();
    if (d->sinceCatalog.elapsed() >= kCatalogIntervalMs)
        d->updateCatalog();
    return {};
}

Result<DatasetRecord> StreamRecorder::finish()
{
    if (d->spent || !d->file)
        return Error(Error::Code::Internal, tr("The recording has been finished"));
    if (d->commitTimer)
        d->commitTimer->stop();
    QElapsedTimer clock;
    clock.start();
    if (Result<void> r = d->file->finalize(); !r)
        return r.error();
    const qint64 indexMs = clock.restart();
    RecordingCompletion::applyStats(d->state.record, d->file->committed());
    d->file.reset();
    Result<DatasetRecord> done =
        RecordingCompletion::complete(*d->workspace, d->state, d->paths.gpkg, d->paths.state);
    qCDebug(lcRecorder, "finished %s: index and close %lld ms, hash, store and catalog %lld ms",
            qPrintable(d->state.record.id), indexMs, clock.elapsed());
    if (!done && done.error().code != Error::Code::NotFound)
        return done; // state, file and lock stay for a retry or recoverAll()
    d->spent = true;
    d->paths.removeLeftovers();
    d->release();
    return done;
}

Result<QStringList> StreamRecorder::recoverAll(const QString &dataDir)
{
    const QDir dir(recordingsDir(dataDir));
    // State files half-written by a killed process (AtomicFile's temporaries); an hour is far
    // longer than writing one takes.
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo &part :
         dir.entryInfoList({QStringLiteral(".urbis-*.part")}, QDir::Files | QDir::Hidden))
        if (part.lastModified().toUTC() < stale)
            QFile::remove(part.absoluteFilePath());
    QStringList done;
    const QStringList states = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (states.isEmpty())
        return done;
    Result<Workspace> ws = Workspace::open(dataDir);
    if (!ws)
        return ws.error();
    for (const QString &name : states) {
        const QString id = name.chopped(5);
        const Paths paths(dir.path(), id);
        QLockFile lock(paths.lock);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a live recorder's (or another recovery's)
        Result<RecordingState> state = RecordingState::load(paths.state);
        if (!state) {
            qCWarning(lcRecorder) << "cannot recover" << paths.state << state.error().toString();
            continue;
        }
        if (state->sha256.isEmpty() && QFile::exists(paths.gpkg)) {
            Result<RecordingFile> file = RecordingFile::open(paths.gpkg, state->layout);
            Result<RecordingStats> stats = file ? file->scan() : Result<RecordingStats>(file.error());
            if (Result<void> f = stats ? file->finalize() : Result<void>(stats.error()); !f) {
                qCWarning(lcRecorder) << "cannot recover" << paths.gpkg << f.error().toString();
                continue;
            }
            RecordingCompletion::applyStats(state->record, *stats);
        }
        Result<DatasetRecord> r = RecordingCompletion::complete(*ws, *state, paths.gpkg, paths.state);
        if (!r && r.error().code != Error::Code::NotFound) {
            qCWarning(lcRecorder) << "cannot recover" << paths.gpkg << r.error().toString();
            continue;
        }
        if (!r) {
            // Nothing to keep: the data never got written, or the user deleted the record. A
            // record the crash left half-made goes too, so the catalog shows no endless recording.
            if (Result<DatasetRecord> left = ws->catalog().get(id); left && left->sha256.isEmpty())
                (void)ws->catalog().remove(id);
        } else {
            done << r->id;
        }
        paths.removeLeftovers();
    }
    return done;
}

} // namespace urbis
