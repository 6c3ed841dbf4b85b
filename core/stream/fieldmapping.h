#pragma once

#include "../util/result.h"
#include "streamsample.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace urbis {

/**
 * Which keys of a flat JSON record are the time, the station / entity id, the position and the
 * measures (with units). Records are flat after MessageParser (NGSI-LD properties are flattened to
 * their values). Keys not mapped are ignored by map(); infer() maps every key it finds.
 */
struct FieldMapping
{
    Q_DECLARE_TR_FUNCTIONS(urbis::FieldMapping)
public:
    enum class TimeFormat {
        Auto, ///< numbers: epoch seconds below 1e11, else milliseconds; strings: ISO 8601
        EpochSeconds,
        EpochMillis,
        Iso
    };
    struct Measure
    {
        QString key;  ///< key in the record
        QString unit; ///< UCUM-ish text ("ug/m3", "Cel", "hPa"); may be empty
        bool operator==(const Measure &) const = default;
    };

    QString timeKey; ///< empty: the receive time is the sample time
    TimeFormat timeFormat = TimeFormat::Auto;
    /// Empty: one anonymous entity (an MQTT source then uses the topic). Alternatives separated by
    /// '|' are tried in order ("station|cityName"): the first one the record has names the entity.
    QString entityKey;
    QString latKey;
    QString lonKey;
    QList<Measure> measures;
    QStringList attributes; ///< text keys kept as text (recorded, shown in tooltips)

    /**
     * The CLIMABOROUGH Annex B air-quality record (timeRecorded, station or cityName, lat, lon, pm10,
     * ...), units as DemoAirQuality's schema and ingest's quantity table give them.
     */
    static FieldMapping annexB();
    /**
     * A mapping for records shaped like `first`: a time key by name (timeRecorded, time, timestamp,
     * observedAt, dateObserved, ...) or ISO value, an id key (station, entity, id, sensor, ...),
     * lat/lon (lat, latitude, lon, lng, longitude), every other number a measure (units from
     * known names), every other string, boolean or code-like number (zipcode) an attribute.
     * Empty when the record has nothing to map.
     */
    static FieldMapping infer(const QJsonObject &first);

    /**
     * The sample of one record. InvalidData (with the key) when the time key is present but not a
     * time, or when no mapped measure and no attribute is in the record; a missing measure is NaN.
     * Numbers in strings ("12.5") are read as numbers; numbers and booleans kept as attributes as text.
     */
    Result<StreamSample> map(const QJsonObject &record, qint64 receivedMs) const;

    int measureIndex(const QString &key) const;
    bool isEmpty() const { return measures.isEmpty() && attributes.isEmpty(); }

    QJsonObject toJson() const;
    static Result<FieldMapping> fromJson(const QJsonObject &o);
    bool operator==(const FieldMapping &) const = default;
};

} // namespace urbis
