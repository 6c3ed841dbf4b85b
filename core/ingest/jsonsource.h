#pragma once

#include "../util/result.h"
#include "recordsource.h"

#include <QCoreApplication>

#include <memory>

namespace urbis {

/**
 * Records from JSON: an array of flat objects (`[{...}, {...}]`), NDJSON (one object per line), or a
 * top-level object holding the array of objects under one key (`{"data": [...]}`, common in city
 * APIs). Streaming: the file is read in chunks and each record is cut out by tracking brackets,
 * strings and escapes, then parsed on its own, so memory is bounded by the largest record
 * (kMaxRecordBytes; a larger one is an error, not an allocation).
 *
 * Labels are the union of the keys of the first kLabelSampleRecords records, in first-seen order.
 * A key that appears only later is not a column: its values are dropped and counted (ignoredKeys())
 * so that callers can warn. Cells: numbers in C locale (shortest round-trip), true/false, null and
 * missing keys as "", nested objects and arrays as compact JSON. Record i is row i + 1.
 *
 * GeoJSON is not read here (SourceOpener sends it to OgrSource). Used from one thread.
 */
class JsonSource : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(urbis::JsonSource)

public:
    enum class Layout {
        Auto,    ///< decide from the first bytes: '[' is Array, '{' is Wrapped when it holds an array of objects, else Lines
        Array,   ///< [{...}, ...]
        Lines,   ///< NDJSON / JSON Lines
        Wrapped, ///< {"key": [{...}, ...], ...}
    };

    static constexpr qint64 kMaxRecordBytes = 64LL << 20;
    static constexpr int kLabelSampleRecords = 1000;

    /**
     * Io if unreadable; InvalidData if the file is not JSON of one of the layouts (empty, starts with
     * something else, not UTF-8); Unsupported for GeoJSON. `layout` Lines forces NDJSON (.ndjson/.jsonl).
     */
    static Result<std::unique_ptr<JsonSource>> open(const QString &path, Layout layout = Layout::Auto);
    ~JsonSource() override;

    Layout layout() const;
    QString wrapperKey() const;  ///< the key holding the records of a Wrapped file
    qint64 ignoredKeys() const;  ///< values dropped since the last rewind because their key is no label

    QString format() const override;
    QString mediaType() const override;
    QStringList labels() const override;

    Result<bool> next(SourceRow &row) override;
    Result<void> rewind() override;

    qint64 bytesRead() const override;
    qint64 size() const override;

private:
    struct Impl;
    explicit JsonSource(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace urbis
