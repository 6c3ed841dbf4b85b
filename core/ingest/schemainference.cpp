#include "schemainference.h"

#include "fieldroles.h"
#include "quantityunits.h"
#include "valuecast.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace urbis {

namespace {

// Candidate types, most specific first; string takes whatever none of them does.
enum Candidate { Boolean, Year, Integer, Number, Date, DateTime, Time, GeoPoint, CandidateCount };

const char *typeName(Candidate c)
{
    static const char *names[] = {"boolean", "year",     "integer", "number",
                                  "date",    "datetime", "time",    "geopoint"};
    return names[c];
}

/**
 * The validation's own casts with default formats, so that every cell counted for a type is one the
 * Validator accepts for that type. Boolean leaves out 1/0: a column of 0/1 flags is more useful as
 * integer, and Frictionless' default boolean still accepts those cells if the user picks it.
 */
struct Casts
{
    std::array<std::optional<ValueCast>, CandidateCount> of;

    Casts()
    {
        for (int c = 0; c < CandidateCount; ++c) {
            TableField f;
            f.name = QStringLiteral("inferred");
            f.type = QLatin1String(typeName(Candidate(c)));
            if (c == Boolean)
                f.extra = QJsonObject{{QStringLiteral("trueValues"), QJsonArray{"true", "True", "TRUE"}},
                                      {QStringLiteral("falseValues"), QJsonArray{"false", "False", "FALSE"}}};
            Result<ValueCast> cast = ValueCast::compile(f);
            Q_ASSERT(cast.ok()); // built-in descriptors
            if (cast)
                of[c] = *cast;
        }
    }
    bool accepts(Candidate c, const QString &text) const { return of[c] && of[c]->cast(text).isValid(); }
};

const Casts &casts()
{
    static const Casts c;
    return c;
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

QStringView unsignedPart(const QString &text)
{
    QStringView t = QStringView(text).trimmed();
    if (!t.isEmpty() && (t[0] == u'+' || t[0] == u'-'))
        t = t.mid(1);
    return t;
}

// "007", "01234": a code (zip, station, commune) that a number would strip of its zeros.
bool isLeadingZeroCode(const QString &text)
{
    const QStringView t = unsignedPart(text);
    return t.size() >= 2 && t[0] == u'0' && isDigit(t[1]);
}

/**
 * A cell starting with a letter that begins none of the words the casts know (true/false, inf,
 * infinity, nan, snan): every candidate then fails, as dates, times and geopoints start with a digit,
 * a sign or a point. Most text cells of a large table stop here instead of trying eight casts.
 */
bool isPlainWord(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    if (!c.isLetter())
        return false;
    switch (c.unicode()) {
    case u't':
    case u'T':
    case u'f':
    case u'F':
    case u'i':
    case u'I':
    case u'n':
    case u'N':
    case u's':
    case u'S':
        return false;
    default:
        return true;
    }
}

// Integer syntax has neither; the number cast already accepted the cell, so this is the common decimal.
bool hasFractionOrExponent(const QString &text)
{
    return text.contains(u'.') || text.contains(u'e') || text.contains(u'E');
}

bool allDigits(const QString &text)
{
    const QStringView t = unsignedPart(text);
    return !t.isEmpty() && std::all_of(t.begin(), t.end(), isDigit);
}

} // namespace

struct SchemaInference::Column
{
    QString declared;
    bool yearHint = false;
    bool latitudeHint = false, longitudeHint = false;
    bool onlyEmptyMissing = true;
    qint64 sampled = 0, missing = 0;
    std::array<qint64, CandidateCount> ok{};
    bool codes = false; ///< a leading-zero code was seen: the column is text whatever the counts say
    qint64 numbers = 0;
    double minimum = std::numeric_limits<double>::infinity();
    double maximum = -std::numeric_limits<double>::infinity();
    QStringList examples;

    void add(const QString &cell, const QStringList &missingValues)
    {
        ++sampled;
        if (onlyEmptyMissing ? cell.isEmpty() : missingValues.contains(cell)) {
            ++missing;
            return;
        }
        if (examples.size() < 3 && !examples.contains(cell))
            examples << cell; // implicitly shared: no copy of the text
        const Casts &c = casts();
        if (!declared.isEmpty()) {
            if (latitudeHint || longitudeHint) {
                const QVariant v = c.of[Number]->cast(cell);
                if (v.isValid())
                    noteNumber(v.toDouble());
            }
            return;
        }
        if (isPlainWord(cell))
            return; // string: no candidate accepts a cell that starts like this
        const QVariant number = c.of[Number]->cast(cell);
        if (number.isValid()) {
            // A number is never a boolean, date, time or geopoint in their default formats, so the
            // other casts are skipped: most cells of a large table are numbers.
            noteNumber(number.toDouble());
            codes = codes || isLeadingZeroCode(cell);
            if (!hasFractionOrExponent(cell) && c.accepts(Integer, cell)) {
                ++ok[Integer];
                ++ok[Number];
                if (yearHint && c.accepts(Year, cell))
                    ++ok[Year];
            } else if (!allDigits(cell)) {
                ++ok[Number]; // digits beyond 64 bits are ids: a double would round them
            }
            return;
        }
        // The remaining candidates exclude each other (true/false, YYYY-MM-DD, date + time, HH:MM:SS, x,y).
        if (c.accepts(Boolean, cell))
            ++ok[Boolean];
        else if (c.accepts(Date, cell))
            ++ok[Date];
        else if (c.accepts(DateTime, cell))
            ++ok[DateTime];
        else if (c.accepts(Time, cell))
            ++ok[Time];
        else if (cell.contains(u',') && c.accepts(GeoPoint, cell))
            ++ok[GeoPoint];
    }

    void noteNumber(double v)
    {
        if (std::isnan(v))
            return;
        ++numbers;
        minimum = std::min(minimum, v);
        maximum = std::max(maximum, v);
    }

    /** The chosen candidate and its share; nullopt for string. */
    std::optional<std::pair<Candidate, double>> choose(double threshold) const
    {
        const qint64 present = sampled - missing;
        if (present == 0)
            return std::nullopt;
        const auto share = [&](Candidate k) { return double(ok[k]) / double(present); };
        const auto passes = [&](Candidate k) { return double(ok[k]) >= threshold * double(present) - 1e-9; };
        for (int k = 0; k < CandidateCount; ++k) {
            Candidate cand = Candidate(k);
            const bool numeric = cand == Year || cand == Integer || cand == Number;
            if ((numeric && codes) || (cand == Year && !yearHint) || !passes(cand))
                continue;
            // Year ⊂ integer ⊂ number: a wider type that takes more cells avoids type errors on valid ones.
            if (cand == Year && share(Integer) > share(Year))
                cand = Integer;
            if (cand == Integer && share(Number) > share(Integer))
                cand = Number;
            return std::pair{cand, share(cand)};
        }
        return std::nullopt;
    }
};

SchemaInference::SchemaInference(QStringList labels, QStringList declaredTypes, Options options)
    : m_labels(std::move(labels)), m_declared(std::move(declaredTypes)), m_options(std::move(options))
{
    const bool onlyEmpty = m_options.missingValues == QStringList{QString()};
    for (int i = 0; i < m_labels.size(); ++i) {
        auto column = std::make_shared<Column>();
        const QString &name = m_labels.at(i);
        column->declared = i < m_declared.size() ? m_declared.at(i) : QString();
        column->yearHint = fieldroles::isYear(name);
        column->latitudeHint = fieldroles::isLatitude(name) || fieldroles::isPlanarY(name);
        column->longitudeHint = fieldroles::isLongitude(name) || fieldroles::isPlanarX(name);
        column->onlyEmptyMissing = onlyEmpty;
        m_columns << column;
    }
}

void SchemaInference::addRow(const QStringList &cells)
{
    ++m_rows;
    const qsizetype n = std::min(cells.size(), m_columns.size());
    for (qsizetype i = 0; i < n; ++i)
        m_columns[i]->add(cells.at(i), m_options.missingValues);
}

bool SchemaInference::wantsMore() const
{
    return m_options.sampleRows <= 0 || m_rows < m_options.sampleRows;
}

QList<FieldGuess> SchemaInference::guesses() const
{
    QList<FieldGuess> out;
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column &c = *m_columns.at(i);
        FieldGuess g;
        g.field.name = m_labels.at(i);
        g.field.missingValues = m_options.missingValues;
        g.sampled = c.sampled;
        g.missing = c.missing;
        g.examples = c.examples;
        g.confidence = 1.0;
        if (!c.declared.isEmpty()) {
            g.field.type = c.declared;
        } else if (const auto chosen = c.choose(m_options.threshold)) {
            g.field.type = QLatin1String(typeName(chosen->first));
            g.confidence = chosen->second;
        } else {
            g.field.type = QStringLiteral("string"); // takes every cell: confidence stays 1
        }
        if (g.field.type == u"number" || g.field.type == u"integer") {
            const bool seen = c.numbers > 0;
            if (c.latitudeHint && seen && c.minimum >= -90 && c.maximum <= 90)
                g.field.unit = QStringLiteral("deg");
            else if (c.longitudeHint && seen && c.minimum >= -180 && c.maximum <= 180)
                g.field.unit = QStringLiteral("deg");
            else if (const quantityunits::Quantity *q = quantityunits::forField(g.field.name))
                g.field.unit = q->suggested; // a suggestion for the schema editor, not a finding
        }
        out << g;
    }
    return out;
}

TableSchema SchemaInference::schema() const
{
    TableSchema s;
    s.missingValues = m_options.missingValues;
    for (const FieldGuess &g : guesses())
        s.fields << g.field;
    return s;
}

Result<SchemaInference> SchemaInference::infer(RecordSource &source, Options options, Feedback *feedback)
{
    const auto cancelled = [&]() -> Error {
        (void)source.rewind();
        return Error(Error::Code::Cancelled, tr("Schema inference was cancelled"));
    };
    SchemaInference inference(source.labels(), source.declaredTypes(), std::move(options));
    const qint64 size = source.size();
    const qint64 sampleRows = inference.m_options.sampleRows;
    SourceRow row;
    for (qint64 n = 0;; ++n) {
        if ((n & 1023) == 0 && feedback) {
            // Polled every 1024 rows: the atomic load is cheap, but the progress signal is not.
            if (feedback->isCancelled())
                return cancelled();
            double percent = size > 0 ? 100.0 * double(source.bytesRead()) / double(size) : 0.0;
            if (sampleRows > 0)
                percent = std::max(percent, 100.0 * double(n) / double(sampleRows));
            feedback->setProgress(percent);
        }
        const bool full = !inference.wantsMore();
        Result<bool> more = source.next(row);
        if (!more) {
            (void)source.rewind();
            return more.error();
        }
        if (!*more)
            break;
        if (full) {
            inference.markTruncated(); // one record past the sample tells whether rows were left out
            break;
        }
        inference.addRow(row.cells);
    }
    if (Result<void> r = source.rewind(); !r)
        return r.error();
    if (feedback)
        feedback->setProgress(100);
    return inference;
}

} // namespace urbis
