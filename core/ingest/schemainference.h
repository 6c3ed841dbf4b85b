#pragma once

#include "../util/feedback.h"
#include "fieldguess.h"
#include "recordsource.h"
#include "tableschema.h"

#include <QCoreApplication>

#include <memory>

namespace urbis {

/**
 * Infers a Table Schema from the cells of a table, over the whole file or a bounded sample (then
 * sampled() says so). Per column it counts, for each candidate type, the non-missing cells that the
 * Validator's own casts (ValueCast, default formats) accept, and picks the most specific type with a
 * share >= threshold: boolean (true/false only, not 1/0), year (only when the name says year),
 * integer, number, date, datetime, time, geopoint, else string. Within year ⊂ integer ⊂ number a
 * wider type that takes strictly more cells wins, so 19 integers and one 2.5 give number. Codes with
 * leading zeros ("01234", "007") keep a column text, and so do integers beyond 64 bits (a double would
 * round them). Declared source types (OGR) win with confidence 1.
 *
 * Hints: lat/latitude/y with every number in [-90, 90] and lon/lng/longitude/x in [-180, 180] get
 * unit "deg"; the air-quality and weather names of quantityunits.h get their usual unit as a
 * suggestion. Memory: counters and three examples per column, whatever the number of rows.
 */
class SchemaInference
{
    Q_DECLARE_TR_FUNCTIONS(urbis::SchemaInference)

public:
    struct Options
    {
        qint64 sampleRows = 0; ///< 0 = every row
        QStringList missingValues{QString()};
        double threshold = 0.9; ///< a type is chosen when at least this share of cells cast to it
    };

    // Overloads rather than `Options options = {}`: a nested struct's member initialisers cannot serve
    // as a default argument inside the enclosing class.
    SchemaInference(QStringList labels, QStringList declaredTypes, Options options);
    SchemaInference(QStringList labels, QStringList declaredTypes = {})
        : SchemaInference(std::move(labels), std::move(declaredTypes), Options{})
    {}

    void addRow(const QStringList &cells);
    /** False once the sample is full; callers stop feeding rows then. */
    bool wantsMore() const;
    /** True when rows were left out (the sample filled before the end). Set by the caller via markTruncated.
     */
    bool sampled() const { return m_truncated; }
    void markTruncated() { m_truncated = true; }

    QList<FieldGuess> guesses() const;
    /** The schema of the guesses (fields in label order, missing values of the options). */
    TableSchema schema() const;

    /**
     * Reads `source` from its current position (rewinding afterwards, also on failure) and infers its
     * schema. With a sample, one record past it is read to tell whether rows were left out. Polls
     * `feedback` every 1024 records (Cancelled error) and reports progress by bytes or sample share.
     * A source error (InvalidData naming the row) is returned as it is.
     */
    static Result<SchemaInference> infer(RecordSource &source, Options options, Feedback *feedback = nullptr);
    static Result<SchemaInference> infer(RecordSource &source) { return infer(source, Options{}); }

private:
    struct Column;
    QStringList m_labels;
    QStringList m_declared;
    Options m_options;
    QList<std::shared_ptr<Column>> m_columns;
    qint64 m_rows = 0;
    bool m_truncated = false;
};

} // namespace urbis
