#include "recordcolumns.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace urbis::recordcolumns {

namespace {
// Order matters: bindAll() and read() walk it by index.
const char *const kColumns[] = {"id",        "title",      "description", "source",        "publisher",
                                "city",      "country_code", "domain",    "keywords",      "license",
                                "format",    "media_type", "time_start",  "time_end",      "year",
                                "west",      "south",      "east",        "north",         "footprint",
                                "crs",       "feature_count", "byte_size", "sha256",       "created",
                                "modified",  "version",    "previous_version", "superseded_by", "validation"};
constexpr int kCount = int(std::size(kColumns));

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

QString selectList(const QString &alias)
{
    QStringList cols{alias + QStringLiteral(".pk")};
    for (const char *c : kColumns)
        cols << alias + QLatin1Char('.') + QLatin1String(c);
    return cols.join(QStringLiteral(", "));
}

QString insertSql()
{
    // Built once: this text is also the key of the cached statement on every insert.
    static const QString sql = [] {
    QStringList cols, marks;
    for (const char *c : kColumns) {
        cols << QLatin1String(c);
        marks << QStringLiteral("?");
    }
    return QStringLiteral("INSERT INTO datasets(%1) VALUES (%2)").arg(cols.join(u','), marks.join(u','));
    }();
    return sql;
}

QString updateSql()
{
    QStringList sets;
    for (const char *c : kColumns)
        sets << QLatin1String(c) + QStringLiteral(" = ?");
    return QStringLiteral("UPDATE datasets SET %1 WHERE pk = ?").arg(sets.join(u','));
}

int bindAll(Statement &st, const DatasetRecord &r)
{
    const bool hasBox = r.bbox.isValid();
    const QVariant values[] = {
        r.id,
        r.title,
        r.description,
        r.source,
        r.publisher,
        r.city,
        r.countryCode,
        r.domain,
        // JSON keeps keywords with spaces intact; the FTS tokenizer ignores the punctuation.
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.keywords)).toJson(QJsonDocument::Compact)),
        r.license,
        r.format,
        r.mediaType,
        msOrNull(r.timeStart),
        msOrNull(r.timeEnd),
        r.timeStart.isValid() ? QVariant(r.timeStart.toUTC().date().year()) : QVariant(),
        hasBox ? QVariant(r.bbox.west) : QVariant(),
        hasBox ? QVariant(r.bbox.south) : QVariant(),
        hasBox ? QVariant(r.bbox.east) : QVariant(),
        hasBox ? QVariant(r.bbox.north) : QVariant(),
        r.footprint.isEmpty() ? QVariant() : QVariant(r.footprint),
        r.crs,
        r.featureCount >= 0 ? QVariant(r.featureCount) : QVariant(),
        r.byteSize >= 0 ? QVariant(r.byteSize) : QVariant(),
        textOrNull(r.sha256),
        iso(r.created),
        iso(r.modified),
        r.version,
        textOrNull(r.previousVersion),
        textOrNull(r.supersededBy),
        DatasetRecord::validationName(r.validation),
    };
    static_assert(std::size(values) == kCount);
    for (int i = 0; i < kCount; ++i)
        st.bind(i + 1, values[i]);
    return kCount;
}

DatasetRecord read(const Statement &st, qint64 *pk)
{
    if (pk)
        *pk = st.int64(0);
    auto time = [&](int col) {
        return st.isNull(col) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(st.int64(col), Qt::UTC);
    };
    DatasetRecord r;
    int c = 1;
    r.id = st.text(c++);
    r.title = st.text(c++);
    r.description = st.text(c++);
    r.source = st.text(c++);
    r.publisher = st.text(c++);
    r.city = st.text(c++);
    r.countryCode = st.text(c++);
    r.domain = st.text(c++);
    for (const QJsonValue &v : QJsonDocument::fromJson(st.text(c++).toUtf8()).array())
        r.keywords << v.toString();
    r.license = st.text(c++);
    r.format = st.text(c++);
    r.mediaType = st.text(c++);
    r.timeStart = time(c++);
    r.timeEnd = time(c++);
    c++; // year is derived from timeStart
    if (!st.isNull(c))
        r.bbox = Extent(st.real(c), st.real(c + 1), st.real(c + 2), st.real(c + 3));
    c += 4;
    r.footprint = st.blob(c++);
    r.crs = st.text(c++);
    r.featureCount = st.isNull(c) ? -1 : st.int64(c);
    c++;
    r.byteSize = st.isNull(c) ? -1 : st.int64(c);
    c++;
    r.sha256 = st.text(c++);
    r.created = QDateTime::fromString(st.text(c++), Qt::ISODateWithMs);
    r.modified = QDateTime::fromString(st.text(c++), Qt::ISODateWithMs);
    r.version = int(st.int64(c++));
    r.previousVersion = st.text(c++);
    r.supersededBy = st.text(c++);
    r.validation = DatasetRecord::validationFromName(st.text(c++));
    return r;
}

} // namespace urbis::recordcolumns
