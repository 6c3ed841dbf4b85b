#include "importpreview.h"

#include "rasterprobe.h"
#include "schemainference.h"

#include <QFileInfo>

namespace urbis {

Result<ImportPreview> ImportPreview::read(const QString &path, const Options &options, Feedback *feedback)
{
    ImportPreview out;
    out.path = path;
    out.kind = SourceOpener::kindOf(path);
    if (feedback)
        feedback->setStatus(tr("Reading %1").arg(QFileInfo(path).fileName()));
    if (out.kind == SourceKind::Raster) {
        Result<RasterInfo> info = RasterProbe::probe(path);
        if (!info)
            return info.error();
        out.format = info->format;
        out.raster = *info;
        if (feedback)
            feedback->setProgress(100);
        return out;
    }

    Result<std::unique_ptr<RecordSource>> opened = SourceOpener::open(path);
    if (!opened)
        return opened.error();
    RecordSource &source = **opened;
    out.format = source.format();
    out.labels = source.labels();

    SchemaInference::Options io;
    io.sampleRows = std::max<qint64>(options.inferenceRows, options.maxRows);
    SchemaInference inference(out.labels, source.declaredTypes(), io);
    SourceRow row;
    const qint64 size = source.size();
    while (true) {
        if (feedback && feedback->isCancelled())
            return Error(Error::Code::Cancelled, tr("Reading the preview was cancelled"));
        Result<bool> more = source.next(row);
        if (!more) {
            if (out.rows.isEmpty())
                return more.error();
            break; // show what was readable; validation reports the broken row
        }
        if (!*more)
            break;
        if (!inference.wantsMore()) {
            inference.markTruncated();
            out.moreRows = true;
            break;
        }
        inference.addRow(row.cells);
        if (out.rows.size() < options.maxRows)
            out.rows.append(row);
        else
            out.moreRows = true;
        if (feedback && size > 0)
            feedback->setProgress(100.0 * double(source.bytesRead()) / double(size));
    }
    out.guesses = inference.guesses();
    out.schema = inference.schema();
    out.schemaSampled = inference.sampled();
    if (feedback)
        feedback->setProgress(100);
    return out;
}

} // namespace urbis
