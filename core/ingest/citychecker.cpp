#include "citychecker.h"

#include "cellparse.h"
#include "fieldroles.h"
#include "geometrycheck.h"
#include "optionalchecks.h"
#include "quantityunits.h"

#include <QHash>
#include <QJsonDocument>
#include <QPointF>
#include <QTimeZone>

#include <algorithm>

namespace urbis {

namespace {

constexpr qint64 clockSkewMs = 5 * 60 * 1000;

bool isGeographicCrs(const QString &crs)
{
    static const QStringList wgs84{QStringLiteral("EPSG:4326"),
                                   QStringLiteral("OGC:CRS84"),
                                   QStringLiteral("CRS84"),
                                   QStringLiteral("WGS84"),
                                   QStringLiteral("4326"),
                                   QStringLiteral("URN:OGC:DEF:CRS:OGC:1.3:CRS84"),
                                   QStringLiteral("URN:OGC:DEF:CRS:EPSG::4326"),
                                   QStringLiteral("HTTP://WWW.OPENGIS.NET/DEF/CRS/EPSG/0/4326"),
                                   QStringLiteral("HTTP://WWW.OPENGIS.NET/DEF/CRS/OGC/1.3/CRS84")};
    return wgs84.contains(crs.trimmed().toUpper());
}

// Coordinates may come typed (number / integer) or as text (untyped "any" fields of a schemaless run).
std::optional<double> coordinate(const RowValues &values, int field)
{
    if (const std::optional<double> n = values.numeric(field))
        return n;
    const std::optional<QString> text = values.text(field);
    return text ? cellparse::number(*text) : std::nullopt;
}

bool outside(const QRectF &bounds)
{
    return bounds.left() < -180 || bounds.right() > 180 || bounds.top() < -90 || bounds.bottom() > 90;
}

// The pair would be in range with x and y exchanged (only latitude can be out of range then).
bool looksSwapped(double lon, double lat)
{
    return std::abs(lat) > 90 && std::abs(lat) <= 180 && std::abs(lon) <= 90;
}

} // namespace

struct CityChecker::Impl
{
    TableSchema schema;
    Options options;
    int latitude = -1, longitude = -1, time = -1, station = -1;
    bool planarCoordinates = false; ///< x/y columns that are not degrees
    QList<int> geopoints, geojsons;
    bool wkbInDegrees = true;
    qint64 futureLimit = 0;
    std::optional<QTimeZone> zone;
    QHash<QString, qint64> lastTime; ///< per station: the previous time only, so memory follows the stations
    OptionalChecks optional;

    Impl(TableSchema s, Options o)
        : schema(std::move(s)), options(std::move(o)), optional(schema, options.checks, options.checkOptions)
    {}

    bool skipped(const char *type) const { return options.skip.contains(QLatin1String(type)); }

    ValidationError error(const char *type, std::optional<qint64> row, int field, const QString &message,
                          const QString &note = {}, const QString &cell = {}) const
    {
        ValidationError e;
        e.type = QLatin1String(type);
        e.rowNumber = row;
        if (field >= 0) {
            e.fieldNumber = field + 1;
            e.fieldName = schema.fields.at(field).name;
        } else if (row) {
            e.fieldName = QStringLiteral("geometry");
        }
        e.cell = cell;
        e.message = message;
        e.note = note;
        return e;
    }

    std::optional<qint64> timeOf(const RowValues &values, int field) const
    {
        QDateTime t = values.dateTime(field);
        if (!t.isValid())
            return std::nullopt;
        // Cells without a zone are cast as UTC; the schema's timeZone says they are local time.
        // (A cell with an explicit "Z" in such a table is read as local too: the cast value cannot tell.)
        if (zone && t.timeSpec() == Qt::UTC)
            t = QDateTime(t.date(), t.time(), *zone);
        return t.isValid() ? std::optional<qint64>(t.toMSecsSinceEpoch()) : std::nullopt;
    }

    void findRoles();
    void checkGeometry(qint64 row, const QByteArray &wkb, QList<ValidationError> &out) const;
    void checkGeoJson(qint64 row, int field, const QVariant &value, QList<ValidationError> &out) const;
    void checkCoordinates(qint64 row, const RowValues &values, QList<ValidationError> &out) const;
    void checkTime(qint64 row, const RowValues &values, QList<ValidationError> &out);
};

void CityChecker::Impl::findRoles()
{
    const QString crs = schema.crs.isEmpty() ? options.sourceCrs : schema.crs;
    const bool declaredDegrees = !crs.isEmpty() && isGeographicCrs(crs);
    const QString wkbCrs = options.sourceCrs.isEmpty() ? schema.crs : options.sourceCrs;
    wkbInDegrees = wkbCrs.isEmpty() || isGeographicCrs(wkbCrs);
    const auto &fields = schema.fields;
    const auto numeric = [](const TableField &f) {
        return f.type == u"number" || f.type == u"integer" || f.type == u"string" || f.type == u"any";
    };
    for (int i = 0; i < fields.size(); ++i) {
        const TableField &f = fields.at(i);
        if (latitude < 0 && numeric(f) && fieldroles::isLatitude(f.name))
            latitude = i;
        if (longitude < 0 && numeric(f) && fieldroles::isLongitude(f.name))
            longitude = i;
        if (station < 0 && fieldroles::isStation(f.name))
            station = i;
        if (f.type == u"geopoint")
            geopoints << i;
        if (f.type == u"geojson" && f.format != u"topojson")
            geojsons << i;
    }
    // x / y are degrees only when the unit or the CRS says so; otherwise metres of some projection.
    for (int i = 0; i < fields.size(); ++i) {
        const TableField &f = fields.at(i);
        const bool x = fieldroles::isPlanarX(f.name), y = fieldroles::isPlanarY(f.name);
        if (!numeric(f) || (!x && !y))
            continue;
        const bool degrees = declaredDegrees || quantityunits::accepts(quantityunits::angle(), f.unit);
        if (!degrees)
            planarCoordinates = true;
        else if (x && longitude < 0)
            longitude = i;
        else if (y && latitude < 0)
            latitude = i;
    }
    // The time: a datetime named like one, else the first datetime, else the same for dates.
    for (const char *type : {"datetime", "date"}) {
        for (bool named : {true, false}) {
            for (int i = 0; i < fields.size() && time < 0; ++i)
                if (fields.at(i).type == QLatin1String(type) &&
                    (!named || fieldroles::isTime(fields.at(i).name)))
                    time = i;
        }
    }
    QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    futureLimit = now.toMSecsSinceEpoch() + clockSkewMs;
    if (!schema.timeZone.isEmpty()) {
        const QTimeZone tz(schema.timeZone.toUtf8());
        if (tz.isValid())
            zone = tz;
    }
}

CityChecker::CityChecker(TableSchema schema, Options options)
    : d(std::make_unique<Impl>(std::move(schema), std::move(options)))
{
    d->findRoles();
}

CityChecker::~CityChecker() = default;
CityChecker::CityChecker(CityChecker &&) noexcept = default;
CityChecker &CityChecker::operator=(CityChecker &&) noexcept = default;

int CityChecker::latitudeField() const
{
    return d->latitude;
}
int CityChecker::longitudeField() const
{
    return d->longitude;
}
int CityChecker::timeField() const
{
    return d->time;
}
int CityChecker::stationField() const
{
    return d->station;
}

QList<ValidationError> CityChecker::checkSchema()
{
    QList<ValidationError> out = d->optional.configurationErrors();
    const auto &fields = d->schema.fields;
    const bool degrees =
        d->latitude >= 0 || d->longitude >= 0 || !d->geopoints.isEmpty() || d->options.sourceHasGeometry;
    if (!d->skipped("crs-missing") && d->schema.crs.isEmpty() && d->options.sourceCrs.isEmpty() &&
        (degrees || d->planarCoordinates))
        out << d->error(
            "crs-missing", {}, -1,
            tr("The table has coordinates but does not declare their coordinate reference system"),
            degrees ? QStringLiteral("assuming EPSG:4326")
                    : QStringLiteral("x/y coordinates cannot be placed without a CRS"));
    for (int i = 0; i < fields.size(); ++i) {
        const TableField &f = fields.at(i);
        const bool coordinate = i == d->latitude || i == d->longitude;
        const bool measure = f.type == u"number" || f.type == u"integer";
        const quantityunits::Quantity *q =
            coordinate ? &quantityunits::angle() : quantityunits::forField(f.name);
        if (f.unit.isEmpty()) {
            if (d->skipped("unit-missing") || !measure || coordinate || fieldroles::isUnitless(f.name))
                continue;
            out << d->error(
                "unit-missing", {}, i,
                tr("Field \"%1\" at position %2 holds measurements but has no unit").arg(f.name).arg(i + 1),
                q ? QStringLiteral("suggested unit \"%1\"").arg(q->suggested) : QString());
        } else if (q && !quantityunits::accepts(*q, f.unit) && !d->skipped("unit-mismatch")) {
            out << d->error("unit-mismatch", {}, i,
                            tr("The unit \"%1\" of field \"%2\" at position %3 is not a unit of its quantity")
                                .arg(f.unit, f.name)
                                .arg(i + 1),
                            QStringLiteral("expected a unit of %1 such as \"%2\"")
                                .arg(QLatin1String(q->name), q->suggested));
        }
    }
    return out;
}

void CityChecker::Impl::checkGeometry(qint64 row, const QByteArray &wkb, QList<ValidationError> &out) const
{
    const geometrycheck::Verdict v = geometrycheck::fromWkb(wkb);
    if (v.state != geometrycheck::Verdict::State::Valid) {
        if (!skipped("invalid-geometry"))
            out << error("invalid-geometry", row, -1,
                         CityChecker::tr("The geometry in row %1 is not valid").arg(row),
                         v.state == geometrycheck::Verdict::State::Unreadable
                             ? QStringLiteral("the WKB cannot be read")
                             : QStringLiteral("the geometry breaks the simple feature rules "
                                              "(self-intersection, unclosed ring, ...)"));
        return;
    }
    if (wkbInDegrees && !v.empty && outside(v.bounds) && !skipped("coordinate-out-of-range"))
        out << error(
            "coordinate-out-of-range", row, -1,
            CityChecker::tr(
                "The geometry in row %1 has coordinates outside longitude [-180, 180] or latitude [-90, 90]")
                .arg(row),
            looksSwapped(v.bounds.left(), v.bounds.top()) && looksSwapped(v.bounds.right(), v.bounds.bottom())
                ? QStringLiteral("latitude and longitude look swapped")
                : QString());
}

void CityChecker::Impl::checkGeoJson(qint64 row, int field, const QVariant &value,
                                     QList<ValidationError> &out) const
{
    if (value.typeId() != QMetaType::QJsonObject)
        return;
    QJsonObject geometry = value.toJsonObject();
    const QString type = geometry.value(QLatin1String("type")).toString();
    if (type == u"Feature") {
        if (!geometry.value(QLatin1String("geometry")).isObject())
            return; // a feature without geometry is allowed
        geometry = geometry.value(QLatin1String("geometry")).toObject();
    } else if (type == u"FeatureCollection") {
        return;
    }
    const QString name = schema.fields.at(field).name;
    const QString cell = QString::fromUtf8(QJsonDocument(geometry).toJson(QJsonDocument::Compact));
    const geometrycheck::Verdict v = geometrycheck::fromGeoJson(cell.toUtf8());
    if (v.state != geometrycheck::Verdict::State::Valid) {
        if (!skipped("invalid-geometry"))
            out << error(
                "invalid-geometry", row, field,
                CityChecker::tr("The geometry in row %1 and field \"%2\" at position %3 is not valid")
                    .arg(row)
                    .arg(name)
                    .arg(field + 1),
                v.state == geometrycheck::Verdict::State::Unreadable
                    ? QStringLiteral("the GeoJSON geometry cannot be read")
                    : QStringLiteral("the geometry breaks the simple feature rules (self-intersection, "
                                     "unclosed ring, ...)"),
                cell);
        return;
    }
    // RFC 7946: GeoJSON coordinates are WGS84 longitude, latitude whatever the table's CRS.
    if (!v.empty && outside(v.bounds) && !skipped("coordinate-out-of-range"))
        out << error("coordinate-out-of-range", row, field,
                     CityChecker::tr("The geometry in row %1 and field \"%2\" at position %3 has coordinates "
                                     "outside longitude [-180, 180] or latitude [-90, 90]")
                         .arg(row)
                         .arg(name)
                         .arg(field + 1),
                     {}, cell);
}

void CityChecker::Impl::checkCoordinates(qint64 row, const RowValues &values, QList<ValidationError> &out) const
{
    const auto value = [&](int f) { return values.value(f); };
    const std::optional<double> lat = coordinate(values, latitude), lon = coordinate(values, longitude);
    if (lat && (*lat < -90 || *lat > 90))
        out << error(
            "coordinate-out-of-range", row, latitude,
            CityChecker::tr("The latitude %1 in row %2 and field \"%3\" at position %4 is outside [-90, 90]")
                .arg(*lat)
                .arg(row)
                .arg(schema.fields.at(latitude).name)
                .arg(latitude + 1),
            lon && looksSwapped(*lon, *lat) ? QStringLiteral("latitude and longitude look swapped")
                                            : QString(),
            OptionalChecks::text(value(latitude)));
    if (lon && (*lon < -180 || *lon > 180))
        out << error("coordinate-out-of-range", row, longitude,
                     CityChecker::tr(
                         "The longitude %1 in row %2 and field \"%3\" at position %4 is outside [-180, 180]")
                         .arg(*lon)
                         .arg(row)
                         .arg(schema.fields.at(longitude).name)
                         .arg(longitude + 1),
                     {}, OptionalChecks::text(value(longitude)));
    for (int f : geopoints) {
        const QVariant v = value(f);
        if (v.typeId() != QMetaType::QPointF)
            continue;
        const QPointF p = v.toPointF();
        if (std::abs(p.x()) <= 180 && std::abs(p.y()) <= 90)
            continue;
        out << error("coordinate-out-of-range", row, f,
                     CityChecker::tr("The point %1 in row %2 and field \"%3\" at position %4 is outside "
                                     "longitude [-180, 180] or latitude [-90, 90]")
                         .arg(OptionalChecks::text(v))
                         .arg(row)
                         .arg(schema.fields.at(f).name)
                         .arg(f + 1),
                     looksSwapped(p.x(), p.y()) ? QStringLiteral("latitude and longitude look swapped")
                                                : QString(),
                     OptionalChecks::text(v));
    }
}

void CityChecker::Impl::checkTime(qint64 row, const RowValues &values, QList<ValidationError> &out)
{
    const std::optional<qint64> ms = timeOf(values, time);
    if (!ms)
        return;
    // Texts are built only for a finding: this runs for every row of million-row tables.
    const auto finding = [&](const char *type, const QString &message, const QString &note) {
        const QString cell = OptionalChecks::text(values.value(time));
        out << error(type, row, time,
                     message.arg(cell).arg(row).arg(schema.fields.at(time).name).arg(time + 1), note, cell);
    };
    if (*ms > futureLimit && !skipped("future-timestamp"))
        finding("future-timestamp",
                CityChecker::tr("The time %1 in row %2 and field \"%3\" at position %4 is in the future"),
                QStringLiteral("later than %1 plus 5 minutes of clock skew")
                    .arg(QDateTime::fromMSecsSinceEpoch(futureLimit - clockSkewMs, Qt::UTC)
                             .toString(Qt::ISODate)));
    QString key;
    if (station >= 0 && station < values.size()) {
        const std::optional<QString> text = values.text(station);
        key = text ? *text : OptionalChecks::text(values.value(station));
    }
    const auto it = lastTime.find(key);
    if (it == lastTime.end()) {
        lastTime.insert(key, *ms);
        return;
    }
    if (*ms <= *it) {
        const QString note =
            QStringLiteral("previous time of %1: %2")
                .arg(station >= 0 ? QStringLiteral("station \"%1\"").arg(key) : QStringLiteral("the table"),
                     QDateTime::fromMSecsSinceEpoch(*it, Qt::UTC).toString(Qt::ISODateWithMs));
        if (*ms < *it && !skipped("time-not-monotonic"))
            finding(
                "time-not-monotonic",
                CityChecker::tr("The time %1 in row %2 and field \"%3\" at position %4 is earlier than the "
                                "previous time of the same station"),
                note);
        else if (*ms == *it && !skipped("duplicate-timestamp"))
            finding(
                "duplicate-timestamp",
                CityChecker::tr("The time %1 in row %2 and field \"%3\" at position %4 repeats the previous "
                                "time of the same station"),
                note);
    }
    *it = *ms; // the immediately previous time: one later outlier does not flag every row after it
}

QList<ValidationError> CityChecker::checkRow(qint64 rowNumber, const QList<QVariant> &values,
                                             const QByteArray &wkb)
{
    return checkRow(rowNumber, RowValues(values), wkb);
}

QList<ValidationError> CityChecker::checkRow(qint64 rowNumber, const RowValues &values, const QByteArray &wkb)
{
    QList<ValidationError> out;
    if (!wkb.isEmpty())
        d->checkGeometry(rowNumber, wkb, out);
    if (!d->skipped("coordinate-out-of-range"))
        d->checkCoordinates(rowNumber, values, out);
    for (int f : std::as_const(d->geojsons))
        if (f < values.size())
            d->checkGeoJson(rowNumber, f, values.value(f), out);
    if (d->time >= 0)
        d->checkTime(rowNumber, values, out);
    if (!d->options.checks.isEmpty())
        out << d->optional.checkRow(rowNumber, values.variants());
    if (out.size() < 2)
        return out;
    // Field order within the row, as TableChecker reports; the record's geometry (no field) first.
    std::stable_sort(out.begin(), out.end(), [](const ValidationError &a, const ValidationError &b) {
        return a.fieldNumber.value_or(0) < b.fieldNumber.value_or(0);
    });
    return out;
}

QList<ValidationError> CityChecker::finish()
{
    return d->optional.finish();
}

} // namespace urbis
