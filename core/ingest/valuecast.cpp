#include "valuecast.h"

#include "cellformat.h"
#include "cellparse.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace urbis {

namespace {

using Kind = ValueCast::Kind;

std::optional<Kind> kindOf(const QString &type)
{
    static const QHash<QString, Kind> kinds{{QStringLiteral("string"), Kind::String},
                                            {QStringLiteral("number"), Kind::Number},
                                            {QStringLiteral("integer"), Kind::Integer},
                                            {QStringLiteral("boolean"), Kind::Boolean},
                                            {QStringLiteral("date"), Kind::Date},
                                            {QStringLiteral("time"), Kind::Time},
                                            {QStringLiteral("datetime"), Kind::DateTime},
                                            {QStringLiteral("year"), Kind::Year},
                                            {QStringLiteral("yearmonth"), Kind::YearMonth},
                                            {QStringLiteral("duration"), Kind::Duration},
                                            {QStringLiteral("geopoint"), Kind::GeoPoint},
                                            {QStringLiteral("geojson"), Kind::GeoJson},
                                            {QStringLiteral("object"), Kind::Object},
                                            {QStringLiteral("array"), Kind::Array},
                                            {QStringLiteral("any"), Kind::Any}};
    const auto it = kinds.constFind(type);
    return it == kinds.cend() ? std::nullopt : std::optional<Kind>(*it);
}

Error fieldError(const TableField &field, const QString &what)
{
    return Error(Error::Code::InvalidData,
                 QCoreApplication::translate("urbis::TableField", "Field \"%1\": %2").arg(field.name, what));
}

// dateutil's parse() behind format "any" accepts almost anything; these are the common spellings,
// month first before day first as dateutil decides ambiguous dates.
const QList<TimePattern> &anyPatterns(Kind kind)
{
    static const auto build = [](std::initializer_list<const char *> formats) {
        QList<TimePattern> out;
        for (const char *f : formats)
            out.append(*TimePattern::compile(QString::fromLatin1(f)));
        return out;
    };
    static const QList<TimePattern> dates = build({"%Y-%m-%d",
                                                   "%Y-%m-%d %H:%M",
                                                   "%Y-%m-%dT%H:%M",
                                                   "%Y-%m-%d %H:%M:%S",
                                                   "%Y/%m/%d",
                                                   "%m/%d/%Y",
                                                   "%d/%m/%Y",
                                                   "%d.%m.%Y",
                                                   "%Y%m%d",
                                                   "%d %b %Y",
                                                   "%d %B %Y",
                                                   "%b %d %Y",
                                                   "%B %d %Y",
                                                   "%b %d, %Y",
                                                   "%B %d, %Y",
                                                   "%d-%b-%Y",
                                                   "%a, %d %b %Y %H:%M:%S",
                                                   "%m/%d/%Y %H:%M",
                                                   "%m/%d/%Y %H:%M:%S",
                                                   "%d/%m/%Y %H:%M",
                                                   "%d/%m/%Y %H:%M:%S",
                                                   "%d.%m.%Y %H:%M",
                                                   "%d.%m.%Y %H:%M:%S"});
    static const QList<TimePattern> times =
        build({"%H:%M:%S", "%H:%M", "%H:%M:%S.%f", "%I:%M %p", "%I:%M:%S %p", "%I %p", "%I%p"});
    return kind == Kind::Time ? times : dates;
}

QDateTime dateTimeOf(const TimePattern::Parts &p)
{
    if (!p.offsetSeconds || *p.offsetSeconds == 0)
        return QDateTime(p.date, p.time, Qt::UTC);
    return QDateTime(p.date, p.time, Qt::OffsetFromUTC, *p.offsetSeconds);
}

} // namespace

Result<ValueCast> ValueCast::compile(const TableField &field)
{
    const std::optional<Kind> kind = kindOf(field.type);
    if (!kind)
        return fieldError(
            field, QCoreApplication::translate("urbis::TableField", "unknown type \"%1\"").arg(field.type));
    ValueCast c;
    c.m_kind = *kind;
    if (!field.format.isEmpty())
        c.m_format = field.format;
    const QString &format = c.m_format;
    static const QHash<QString, Format> formats{
        {QStringLiteral("default"), Format::Default}, {QStringLiteral("any"), Format::Any},
        {QStringLiteral("email"), Format::Email},     {QStringLiteral("uri"), Format::Uri},
        {QStringLiteral("uuid"), Format::Uuid},       {QStringLiteral("binary"), Format::Binary}};
    c.m_formatId = formats.value(format, Format::Other);
    static const QStringList stringFormats{QStringLiteral("default"), QStringLiteral("email"),
                                           QStringLiteral("uri"),     QStringLiteral("uuid"),
                                           QStringLiteral("binary"),  QStringLiteral("wkt")};
    // Other types ignore their format, as frictionless does.
    if ((c.m_kind == Kind::String && !stringFormats.contains(format)) ||
        (c.m_kind == Kind::GeoPoint && format != u"default" && format != u"array" && format != u"object") ||
        (c.m_kind == Kind::GeoJson && format != u"default" && format != u"topojson"))
        return fieldError(field, QCoreApplication::translate("urbis::TableField",
                                                             "format \"%1\" is not valid for type \"%2\"")
                                     .arg(format, field.type));
    const bool temporal = c.m_kind == Kind::Date || c.m_kind == Kind::Time || c.m_kind == Kind::DateTime;
    if (temporal && format != u"any" && (format != u"default" || c.m_kind == Kind::Date)) {
        Result<TimePattern> p =
            TimePattern::compile(format == u"default" ? QStringLiteral("%Y-%m-%d") : format);
        if (!p)
            return fieldError(field, p.error().message);
        c.m_timePattern = std::move(*p);
    }

    // Type options live in `extra`: checked here because fields may be built without fromJson.
    const QJsonObject &x = field.extra;
    const auto badOption = [&](const char *key) {
        return fieldError(
            field,
            QCoreApplication::translate("urbis::TableField", "\"%1\" is malformed").arg(QLatin1String(key)));
    };
    const auto stringList = [&](const char *key, QStringList &out) {
        const QJsonValue v = x.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        out.clear();
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString())
                return false;
            out.append(item.toString());
        }
        return v.isArray();
    };
    c.m_trueValues = {QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"),
                      QStringLiteral("1")};
    c.m_falseValues = {QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
                       QStringLiteral("0")};
    if (!stringList("trueValues", c.m_trueValues))
        return badOption("trueValues");
    if (!stringList("falseValues", c.m_falseValues))
        return badOption("falseValues");
    const QJsonValue bare = x.value(QLatin1String("bareNumber")),
                     decimal = x.value(QLatin1String("decimalChar")),
                     group = x.value(QLatin1String("groupChar"));
    if (!bare.isUndefined() && !bare.isBool())
        return badOption("bareNumber");
    if (!decimal.isUndefined() && (!decimal.isString() || decimal.toString().isEmpty()))
        return badOption("decimalChar");
    if (!group.isUndefined() && !group.isString())
        return badOption("groupChar");
    c.m_bareNumber = bare.toBool(true);
    // Table Schema v1 gives integer no decimalChar / groupChar, and frictionless ignores them there.
    if (c.m_kind == Kind::Number) {
        c.m_decimalChar = decimal.toString(QStringLiteral("."));
        c.m_groupChar = group.toString();
    }
    return c;
}

QVariant ValueCast::cast(const QString &text) const
{
    switch (m_kind) {
    case Kind::String:
        switch (m_formatId) {
        case Format::Email:
            return cellformat::email(text) ? QVariant(text) : QVariant();
        case Format::Uri:
            return cellformat::uri(text) ? QVariant(text) : QVariant();
        case Format::Uuid:
            return cellformat::uuid(text) ? QVariant(text) : QVariant();
        case Format::Binary:
            return cellformat::base64(text) ? QVariant(text) : QVariant();
        default:
            return text;
        }
    case Kind::Any:
        return text;
    case Kind::Number:
        return castNumber(text);
    case Kind::Integer: {
        const QStringView t =
            m_bareNumber ? QStringView(text) : cellparse::stripNonNumeric(QStringView(text).trimmed());
        const std::optional<qint64> v = cellparse::integer(t);
        return v ? QVariant(qlonglong(*v)) : QVariant();
    }
    case Kind::Boolean:
        if (m_trueValues.contains(text))
            return true;
        if (m_falseValues.contains(text))
            return false;
        return {};
    case Kind::Date:
    case Kind::Time:
    case Kind::DateTime:
        return castTemporal(text);
    case Kind::Year: {
        const std::optional<qint64> y = text.size() == 4 ? cellparse::integer(text) : std::nullopt;
        return y && *y >= 0 && *y <= 9999 ? QVariant(int(*y)) : QVariant();
    }
    case Kind::YearMonth: {
        const qsizetype dash = text.indexOf(u'-');
        if (dash < 0 || text.indexOf(u'-', dash + 1) >= 0)
            return {};
        const std::optional<qint64> y = cellparse::integer(QStringView(text).left(dash));
        const std::optional<qint64> m = cellparse::integer(QStringView(text).mid(dash + 1));
        if (!y || !m || *m < 1 || *m > 12 || *y < 1 || *y > 9999)
            return {};
        return QDate(int(*y), int(*m), 1);
    }
    case Kind::Duration:
        return cellparse::isoDuration(text) ? QVariant(text) : QVariant();
    case Kind::GeoPoint: {
        const std::optional<QPointF> p = cellformat::geopoint(text, m_format);
        return p ? QVariant(*p) : QVariant();
    }
    case Kind::GeoJson:
    case Kind::Object:
    case Kind::Array:
        return castJsonText(text);
    }
    return {};
}

QVariant ValueCast::castNumber(QStringView text) const
{
    QStringView t = text.trimmed();
    if (!m_bareNumber)
        t = cellparse::stripNonNumeric(t);
    if (m_groupChar.isEmpty() && m_decimalChar == u".") {
        const std::optional<double> v = cellparse::number(t);
        return v ? QVariant(*v) : QVariant();
    }
    // The rarer localised spelling: drop group characters, then map the decimal character to '.'.
    QString s = t.toString();
    if (!m_groupChar.isEmpty())
        s.remove(m_groupChar);
    if (m_decimalChar != u"." && s.contains(u'.'))
        return {};
    s.replace(m_decimalChar, QStringLiteral("."));
    const std::optional<double> v = cellparse::number(s);
    return v ? QVariant(*v) : QVariant();
}

QVariant ValueCast::castTemporal(QStringView text) const
{
    if (m_kind == Kind::Date && m_formatId == Format::Default) {
        // The usual YYYY-MM-DD without the pattern machinery; "2019-1-5" and the like fall through to it.
        const QDate d = cellparse::isoDate(text);
        if (d.isValid())
            return d;
    }
    if (m_timePattern) {
        const std::optional<TimePattern::Parts> p = m_timePattern->match(text);
        if (!p)
            return {};
        if (m_kind == Kind::Date)
            return p->date;
        if (m_kind == Kind::Time)
            return p->time;
        return dateTimeOf(*p);
    }
    if (m_formatId == Format::Default) {
        if (m_kind == Kind::Time) {
            const std::optional<QTime> t = cellparse::isoTime(text);
            return t ? QVariant(*t) : QVariant();
        }
        const std::optional<QDateTime> dt = cellparse::isoDateTime(text);
        return dt ? QVariant(*dt) : QVariant();
    }
    // "any": ISO first, then the common spellings.
    const QStringView t = text.trimmed();
    if (const std::optional<QDateTime> dt = cellparse::isoDateTime(t)) {
        if (m_kind == Kind::Date)
            return dt->date();
        return m_kind == Kind::Time ? QVariant(dt->time()) : QVariant(*dt);
    }
    if (m_kind == Kind::Time) {
        if (const std::optional<QTime> tm = cellparse::isoTime(t))
            return *tm;
    }
    for (const TimePattern &pattern : anyPatterns(m_kind)) {
        if (const std::optional<TimePattern::Parts> p = pattern.match(t)) {
            if (m_kind == Kind::Date)
                return p->date;
            return m_kind == Kind::Time ? QVariant(p->time) : QVariant(dateTimeOf(*p));
        }
    }
    return {};
}

QVariant ValueCast::castJsonText(const QString &json) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    if (doc.isArray())
        return castJson(doc.array());
    return doc.isObject() ? castJson(doc.object()) : QVariant();
}

QVariant ValueCast::castJson(const QJsonValue &v) const
{
    if (v.isString() && m_kind != Kind::GeoPoint)
        return cast(v.toString());
    switch (m_kind) {
    case Kind::Number:
        return v.isDouble() ? QVariant(v.toDouble()) : QVariant();
    case Kind::Integer:
    case Kind::Year: {
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 9.0e18)
            return {};
        if (m_kind == Kind::Year)
            return d >= 0 && d <= 9999 ? QVariant(int(d)) : QVariant();
        return qlonglong(d);
    }
    case Kind::Boolean:
        return v.isBool() ? QVariant(v.toBool()) : QVariant();
    case Kind::YearMonth: {
        const QJsonArray a = v.toArray();
        if (a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
            return {};
        return cast(QStringLiteral("%1-%2").arg(a.at(0).toInteger()).arg(a.at(1).toInteger()));
    }
    case Kind::GeoPoint: {
        const std::optional<QPointF> p = cellformat::geopointJson(v, m_format);
        return p ? QVariant(*p) : QVariant();
    }
    case Kind::GeoJson:
        return v.isObject() && cellformat::geojson(v.toObject(), m_format) ? QVariant(v.toObject())
                                                                           : QVariant();
    case Kind::Object:
        return v.isObject() ? QVariant(v.toObject()) : QVariant();
    case Kind::Array:
        return v.isArray() ? QVariant(v.toArray()) : QVariant();
    case Kind::Any: // frictionless keeps such values as they are; they never equal a text cell
        return v.toVariant();
    default:
        return {};
    }
}

} // namespace urbis
