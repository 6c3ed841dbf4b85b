#include "cellcast.h"

#include "cellparse.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <tuple>
#include <unordered_map>

namespace urbis {

namespace {

using Kind = CellCast::Kind;

bool isTextKind(Kind k)
{
    return k == Kind::String || k == Kind::Any || k == Kind::Duration;
}

// The constraints frictionless-py supports per type (required, unique and enum go with every type).
bool hasLength(Kind k)
{
    return k == Kind::String || k == Kind::Array || k == Kind::Object;
}

bool hasOrder(Kind k)
{
    return k == Kind::Number || k == Kind::Integer || k == Kind::Date || k == Kind::Time ||
           k == Kind::DateTime || k == Kind::Year || k == Kind::YearMonth;
}

Error fieldError(const TableField &field, const QString &what)
{
    return Error(Error::Code::InvalidData,
                 QCoreApplication::translate("urbis::TableField", "Field \"%1\": %2").arg(field.name, what));
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Python's len() counts code points; QString counts UTF-16 units.
qsizetype codePoints(QStringView s)
{
    qsizetype n = s.size();
    for (QChar c : s)
        n -= c.isLowSurrogate() ? 1 : 0;
    return n;
}

// The cached copy shares its strings with the field until either changes, so the same data pointer
// answers most comparisons without reading characters; this runs once per cell.
bool same(const QString &a, const QString &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

bool sameRules(const TableField &a, const TableField &b)
{
    const TableField::Constraints &x = a.constraints, &y = b.constraints;
    return same(a.type, b.type) && same(a.format, b.format) && x.required == y.required &&
           x.minLength == y.minLength && x.maxLength == y.maxLength && same(x.pattern, y.pattern) &&
           a.missingValues == b.missingValues &&
           (a.extra.isEmpty() ? b.extra.isEmpty() : a.extra == b.extra) && x.minimum == y.minimum &&
           x.maximum == y.maximum &&
           (x.enumValues.isEmpty() ? y.enumValues.isEmpty() : x.enumValues == y.enumValues);
}

} // namespace

Result<CellCast> CellCast::compile(const TableField &field)
{
    Result<ValueCast> value = ValueCast::compile(field);
    if (!value)
        return value.error();
    CellCast c;
    c.m_value = std::move(*value);
    const ValueCast &v = *c.m_value;
    const Kind kind = v.kind();
    c.m_missing = field.missingValues;
    c.m_onlyEmptyMissing = c.m_missing.size() == 1 && c.m_missing.constFirst().isEmpty();

    const TableField::Constraints &k = field.constraints;
    const auto unsupported = [&](const char *name) {
        return fieldError(field, QCoreApplication::translate(
                                     "urbis::TableField", "constraint \"%1\" is not supported by type \"%2\"")
                                     .arg(QLatin1String(name), field.type));
    };
    const auto uncastable = [&](const char *name, const QJsonValue &json) {
        return fieldError(
            field, QCoreApplication::translate("urbis::TableField", "constraint \"%1\": %2 is not a valid %3")
                       .arg(QLatin1String(name), jsonText(json), field.type));
    };
    c.m_required = k.required;
    if ((k.minLength || k.maxLength) && !hasLength(kind))
        return unsupported(k.minLength ? "minLength" : "maxLength");
    if ((k.minLength && *k.minLength < 0) || (k.maxLength && *k.maxLength < 0))
        return fieldError(
            field, QCoreApplication::translate("urbis::TableField", "a length constraint is negative"));
    c.m_minLength = k.minLength;
    c.m_maxLength = k.maxLength;
    for (const auto &[name, json, out] :
         {std::tuple("minimum", &k.minimum, &c.m_minimum), std::tuple("maximum", &k.maximum, &c.m_maximum)}) {
        if (json->isUndefined() || json->isNull())
            continue;
        if (!hasOrder(kind))
            return unsupported(name);
        *out = v.castJson(*json);
        if (!out->isValid())
            return uncastable(name, *json);
    }
    if (!k.pattern.isEmpty()) {
        if (kind != Kind::String)
            return unsupported("pattern");
        // Python's \d, \w and friends are Unicode-aware; PCRE's are ASCII unless told otherwise.
        QRegularExpression re(QRegularExpression::anchoredPattern(k.pattern),
                              QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid())
            return fieldError(
                field, QCoreApplication::translate("urbis::TableField",
                                                   "pattern \"%1\" is not a valid regular expression: %2")
                           .arg(k.pattern, re.errorString()));
        re.optimize(); // compiles now, once, instead of on the first cell
        c.m_pattern = std::move(re);
        c.m_simplePattern = SimplePattern::compile(k.pattern);
    }
    if (kind == Kind::Number) {
        if (c.m_minimum.isValid())
            c.m_minNumber = c.m_minimum.toDouble();
        if (c.m_maximum.isValid())
            c.m_maxNumber = c.m_maximum.toDouble();
    } else if (kind == Kind::Integer) {
        if (c.m_minimum.isValid())
            c.m_minInteger = c.m_minimum.toLongLong();
        if (c.m_maximum.isValid())
            c.m_maxInteger = c.m_maximum.toLongLong();
    }
    c.m_hasEnum = !k.enumValues.isEmpty();
    for (const QJsonValue json : k.enumValues) {
        const QVariant cast = v.castJson(json);
        if (!cast.isValid())
            return uncastable("enum", json);
        c.m_enum.append(cast);
        if (isTextKind(kind) && json.isString())
            c.m_textEnum.insert(cast.toString());
    }
    return c;
}

const CellCast &CellCast::forField(const TableField &field)
{
    struct Entry
    {
        TableField rules;
        CellCast cast;
    };
    // Keyed by address and checked by content: a field may be edited, moved or freed between calls.
    thread_local std::unordered_map<const TableField *, Entry> cache;
    if (const auto it = cache.find(&field); it != cache.end() && sameRules(it->second.rules, field))
        return it->second.cast;
    if (cache.size() >= 256)
        cache.clear();
    Result<CellCast> compiled = compile(field);
    CellCast cast;
    if (compiled) {
        cast = std::move(*compiled);
    } else {
        cast.m_missing = field.missingValues;
        cast.m_onlyEmptyMissing = cast.m_missing.size() == 1 && cast.m_missing.constFirst().isEmpty();
        cast.m_required = field.constraints.required;
    }
    return cache.insert_or_assign(&field, Entry{field, std::move(cast)}).first->second.cast;
}

TableField::Cell CellCast::read(const QString &cell) const
{
    static const QString kRequired = QStringLiteral("required"), kMinLength = QStringLiteral("minLength"),
                         kMaxLength = QStringLiteral("maxLength"), kMinimum = QStringLiteral("minimum"),
                         kMaximum = QStringLiteral("maximum"), kPattern = QStringLiteral("pattern"),
                         kEnum = QStringLiteral("enum");
    TableField::Cell out;
    if (isMissing(cell)) {
        // A missing cell is null: only `required` can fail on it.
        out.missing = true;
        if (m_required)
            out.violations.append(kRequired);
        return out;
    }
    if (m_value)
        out.value = m_value->cast(cell);
    if (!out.value.isValid()) {
        // Frictionless checks no constraint on a cell that has a type error.
        out.typeError = true;
        return out;
    }
    const Kind kind = m_value->kind();
    if (m_minLength || m_maxLength) {
        const qsizetype n = kind == Kind::Array    ? out.value.toJsonArray().size()
                            : kind == Kind::Object ? out.value.toJsonObject().size()
                                                   : codePoints(cell);
        if (m_minLength && n < *m_minLength)
            out.violations.append(kMinLength);
        if (m_maxLength && n > *m_maxLength)
            out.violations.append(kMaxLength);
    }
    if (m_minimum.isValid()) {
        const std::optional<int> o = order(out.value, m_minimum);
        if (!o || *o < 0)
            out.violations.append(kMinimum);
    }
    if (m_maximum.isValid()) {
        const std::optional<int> o = order(out.value, m_maximum);
        if (!o || *o > 0)
            out.violations.append(kMaximum);
    }
    if (m_pattern && !m_pattern->match(cell).hasMatch())
        out.violations.append(kPattern);
    if (m_hasEnum && !(isTextKind(kind) ? m_textEnum.contains(cell) : m_enum.contains(out.value)))
        out.violations.append(kEnum);
    return out;
}

bool CellCast::quickRead(const QString &cell, CellScalar &out) const
{
    using T = CellScalar::Type;
    if (isMissing(cell)) {
        out.type = T::Null;
        return !m_required;
    }
    if (!m_value)
        return false;
    const Kind kind = m_value->kind();
    if ((kind == Kind::String && m_value->plainText()) || kind == Kind::Any) {
        if (m_minLength || m_maxLength) {
            const qsizetype n = codePoints(cell);
            if ((m_minLength && n < *m_minLength) || (m_maxLength && n > *m_maxLength))
                return false;
        }
        if (m_pattern) {
            std::optional<bool> matched = m_simplePattern ? m_simplePattern->match(cell) : std::nullopt;
            if (!matched)
                matched = m_pattern->match(cell).hasMatch();
            if (!*matched)
                return false;
        }
        if (m_hasEnum && !m_textEnum.contains(cell))
            return false;
        out.type = T::Text;
        return true;
    }
    if (kind == Kind::Number && m_value->plainNumbers() && !m_hasEnum) {
        // As ValueCast::castNumber and order(): NaN fails both bounds.
        const std::optional<double> v = cellparse::number(cell); // trims as castNumber does
        if (!v || ((m_minNumber || m_maxNumber) && std::isnan(*v)) || (m_minNumber && *v < *m_minNumber) ||
            (m_maxNumber && *v > *m_maxNumber))
            return false;
        out.type = T::Number;
        out.number = *v;
        return true;
    }
    if (kind == Kind::Integer && m_value->plainNumbers() && !m_hasEnum) {
        const std::optional<qint64> v = cellparse::integer(cell);
        if (!v || (m_minInteger && *v < *m_minInteger) || (m_maxInteger && *v > *m_maxInteger))
            return false;
        out.type = T::Integer;
        out.integer = *v;
        return true;
    }
    // Every other type: the full read, minus the Cell it would build.
    if (kind == Kind::Array || kind == Kind::Object || isTextKind(kind)) {
        TableField::Cell full = read(cell);
        if (full.typeError || !full.violations.isEmpty())
            return false;
        out.type = T::Variant;
        out.variant = std::move(full.value);
        return true;
    }
    QVariant v = m_value->cast(cell);
    if (!v.isValid())
        return false;
    if (m_minimum.isValid()) {
        const std::optional<int> o = order(v, m_minimum);
        if (!o || *o < 0)
            return false;
    }
    if (m_maximum.isValid()) {
        const std::optional<int> o = order(v, m_maximum);
        if (!o || *o > 0)
            return false;
    }
    if (m_hasEnum && !m_enum.contains(v))
        return false;
    out.type = T::Variant;
    out.variant = std::move(v);
    return true;
}

std::optional<int> CellCast::order(const QVariant &a, const QVariant &b) const
{
    const auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (m_value->kind()) {
    case Kind::Number: {
        const double x = a.toDouble(), y = b.toDouble();
        if (std::isnan(x) || std::isnan(y))
            return std::nullopt; // Decimal('NaN') compares with nothing: both bounds fail
        return cmp(x, y);
    }
    case Kind::Integer:
        return cmp(a.toLongLong(), b.toLongLong());
    case Kind::Year:
        return cmp(a.toInt(), b.toInt());
    case Kind::Date:
    case Kind::YearMonth:
        return cmp(a.toDate(), b.toDate());
    case Kind::Time:
        return cmp(a.toTime(), b.toTime());
    case Kind::DateTime:
        return cmp(a.toDateTime(), b.toDateTime());
    default:
        return std::nullopt;
    }
}

} // namespace urbis
