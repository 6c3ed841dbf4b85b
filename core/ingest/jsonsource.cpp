#include "jsonsource.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <optional>

namespace urbis {

namespace {

constexpr qint64 kChunkBytes = 1 << 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A JSON string token (with its quotes) as text; escapes need the real parser.
QString decodeKey(const QByteArray &token)
{
    if (!token.contains('\\'))
        return QString::fromUtf8(token.mid(1, token.size() - 2));
    const QJsonDocument doc = QJsonDocument::fromJson('[' + token + ']');
    return doc.array().at(0).toString();
}

// The keys of one (already validated) object in document order: QJsonObject sorts them.
QList<QString> keysInOrder(const QByteArray &object)
{
    QList<QString> keys;
    int depth = 0;
    bool inString = false, escaped = false, expectKey = false;
    qsizetype keyStart = -1;
    for (qsizetype i = 0; i < object.size(); ++i) {
        const char c = object.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (keyStart >= 0) {
                    keys << decodeKey(object.mid(keyStart, i + 1 - keyStart));
                    keyStart = -1;
                }
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            if (depth == 1 && expectKey) {
                keyStart = i;
                expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}

QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Integers keep all their digits (a double would round ids above 2^53).
        const QVariant var = v.toVariant();
        if (var.typeId() == QMetaType::LongLong)
            return QString::number(var.toLongLong());
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

struct JsonSource::Impl
{
    enum class State { BeforeFirst, BetweenRecords, Done };

    QString path;
    Layout requested = Layout::Auto;
    Layout layout = Layout::Array;
    QString wrapperKey;
    QFile file;
    qint64 size = -1;

    // Read window: buf[pos] is the next byte, at file offset bufOffset + pos. Bytes from `anchor`
    // on are kept across reads (the value being cut out); everything before is dropped.
    QByteArray buf;
    qsizetype pos = 0;
    qsizetype anchor = -1;
    qint64 bufOffset = 0;
    bool eof = false;

    State state = State::BeforeFirst;
    qint64 records = 0; // returned since the last rewind
    QStringList labels;
    QHash<QString, qsizetype> column;
    qint64 ignored = 0;
    std::optional<Error> error; // sticky

    qint64 offset() const { return bufOffset + pos; }
    qint64 row() const { return records + 2; } // the record being read

    Error invalid(const QString &what, const QString &detail) const
    {
        return Error(Error::Code::InvalidData, tr("Row %1: %2").arg(row()).arg(what),
                     QStringLiteral("source-error: row %1: %2 at byte %3").arg(row()).arg(detail).arg(offset()));
    }

    Result<void> refill()
    {
        const qsizetype drop = anchor >= 0 ? anchor : pos;
        buf.remove(0, drop);
        bufOffset += drop;
        pos -= drop;
        if (anchor >= 0)
            anchor = 0;
        const qsizetype had = buf.size();
        buf.resize(had + kChunkBytes);
        const qint64 got = file.read(buf.data() + had, kChunkBytes);
        if (got < 0)
            return Error(Error::Code::Io, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                         file.errorString());
        buf.resize(had + got);
        eof = got == 0;
        return {};
    }

    // The next non-blank byte (not consumed), -1 at the end of the file.
    Result<int> peek()
    {
        for (;;) {
            while (pos < buf.size() && isSpace(buf.at(pos)))
                ++pos;
            if (pos < buf.size())
                return int(uchar(buf.at(pos)));
            if (eof)
                return -1;
            if (Result<void> r = refill(); !r)
                return r.error();
        }
    }

    // Cuts out the JSON value starting at pos by tracking brackets and strings (syntax is checked
    // later, by the parser, on the kept bytes). Returns the bytes when `keep`, else skips them.
    Result<QByteArray> scanValue(bool keep)
    {
        const qint64 start = offset();
        anchor = keep ? pos : -1;
        int depth = 0;
        bool inString = false, escaped = false;
        for (;;) {
            if (pos >= buf.size()) {
                if (keep && offset() - start > kMaxRecordBytes) {
                    anchor = -1;
                    return Error(Error::Code::InvalidData,
                                 tr("Row %1 is longer than %2 bytes").arg(row()).arg(kMaxRecordBytes),
                                 QStringLiteral("source-error: row %1: record longer than %2 bytes at byte %3")
                                     .arg(row()).arg(kMaxRecordBytes).arg(start));
                }
                if (Result<void> r = refill(); !r)
                    return r.error();
                if (eof) {
                    if (depth > 0 || inString) {
                        anchor = -1;
                        return invalid(tr("the JSON text ends inside a value (truncated file?)"),
                                       QStringLiteral("unexpected end of file"));
                    }
                    break; // a number or literal ending the file
                }
            }
            const char c = buf.at(pos);
            if (inString) {
                ++pos;
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"') {
                    inString = false;
                    if (depth == 0)
                        break;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break; // ends the enclosing container, not part of this literal
                if (--depth == 0) {
                    ++pos;
                    break;
                }
            } else if (depth == 0 && (c == ',' || isSpace(c))) {
                break;
            }
            ++pos;
        }
        QByteArray out;
        if (keep)
            out = buf.mid(anchor, pos - anchor);
        anchor = -1;
        return out;
    }

    Result<int> expect(const char *what)
    {
        Result<int> c = peek();
        if (c && *c == -1)
            return invalid(tr("the JSON text ends too early"), QStringLiteral("expected %1, found end of file").arg(what));
        return c;
    }

    // Looks at the first element of the array at pos without consuming anything.
    Result<bool> arrayOfObjectsAhead()
    {
        anchor = pos;
        ++pos;
        Result<int> c = peek();
        pos = anchor;
        anchor = -1;
        if (!c)
            return c.error();
        return *c == '{';
    }

    // Inside a top-level object: reads members up to the next array of objects (consuming its '[')
    // and returns its key, or returns an empty optional at the closing '}' (consumed).
    Result<std::optional<QString>> nextArrayMember()
    {
        for (;;) {
            Result<int> c = expect("a key");
            if (!c)
                return c.error();
            if (*c == '}') {
                ++pos;
                return std::optional<QString>();
            }
            if (*c == ',') {
                ++pos;
                continue;
            }
            if (*c != '"')
                return invalid(tr("invalid JSON"), QStringLiteral("expected a key"));
            Result<QByteArray> keyToken = scanValue(true);
            if (!keyToken)
                return keyToken.error();
            const QString key = decodeKey(*keyToken);
            if (c = expect("':'"); !c)
                return c.error();
            if (*c != ':')
                return invalid(tr("invalid JSON"), QStringLiteral("expected ':' after key \"%1\"").arg(key));
            ++pos;
            if (c = expect("a value"); !c)
                return c.error();
            if (*c == '[') {
                Result<bool> objects = arrayOfObjectsAhead();
                if (!objects)
                    return objects.error();
                if (*objects) {
                    ++pos;
                    return std::optional<QString>(key);
                }
            }
            if (key == QLatin1String("type") && *c == '"') {
                Result<QByteArray> value = scanValue(true);
                if (!value)
                    return value.error();
                if (*value == "\"FeatureCollection\"" || *value == "\"Feature\"")
                    return Error(Error::Code::Unsupported, tr("%1 is GeoJSON; it is read as vector data").arg(QDir::toNativeSeparators(path)),
                                 QStringLiteral("GeoJSON object"));
                continue;
            }
            if (Result<QByteArray> skipped = scanValue(false); !skipped)
                return skipped.error();
        }
    }

    // Opens the file and positions before the first record.
    Result<void> begin()
    {
        file.close();
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return Error(Error::Code::Io, tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                         file.errorString());
        size = file.size();
        buf.clear();
        pos = 0;
        anchor = -1;
        bufOffset = 0;
        eof = false;
        state = State::BeforeFirst;
        records = 0;
        ignored = 0;
        error.reset();
        if (Result<void> r = refill(); !r)
            return r;
        if (buf.startsWith("\xEF\xBB\xBF"))
            pos = 3;
        else if (buf.startsWith("\xFF\xFE") || buf.startsWith("\xFE\xFF") || (buf.size() >= 2 && (buf.at(0) == 0 || buf.at(1) == 0)))
            return Error(Error::Code::InvalidData, tr("%1 is not UTF-8 text (JSON must be UTF-8)").arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("encoding-error: row 1: not UTF-8 at byte 0"));
        Result<int> c = peek();
        if (!c)
            return c.error();
        if (*c == -1)
            return Error(Error::Code::InvalidData, tr("%1 holds no JSON").arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("source-error: row 1: empty file"));
        if (requested == Layout::Lines || (requested == Layout::Auto && *c == '{' && layout == Layout::Lines)) {
            layout = Layout::Lines;
            return {};
        }
        if (*c == '[' && requested != Layout::Wrapped) {
            layout = Layout::Array;
            ++pos;
            return {};
        }
        if (*c != '{')
            return Error(Error::Code::InvalidData,
                         tr("%1 is not a JSON array or object").arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("source-error: row 1: expected '[' or '{' at byte %1").arg(offset()));
        ++pos;
        Result<std::optional<QString>> key = nextArrayMember();
        if (!key)
            return key.error();
        if (*key) {
            layout = Layout::Wrapped;
            wrapperKey = **key;
            return {};
        }
        // One object without an array of objects: it is the first of a stream of records.
        layout = Layout::Lines;
        return begin();
    }

    // After the last record of an Array or Wrapped file: nothing but the end may follow.
    Result<void> finish()
    {
        state = State::Done;
        if (layout == Layout::Wrapped) {
            Result<std::optional<QString>> other = nextArrayMember();
            if (!other)
                return other.error();
            if (*other)
                return invalid(tr("the file holds a second array of objects (\"%1\" after \"%2\")").arg(**other, wrapperKey),
                               QStringLiteral("ambiguous records: arrays \"%1\" and \"%2\"").arg(wrapperKey, **other));
        }
        Result<int> c = peek();
        if (!c)
            return c.error();
        if (*c != -1)
            return invalid(tr("unexpected data after the end of the JSON text"), QStringLiteral("trailing data"));
        return {};
    }

    // The next record's bytes, or an empty optional at the end.
    Result<std::optional<QByteArray>> nextRecordBytes()
    {
        Result<int> c = peek();
        if (!c)
            return c.error();
        if (layout != Layout::Lines) {
            if (*c == -1)
                return invalid(tr("the JSON array is never closed (truncated file?)"), QStringLiteral("unexpected end of file"));
            if (state == State::BetweenRecords && *c == ',') {
                ++pos;
                if (c = expect("a record"); !c)
                    return c.error();
            } else if (*c == ']') {
                ++pos;
                if (Result<void> done = finish(); !done)
                    return done.error();
                return std::optional<QByteArray>();
            } else if (state == State::BetweenRecords) {
                return invalid(tr("invalid JSON: expected ',' or ']' between records"), QStringLiteral("expected ',' or ']'"));
            }
        } else if (*c == -1) {
            state = State::Done;
            return std::optional<QByteArray>();
        }
        if (*c != '{')
            return invalid(tr("the record is not a JSON object"), QStringLiteral("expected '{'"));
        Result<QByteArray> bytes = scanValue(true);
        if (!bytes)
            return bytes.error();
        state = State::BetweenRecords;
        return std::optional<QByteArray>(std::move(*bytes));
    }

    Result<std::optional<QByteArray>> nextObject(QJsonObject &object)
    {
        Result<std::optional<QByteArray>> bytes = nextRecordBytes();
        if (!bytes || !*bytes)
            return bytes;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(**bytes, &err);
        if (err.error != QJsonParseError::NoError) {
            const qint64 at = offset() - (**bytes).size() + err.offset; // from the record's '{'
            if (err.error == QJsonParseError::IllegalUTF8String)
                return Error(Error::Code::InvalidData, tr("Row %1 is not valid UTF-8 text").arg(row()),
                             QStringLiteral("encoding-error: row %1: invalid UTF-8 at byte %2").arg(row()).arg(at));
            return Error(Error::Code::InvalidData, tr("Row %1: invalid JSON: %2").arg(row()).arg(err.errorString()),
                         QStringLiteral("source-error: row %1: %2 at byte %3").arg(row()).arg(err.errorString()).arg(at));
        }
        object = doc.object();
        return bytes;
    }
};

JsonSource::JsonSource(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
JsonSource::~JsonSource() = default;

Result<std::unique_ptr<JsonSource>> JsonSource::open(const QString &path, Layout layout)
{
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->requested = layout;
    if (Result<void> r = impl->begin(); !r)
        return r.error();
    // Labels pass: an error here is not reported yet; next() meets it again at the same row.
    QJsonObject object;
    for (int i = 0; i < kLabelSampleRecords; ++i) {
        Result<std::optional<QByteArray>> bytes = impl->nextObject(object);
        if (!bytes || !*bytes)
            break;
        ++impl->records;
        for (const QString &key : keysInOrder(**bytes)) {
            if (!impl->column.contains(key)) {
                impl->column.insert(key, impl->labels.size());
                impl->labels << key;
            }
        }
    }
    impl->requested = impl->layout; // the second pass must not decide differently
    if (Result<void> r = impl->begin(); !r)
        return r.error();
    return std::unique_ptr<JsonSource>(new JsonSource(std::move(impl)));
}

JsonSource::Layout JsonSource::layout() const
{
    return d->layout;
}

QString JsonSource::wrapperKey() const
{
    return d->wrapperKey;
}

qint64 JsonSource::ignoredKeys() const
{
    return d->ignored;
}

QString JsonSource::format() const
{
    return d->layout == Layout::Lines ? QStringLiteral("NDJSON") : QStringLiteral("JSON");
}

QString JsonSource::mediaType() const
{
    return d->layout == Layout::Lines ? QStringLiteral("application/x-ndjson") : QStringLiteral("application/json");
}

QStringList JsonSource::labels() const
{
    return d->labels;
}

Result<bool> JsonSource::next(SourceRow &row)
{
    if (d->error)
        return *d->error;
    if (d->state == Impl::State::Done)
        return false;
    QJsonObject object;
    Result<std::optional<QByteArray>> bytes = d->nextObject(object);
    if (!bytes) {
        d->error = bytes.error();
        return bytes.error();
    }
    if (!*bytes)
        return false;
    ++d->records;
    row.number = d->records + 1;
    row.wkb.clear();
    row.cells.resize(d->labels.size());
    for (qsizetype i = 0; i < d->labels.size(); ++i)
        row.cells[i] = cellText(object.value(d->labels.at(i)));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        d->ignored += !d->column.contains(it.key());
    return true;
}

Result<void> JsonSource::rewind()
{
    return d->begin();
}

qint64 JsonSource::bytesRead() const
{
    return d->offset();
}

qint64 JsonSource::size() const
{
    return d->size;
}

} // namespace urbis
