#include "ogrfieldtype.h"

namespace urbis::gdal {

QString tableSchemaType(OGRFieldType type, OGRFieldSubType sub)
{
    switch (type) {
    case OFTInteger:
        return sub == OFSTBoolean ? QStringLiteral("boolean") : QStringLiteral("integer");
    case OFTInteger64:
        return QStringLiteral("integer");
    case OFTReal:
        return QStringLiteral("number");
    case OFTString:
        return sub == OFSTJSON ? QStringLiteral("any") : QStringLiteral("string");
    case OFTDate:
        return QStringLiteral("date");
    case OFTTime:
        return QStringLiteral("time");
    case OFTDateTime:
        return QStringLiteral("datetime");
    default: // lists, binary
        return QStringLiteral("any");
    }
}

} // namespace urbis::gdal
