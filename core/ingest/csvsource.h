#pragma once

#include "../util/result.h"
#include "csvdialect.h"
#include "recordsource.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace urbis {

class CsvReader;

/**
 * A RecordSource over CsvReader (CSV, TSV, txt). The header record (row 1) gives the labels; a
 * dialect without a header gets labels field1..fieldN from the width of the first record, which
 * then stays row 1 (CsvReader's numbering is kept as it is). Used from one thread.
 */
class CsvSource : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(urbis::CsvSource)

public:
    /** Io if unreadable; InvalidData when the header row itself cannot be read (encoding, size). */
    static Result<std::unique_ptr<CsvSource>> open(const QString &path, std::optional<CsvDialect> dialect = {},
                                                   std::optional<bool> header = {});
    ~CsvSource() override;

    const CsvDialect &dialect() const { return m_dialect; }

    QString format() const override;
    QString mediaType() const override;
    QStringList labels() const override { return m_labels; }
    bool hasHeaderRow() const override { return m_dialect.header; }

    Result<bool> next(SourceRow &row) override;
    Result<void> rewind() override;

    qint64 bytesRead() const override;
    qint64 size() const override;

private:
    CsvSource(QString path, CsvDialect dialect);
    Result<void> start();

    QString m_path;
    CsvDialect m_dialect; // fixed after the first open so that a rewind reads the same way
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_labels;
    std::optional<SourceRow> m_pending; // first record of a headerless file, read to size the labels
};

} // namespace urbis
