#pragma once

#include "../util/result.h"
#include "csvdialect.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <memory>
#include <optional>

namespace urbis {

/**
 * Streaming reader of delimited text (CSV, TSV, txt) with RFC 4180 quoting: quoted fields may hold
 * delimiters, doubled quotes and line breaks. Memory stays bounded by the longest record (records
 * longer than maxRecordBytes are an error, not an allocation). Used from one thread.
 *
 * Row numbers follow Frictionless: the n-th physical record of the file is row n, so with a header
 * the first data row is 2; a blank line is a record of its own (no cells) and counts.
 */
class CsvReader
{
public:
    struct Row
    {
        qint64 number = 0;   ///< 1-based physical record index
        QStringList cells;   ///< empty for a blank line
    };

    static constexpr qint64 kDefaultMaxRecordBytes = 64LL << 20;

    /** Opens a file; the dialect is sniffed from its first 64 KiB unless given. Io error if unreadable. */
    static Result<CsvReader> open(const QString &path, std::optional<CsvDialect> dialect = {});
    /** Reads from memory (tests, small payloads). */
    static Result<CsvReader> fromData(const QByteArray &data, std::optional<CsvDialect> dialect = {});

    CsvReader(CsvReader &&) noexcept;
    CsvReader &operator=(CsvReader &&) noexcept;
    ~CsvReader();

    const CsvDialect &dialect() const;
    void setMaxRecordBytes(qint64 bytes);

    /**
     * Reads the next record into `row`; false at the end of the input. Errors (InvalidData) name the
     * row: invalid bytes for the encoding ("encoding-error" in detail), an unterminated quote at the
     * end of the file or a record over the size limit ("source-error"). After an error, stop reading.
     */
    Result<bool> next(Row &row);

    qint64 bytesRead() const; ///< for progress
    qint64 size() const;      ///< total bytes, -1 when unknown

private:
    struct Impl;
    explicit CsvReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace urbis
