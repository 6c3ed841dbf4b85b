#pragma once

#include "../util/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace urbis {

/**
 * Turns one stream message into flat JSON records:
 * - a flat object (Annex B) -> itself;
 * - an array of flat objects -> each;
 * - an NGSI-LD notification ({"type": "Notification", "data": [entity, ...]}) or a bare entity or
 *   entity array -> one record per entity: "id" -> "entity", each Property's "value" under its
 *   name (its "observedAt" becomes "observedAt" when the record has none), GeoProperty Point ->
 *   "lat"/"lon", nested objects other than these are dropped. The keyValues form (plain values,
 *   a GeoJSON Point for the location) flattens the same way. An object counts as an entity when
 *   its "id" is a URN or one of its values is an NGSI-LD Property, GeoProperty or Relationship.
 * InvalidData for malformed JSON (message with the parser's offset) or a JSON that is none of the
 * above; Unsupported when the message is larger than `maxBytes` (nothing of it is parsed).
 * Pure and thread-safe; a flat object is returned as-is (shared, not copied).
 */
class MessageParser
{
    Q_DECLARE_TR_FUNCTIONS(urbis::MessageParser)
public:
    static Result<QList<QJsonObject>> parse(QByteArrayView message, qint64 maxBytes);
};

} // namespace urbis
